// The deployment files agree with each other: what the Agents Toolkit passes to the Bicep exists
// there, what it reads back is declared, the manifest template has a source for every value, the
// Azure resources are the safe ones the README describes, and the workflows run what they say.
import { strict as assert } from 'assert';
import { blobNameFor } from '../../src/hosting/state/blobStorage';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { dockerignored } from '../support/dockerfile';
import { bicepOutputs, bicepParams, envFile, placeholders, projectFile, trackedTopLevel, writtenByToolkit, yamlValues } from '../support/deployFiles';
import { PROJECT_ROOT } from '../support/paths';
import { applySignIn, main } from '../../scripts/package-app';

const BICEP = projectFile('infra/azure.bicep');
const PARAMETERS = JSON.parse(projectFile('infra/azure.parameters.json')) as { parameters: Record<string, { value: unknown }> };
const YAML = {
  dev: projectFile('m365agents.yml'),
  local: projectFile('m365agents.local.yml'),
  playground: projectFile('m365agents.playground.yml'),
};
const MANIFEST_TEMPLATE = path.join(PROJECT_ROOT, 'manifest');
const PACKAGE = JSON.parse(projectFile('package.json')) as { version: string; scripts: Record<string, string> };

/** Variables the toolkit itself knows in every environment. */
const BUILT_IN = new Set(['TEAMSFX_ENV']);

function manifestPlaceholders(): Set<string> {
  const names = new Set<string>();
  for (const file of fs.readdirSync(MANIFEST_TEMPLATE).filter((f) => f.endsWith('.json'))) {
    for (const name of placeholders(fs.readFileSync(path.join(MANIFEST_TEMPLATE, file), 'utf8'))) names.add(name);
  }
  return names;
}

/** The steps of a toolkit YAML file, each from its `- uses:` line to the next one (or a lifecycle's end). */
function stepsOf(yaml: string): string[] {
  return yaml
    .split(/^(?= {2}- uses: )|^(?=\w)/m)
    .filter((part) => part.startsWith('  - uses: '))
    .map((part) => part.replace(/^ {2}/, '').replace(/\n(?:\s*#.*\n|\s*\n)*$/, '\n'));
}

describe('deployment files agree with each other', () => {
  it('passes only parameters the Bicep declares, and every one it requires', () => {
    const declared = bicepParams(BICEP);
    const passed = Object.keys(PARAMETERS.parameters);
    assert.ok(passed.length > 0);
    for (const name of passed)
      assert.ok(
        declared.some((p) => p.name === name),
        `infra/azure.parameters.json passes ${name}, which azure.bicep does not declare`,
      );
    for (const p of declared.filter((d) => !d.hasDefault)) assert.ok(passed.includes(p.name), `azure.bicep requires ${p.name}`);
  });

  it('fills every parameter placeholder from env/.env.dev, or from a secret a toolkit step writes to env/.env.dev.user', () => {
    const env = envFile('env/.env.dev');
    const written = writtenByToolkit(YAML.dev);
    for (const name of placeholders(projectFile('infra/azure.parameters.json'))) {
      if (name.startsWith('SECRET_')) assert.ok(written.has(name), `a step of m365agents.yml writes ${name} for infra/azure.parameters.json`);
      else assert.ok(name in env, `env/.env.dev defines ${name} for infra/azure.parameters.json`);
    }
  });

  it('reads back only outputs the Bicep declares (deploy, manifest)', () => {
    const outputs = new Set(bicepOutputs(BICEP));
    const written = writtenByToolkit(YAML.dev);
    const env = envFile('env/.env.dev');
    const deployPart = YAML.dev.slice(YAML.dev.indexOf('\ndeploy:'));
    const needed = new Set([...placeholders(deployPart), ...manifestPlaceholders()]);
    assert.ok(needed.has('AZURE_APP_SERVICE_RESOURCE_ID') && needed.has('MICROSOFT_APP_ID'));
    for (const name of needed) {
      const source = outputs.has(name) || written.has(name) || BUILT_IN.has(name) || (env[name] ?? '') !== '';
      assert.ok(source, `${name} is neither a Bicep output, written by a toolkit step, nor set in env/.env.dev`);
    }
  });

  it('declares every variable the toolkit writes in the committed env files', () => {
    for (const [env, yaml] of Object.entries(YAML)) {
      const file = envFile(`env/.env.${env}`);
      const expected = env === 'dev' ? [...writtenByToolkit(yaml), ...bicepOutputs(BICEP)] : [...writtenByToolkit(yaml)];
      // SECRET_* values go to env/.env.<env>.user (git-ignored), never to the committed file.
      for (const name of expected) assert.ok(name.startsWith('SECRET_') ? !(name in file) : name in file, `env/.env.${env} lists ${name}`);
      assert.equal(file.TEAMSFX_ENV, env);
    }
  });

  it('builds the Teams package in every lifecycle from the template with sign-in, the one npm run package fills', () => {
    for (const [env, yaml] of Object.entries(YAML)) {
      // aadApp/update's manifest is the sign-in app's (Microsoft Entra), not the Teams app's.
      const teams = stepsOf(yaml).filter((step) => !step.startsWith('- uses: aadApp/'));
      for (const manifest of teams.flatMap((step) => yamlValues(step, 'manifestPath'))) assert.equal(manifest, './manifest/manifest.json', `m365agents ${env}`);
      for (const step of stepsOf(yaml).filter((s) => s.startsWith('- uses: aadApp/update')))
        assert.deepEqual(yamlValues(step, 'manifestPath'), ['./infra/aad.manifest.json']);
    }
    assert.equal(stepsOf(YAML.dev).filter((step) => /^\s*manifestPath: \.\/manifest\/manifest\.json$/m.test(step)).length, 4);
    assert.ok(!fs.existsSync(path.join(PROJECT_ROOT, 'appPackage')), 'no second manifest folder');
    for (const env of ['dev', 'local']) assert.equal(envFile(`env/.env.${env}`).APP_VERSION, PACKAGE.version, `env/.env.${env} APP_VERSION`);
  });

  it('keeps the template without sign-in (atk package on a clone without SSO_APP_ID) exactly what npm run package makes of the template without it', async () => {
    const withSignIn = JSON.parse(projectFile('manifest/manifest.json')) as Record<string, never>;
    const withoutSignIn = JSON.parse(projectFile('manifest/manifest.no-sign-in.json')) as Record<string, unknown>;
    assert.ok('webApplicationInfo' in withSignIn, 'the template with sign-in names the sign-in app');
    // The same rule the packaging script applies, so the two templates cannot drift apart.
    const regenerate = 'write it again with npm run package -- --no-sign-in-template';
    assert.deepEqual(
      withoutSignIn,
      applySignIn(withSignIn, {}),
      `manifest/manifest.no-sign-in.json is not manifest/manifest.json without sign-in: ${regenerate}`,
    );
    assert.equal('webApplicationInfo' in withoutSignIn, false);
    assert.ok(!placeholders(projectFile('manifest/manifest.no-sign-in.json')).has('SSO_APP_ID'));

    // The script writes it byte for byte as committed, and follows a change of manifest.json.
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'advisor-templates-'));
    try {
      fs.cpSync(path.join(PROJECT_ROOT, 'manifest'), copy, { recursive: true });
      const logs: string[] = [];
      const io = { cwd: copy, manifestDir: copy, log: (l: string) => logs.push(l), error: (l: string) => logs.push(l) };
      assert.equal(await main(['--no-sign-in-template'], io), 0, logs.join('\n'));
      assert.equal(fs.readFileSync(path.join(copy, 'manifest.no-sign-in.json'), 'utf8'), projectFile('manifest/manifest.no-sign-in.json'), regenerate);
      const changed = { ...withSignIn, accentColor: '#123456' };
      fs.writeFileSync(path.join(copy, 'manifest.json'), JSON.stringify(changed, null, 2));
      assert.equal(await main(['--no-sign-in-template'], io), 0, logs.join('\n'));
      const rewritten = JSON.parse(fs.readFileSync(path.join(copy, 'manifest.no-sign-in.json'), 'utf8')) as Record<string, unknown>;
      assert.deepEqual(rewritten, { ...withoutSignIn, accentColor: '#123456' });
    } finally {
      fs.rmSync(copy, { recursive: true, force: true });
    }
  });

  it('deploys the pruned build the README describes', () => {
    const steps = yamlValues(YAML.dev.slice(YAML.dev.indexOf('\ndeploy:'), YAML.dev.indexOf('\npublish:')), 'args');
    assert.deepEqual(
      steps.map((s) => (s.split(' ')[0] === 'run' ? s.split(' ').slice(0, 2).join(' ') : s.split(' ')[0])),
      ['ci', 'run build:production', 'run prune:production'],
    );
    assert.match(PACKAGE.scripts['prune:production'], /^npm prune --omit=dev\b/, 'prune:production keeps the runtime dependencies only');
    assert.match(YAML.dev, /uses: azureAppService\/zipDeploy/);
  });

  it('zips only the production tree: .webappignore lists every other file of the project', () => {
    const ignored = dockerignored(projectFile('.webappignore'));
    const deployed = ['package.json', 'package-lock.json', 'dist', 'node_modules'];
    for (const kept of deployed) assert.ok(!ignored(kept), `.webappignore keeps ${kept}`);
    const topLevel = trackedTopLevel().filter((f) => !deployed.includes(f));
    assert.ok(topLevel.includes('test') && topLevel.includes('bench'));
    for (const entry of topLevel) assert.ok(ignored(entry), `.webappignore leaves out ${entry}`);
    for (const secret of ['.env', '.env.dev', '.localConfigs', 'build']) assert.ok(ignored(secret), `${secret} stays out`);
  });

  it('builds for production from src and the content pack alone, so dist/ holds no tests or benchmark', () => {
    const scripts = PACKAGE.scripts;
    assert.match(scripts['build:production']!, /rmSync\('dist'/, 'a stale full build is removed first');
    assert.match(scripts['build:production']!, /tsc -p tsconfig\.production\.json/);
    const tsconfig = JSON.parse(projectFile('tsconfig.production.json')) as { include: string[]; extends: string };
    assert.equal(tsconfig.extends, './tsconfig.json');
    for (const pattern of tsconfig.include) assert.match(pattern, /^(src\/|content\/|cards\/|scripts\/copy-page-assets\.ts$)/, pattern);
    assert.doesNotMatch(projectFile('Dockerfile'), /npm run build\s*$/m);
    assert.match(projectFile('Dockerfile'), /^RUN npm run build:production$/m);
  });

  it('keeps secrets out of git: the env files are committed, their .user files ignored', () => {
    const ignored = (file: string): boolean => {
      try {
        execFileSync('git', ['check-ignore', '-q', '--no-index', file], { cwd: PROJECT_ROOT });
        return true;
      } catch {
        return false;
      }
    };
    for (const env of ['dev', 'local', 'playground']) {
      assert.equal(ignored(`env/.env.${env}`), false, `env/.env.${env} is committed`);
      assert.equal(ignored(`env/.env.${env}.user`), true, `env/.env.${env}.user is ignored`);
      assert.doesNotMatch(projectFile(`env/.env.${env}`), /^(SECRET_\w*|\w*PASSWORD\w*|DIRECT_LINE_SECRET)=\S/m);
    }
    assert.equal(ignored('.localConfigs'), true);
  });
});

describe('Debug in Teams (m365agents.local.yml)', () => {
  const local = YAML.local;
  const step = (uses: string): string => {
    const start = local.indexOf(`- uses: ${uses}`);
    assert.ok(start >= 0, `${uses} is a step`);
    const next = local.indexOf('\n  - uses:', start + 1);
    return local.slice(start, next < 0 ? undefined : next);
  };

  it("pairs botFramework/create, which takes no tenant or app type, with the multi-tenant app the toolkit's templates use", () => {
    const bot = step('botFramework/create');
    assert.doesNotMatch(bot, /tenant|appType|msaAppType/i);
    assert.match(step('aadApp/create'), /signInAudience: AzureADMultipleOrgs/);
    assert.match(step('aadApp/create'), /clientId: MICROSOFT_APP_ID$/m, "the first app registration is the bot's");
    assert.match(local, /MicrosoftAppType: MultiTenant/);
    assert.doesNotMatch(local, /MicrosoftAppType: SingleTenant/);
    // The only single-tenant app here is the sign-in app, never the one botFramework/create registers.
    const singleTenant = stepsOf(local).filter((s) => /AzureADMyOrg/.test(s));
    assert.equal(singleTenant.length, 1);
    assert.match(singleTenant[0]!, /clientId: SSO_APP_ID$/m);
  });

  it("lets only the developer's own tenant talk to the local bot", () => {
    assert.match(local, /ALLOWED_TENANTS: \$\{\{MICROSOFT_APP_TENANT_ID\}\}/);
    assert.match(step('aadApp/create'), /tenantId: MICROSOFT_APP_TENANT_ID/);
  });
});

describe('Azure resources (infra/azure.bicep)', () => {
  const appSettings = BICEP.slice(BICEP.indexOf("name: 'appsettings'"), BICEP.indexOf('dependsOn', BICEP.indexOf("name: 'appsettings'")));

  it('runs the bot as a user-assigned managed identity, never multi-tenant', () => {
    assert.match(BICEP, /Microsoft\.ManagedIdentity\/userAssignedIdentities/);
    assert.match(BICEP, /msaAppType: 'UserAssignedMSI'/);
    assert.match(appSettings, /MicrosoftAppType: 'UserAssignedMSI'/);
    assert.doesNotMatch(BICEP, /MultiTenant/);
    assert.doesNotMatch(BICEP, /MicrosoftAppPassword/);
  });

  it('connects Teams and Direct Line and points the bot at the web app', () => {
    assert.match(BICEP, /channelName: 'MsTeamsChannel'/);
    assert.match(BICEP, /channelName: 'DirectLineChannel'/);
    // Direct Line's enhanced authentication ("Direct Line enhanced authentication"; the Site's
    // isSecureSiteEnabled and trustedOrigins in Microsoft.BotService/botServices/channels): the
    // user id in the token holds on every activity, and sign-ins stay with the page's origin.
    assert.match(BICEP, /isSecureSiteEnabled: true\s*trustedOrigins: \[\s*'https:\/\/\$\{webAppHost\}'\s*\]/);
    // One cookie key for every instance, kept as a secure parameter.
    assert.match(BICEP, /@secure\(\)\s*@description\([^\n]*\)\s*param webChatCookieKey string = newGuid\(\)/);
    assert.match(appSettings, /^\s+WEBCHAT_COOKIE_KEY: webChatCookieKey$/m);
    assert.match(BICEP, /endpoint: 'https:\/\/\$\{webAppHost\}\/api\/messages'/);
  });

  it('opens the bot to Microsoft 365 Copilot: the M365Extensions channel, and the app extended to Microsoft 365 after it is registered', () => {
    assert.match(
      BICEP,
      /resource \w+ 'Microsoft\.BotService\/botServices\/channels@[\d-]+' = \{\s*parent: bot\s*name: 'M365Extensions'[\s\S]*?channelName: 'M365Extensions'/,
    );
    for (const [env, yaml] of [
      ['dev', YAML.dev],
      ['local', YAML.local],
    ] as const) {
      const provision = yaml.slice(yaml.indexOf('provision:'), yaml.indexOf('\ndeploy:'));
      const steps = [...provision.matchAll(/- uses: (\S+)/g)].map((m) => m[1]);
      assert.ok(steps.includes('teamsApp/extendToM365'), `${env}: extends the app to Microsoft 365`);
      assert.ok(steps.indexOf('teamsApp/extendToM365') > steps.indexOf('teamsApp/update'), `${env}: extends the package it has just uploaded`);
    }
    assert.match(YAML.local, /channels:\s*\n\s*- name: msteams\s*\n(\s*#.*\n)?\s*- name: m365extensions/);
  });

  it('hosts on Linux App Service with Node 24 LTS, HTTPS only, always on, no affinity, starting the tree as it is', () => {
    assert.match(BICEP, /linuxFxVersion: 'NODE\|24-lts'/);
    assert.match(BICEP, /httpsOnly: true/);
    assert.match(BICEP, /alwaysOn: true/);
    assert.match(BICEP, /reserved: true/);
    assert.match(BICEP, /clientAffinityEnabled: false/);
    const start = (JSON.parse(projectFile('package.json')) as { scripts: Record<string, string> }).scripts.start;
    assert.ok(BICEP.includes(`appCommandLine: '${start}'`), `no warning silenced, no build on the server, as npm start: ${start}`);
  });

  it('checks instance health on /healthz, not /readyz (a storage outage fails /readyz everywhere at once), and says why', () => {
    assert.match(BICEP, /healthCheckPath: '\/healthz'/);
    assert.doesNotMatch(BICEP, /healthCheckPath: '\/readyz'/);
    const why = BICEP.slice(0, BICEP.indexOf('healthCheckPath'));
    assert.match(why.slice(why.lastIndexOf('alwaysOn')), /every instance/);
    assert.match(projectFile('docs/deploy.md'), /\/healthz/);
    assert.match(projectFile('docs/production.md'), /healthCheckPath|Health check path/);
  });

  it('turns basic publishing credentials off for FTP and SCM (deploys sign in with Entra ID)', () => {
    for (const name of ['ftp', 'scm']) {
      const resource = new RegExp(
        `resource \\w+ 'Microsoft\\.Web/sites/basicPublishingCredentialsPolicies@[\\d-]+' = \\{\\s*parent: webApp\\s*name: '${name}'\\s*properties: \\{ allow: false \\}`,
      );
      assert.match(BICEP, resource, name);
    }
    assert.match(BICEP, /ftpsState: 'Disabled'/);
  });

  it('reads the Direct Line key from either shape of listChannelWithKeys, safely', () => {
    const read = /var directLineSecret = (.+)$/m.exec(BICEP);
    assert.ok(read, 'the key is read once, into a variable');
    assert.match(read[1]!, /directLineKeys\.\?setting\.\?sites\[\?0\]\.\?key/);
    assert.match(read[1]!, /\?\? directLineKeys\.\?properties\.\?properties\.\?sites\[\?0\]\.\?key/);
    assert.match(BICEP, /var directLineKeys = directLineChannel\.listChannelWithKeys\(\)/);
    assert.match(appSettings, /DIRECT_LINE_SECRET: directLineSecret$/m);
    // Every other use of the keys goes through the safe reading too.
    assert.equal([...BICEP.matchAll(/listChannelWithKeys\(\)/g)].length, 1);
    assert.doesNotMatch(BICEP.replace(/^\s*\/\/.*$/gm, ''), /directLineKeys\.(setting|properties)\b/);
  });

  it("leaves the bot's local authentication a documented parameter, off by default (the Web Chat page needs the Direct Line secret)", () => {
    const param = bicepParams(BICEP).find((p) => p.name === 'disableLocalAuth');
    assert.ok(param?.hasDefault);
    assert.match(BICEP, /^param disableLocalAuth bool = false$/m);
    assert.match(BICEP, /^\s+disableLocalAuth: disableLocalAuth$/m);
    assert.match(projectFile('docs/deploy.md'), /disableLocalAuth/);
  });

  it("lets Storage's lifecycle management forget the event markers earlier versions left, under the blob names the state gives them", () => {
    const prefix = /prefixMatch: \['\$\{stateContainerName\}\/([^']+)'\]/.exec(BICEP)?.[1];
    assert.ok(prefix, 'a lifecycle rule for the state container');
    assert.ok(blobNameFor(`cases/event/${'0'.repeat(64)}`).startsWith(prefix), `${prefix} is where the markers are`);
    assert.ok(!blobNameFor('msteams/conversations/a:1').startsWith(prefix), 'and nothing else');
  });

  it('uses current API versions of every resource type', () => {
    // The newest stable version of each type when this was written; a newer one is fine.
    const newest: Record<string, string> = {
      'Microsoft.ManagedIdentity/userAssignedIdentities': '2024-11-30',
      'Microsoft.OperationalInsights/workspaces': '2025-02-01',
      'Microsoft.Insights/components': '2020-02-02',
      'Microsoft.Storage/storageAccounts': '2025-01-01',
      'Microsoft.Storage/storageAccounts/blobServices': '2025-01-01',
      'Microsoft.Storage/storageAccounts/blobServices/containers': '2025-01-01',
      'Microsoft.Storage/storageAccounts/managementPolicies': '2025-01-01',
      'Microsoft.Authorization/roleAssignments': '2022-04-01',
      'Microsoft.Web/serverfarms': '2024-11-01',
      'Microsoft.Web/sites': '2024-11-01',
      'Microsoft.Web/sites/basicPublishingCredentialsPolicies': '2024-11-01',
      'Microsoft.Web/sites/config': '2024-11-01',
      'Microsoft.BotService/botServices': '2022-09-15',
      'Microsoft.BotService/botServices/channels': '2022-09-15',
      'Microsoft.BotService/botServices/connections': '2022-09-15',
    };
    const used = [...BICEP.matchAll(/^resource \w+ '([\w./]+)@([\w-]+)'/gm)].map((m) => ({ type: m[1]!, version: m[2]! }));
    assert.ok(used.length >= 12);
    for (const { type, version } of used) {
      assert.ok(type in newest, `${type} has a known current version`);
      assert.ok(version >= newest[type]!, `${type}@${version} is older than ${newest[type]}`);
      assert.doesNotMatch(version, /preview/, `${type} on a stable version`);
    }
  });

  it('reaches state storage through the identity only: no account key anywhere, OAuth by default in the portal', () => {
    assert.match(BICEP, /allowSharedKeyAccess: false/);
    assert.match(BICEP, /defaultToOAuthAuthentication: true/);
    assert.match(BICEP, /ba92f5b4-2d11-453d-a403-e96b0029c9fe/, 'Storage Blob Data Contributor');
    assert.match(BICEP, /principalId: identity\.properties\.principalId/);
    assert.doesNotMatch(BICEP, /listKeys|AccountKey|BLOB_CONNECTION_STRING/);
  });

  it('gives the app every setting it reads, monitoring included', () => {
    for (const name of [
      'MicrosoftAppType',
      'MicrosoftAppId',
      'MicrosoftAppTenantId',
      'STORAGE',
      'BLOB_ACCOUNT_URL',
      'AZURE_CLIENT_ID',
      'APPLICATIONINSIGHTS_CONNECTION_STRING',
      'DIRECT_LINE_SECRET',
    ]) {
      assert.match(appSettings, new RegExp(`^\\s+${name}: `, 'm'), name);
    }
    assert.match(appSettings, /STORAGE: 'blob'/);
    assert.match(BICEP, /WorkspaceResourceId: logs\.id/);
  });

  it('names every setting the bot reads in .env.example or the README', () => {
    const documented = projectFile('.env.example') + projectFile('README.md') + projectFile('docs/deploy.md');
    const names = [...appSettings.matchAll(/^ {4}(\w+): /gm)].map((m) => m[1]!);
    assert.ok(names.length >= 8);
    for (const name of names) assert.ok(documented.includes(name), `${name} is documented`);
  });
});

describe('Sign-in for the Partner Center actions', () => {
  const AAD_MANIFEST = projectFile('infra/aad.manifest.json');
  const aad = JSON.parse(AAD_MANIFEST) as {
    id: string;
    appId: string;
    displayName: string;
    identifierUris: string[];
    signInAudience: string;
    api: {
      requestedAccessTokenVersion: number;
      oauth2PermissionScopes: { id: string; value: string; type: string; isEnabled: boolean }[];
      preAuthorizedApplications: { appId: string; delegatedPermissionIds: string[] }[];
    };
    requiredResourceAccess: { resourceAppId: string; resourceAccess: { id: string; type: string }[] }[];
    web: { redirectUris: string[] };
  };
  const teamsManifest = JSON.parse(projectFile('manifest/manifest.json')) as { webApplicationInfo: { id: string; resource: string }; validDomains: string[] };
  /** A top-level Bicep declaration, from its first line to the closing brace at the start of a line. */
  const declaration = (head: RegExp): string => {
    const m = head.exec(BICEP);
    assert.ok(m, `${head} is declared`);
    return BICEP.slice(m.index, BICEP.indexOf('\n}\n', m.index) + 2);
  };
  const connection = declaration(/^resource (\w+) 'Microsoft\.BotService\/botServices\/connections@[\d-]+'/m);
  const appSettings = declaration(/^resource appSettings /m);
  /** A Bicep string's interpolation of a parameter, as the toolkit's placeholder of the value it is given. */
  const asToolkitPlaceholder = (bicepString: string): string => {
    const passed = Object.fromEntries(Object.entries(PARAMETERS.parameters).map(([name, p]) => [name, String(p.value)]));
    return bicepString.replace(/\$\{(\w+)\}/g, (_, name: string) => passed[name] ?? `<${name} not passed>`);
  };
  const bicepVar = (name: string): string => {
    const m = new RegExp(`^var ${name} = (.+)$`, 'm').exec(BICEP);
    assert.ok(m, `var ${name}`);
    return m[1]!;
  };
  /** The clients of Teams and Microsoft 365 that may ask for the SSO token without a consent prompt. */
  const TEAMS_AND_M365_CLIENTS = [
    '1fec8e78-bce4-4aaf-ab1b-5451cc387264', // Teams desktop and mobile
    '5e3ce6c0-2b1f-4285-8d4b-75ee78787346', // Teams web
    '4765445b-32c6-49b0-83e6-1d93765276ca', // Microsoft 365 web
    '0ec893e0-5785-4de6-99da-4ed124e5296c', // Microsoft 365 desktop
    'd3590ed6-52b3-4102-aeff-aad2292ab01c', // Microsoft 365 mobile, Outlook desktop
    'bc59ab01-8403-45c6-8796-ac3ef710b3e3', // Outlook web
    '27922004-5251-4030-b22d-91ecd9a37ea4', // Outlook mobile
  ];
  const PARTNER_CENTER = { app: 'fa3d9a0c-3fb0-42cc-9193-47c7ecd2edbd', userImpersonation: '1cebfa2a-fb4d-419e-b5f9-839b4383e05a' };
  const GRAPH = {
    names: ['Microsoft Graph', '00000003-0000-0000-c000-000000000000'],
    scopes: ['DelegatedAdminRelationship.ReadWrite.All', '885f682f-a990-4bad-a642-36736a74b0c7'],
    // Assign access lists the partner's security groups ("List groups": GroupMember.Read.All, delegated).
    groups: ['GroupMember.Read.All', 'bc024368-1153-4739-b217-4326f2e966d0'],
  };

  it('takes the sign-in app as optional parameters, the secret @secure, so a deployment that gives none is as before', () => {
    const params = new Map(bicepParams(BICEP).map((p) => [p.name, p]));
    for (const name of ['ssoAppId', 'ssoTenantId', 'oauthConnectionName', 'oauthConnectionClientSecret'])
      assert.ok(params.get(name)?.hasDefault, `${name} is optional`);
    assert.match(BICEP, /^param ssoAppId string = ''$/m);
    assert.match(BICEP, /^param oauthConnectionName string = 'PartnerCenter'$/m);
    assert.match(BICEP, /^@secure\(\)\n(@description\(.*\)\n)?param oauthConnectionClientSecret string = ''$/m);
    assert.equal(bicepVar('signInOn'), '!empty(ssoAppId)');
    // The connection exists only with a sign-in app, and so do the bot's two settings.
    assert.match(connection, /^resource oauthConnection '[^']+' = if \(signInOn\) \{$/m);
    assert.equal(bicepVar('signInSettings'), 'signInOn ? { OAUTH_CONNECTION_NAME: oauthConnectionName, SSO_APP_ID: ssoAppId } : {}');
    assert.match(appSettings, /^ {2}properties: union\(\{$/m);
    assert.match(appSettings, /^ {2}\}, signInSettings, onApprovalSettings\)$/m);
    assert.doesNotMatch(appSettings.replace(/^\s*\/\/.*$/gm, ''), /OAUTH_CONNECTION_NAME|SSO_APP_ID|ssoAppId|ASSIGN_ON_APPROVAL/, 'not set unconditionally');
    // Assign on approval: off unless asked for, and only with the actions (the bot refuses it without them).
    assert.match(BICEP, /^param assignOnApproval bool = false$/m);
    assert.equal(bicepVar('onApprovalSettings'), "signInOn && assignOnApproval ? { ASSIGN_ON_APPROVAL: 'true' } : {}");
    assert.match(appSettings, /dependsOn: \[[^\]]*\boauthConnection\b/, 'the settings come after the connection they name');
    assert.match(BICEP, /^output OAUTH_CONNECTION_NAME string = signInOn \? oauthConnectionName : ''$/m);
  });

  it("keeps the sign-in app's secret with the token service: never an app setting, an output or a default", () => {
    const uses = [...BICEP.matchAll(/\boauthConnectionClientSecret\b/g)].length;
    assert.equal(uses, 2, 'declared, and given to the connection only');
    assert.match(connection, /^\s+clientSecret: oauthConnectionClientSecret$/m);
    assert.doesNotMatch(BICEP, /SSO_CLIENT_SECRET/);
    assert.doesNotMatch(bicepOutputs(BICEP).join(' '), /SECRET/);
    assert.equal(PARAMETERS.parameters.oauthConnectionClientSecret?.value, '${{SECRET_SSO_APP_CLIENT_SECRET}}');
  });

  it("creates the connection the bot code reads: Azure AD v2, the sign-in app, one sign-in for both APIs, its token exchange URL the manifest's resource", () => {
    assert.match(connection, /^\s+parent: bot$/m);
    assert.match(connection, /^\s+name: oauthConnectionName$/m);
    assert.match(connection, /^\s+location: 'global'$/m);
    assert.match(connection, /^\s+serviceProviderDisplayName: 'Azure Active Directory v2'$/m);
    assert.match(connection, /^\s+serviceProviderId: '30dd229c-58e3-4a48-bdfd-91ec48eb906c'$/m);
    assert.match(connection, /^\s+clientId: ssoAppId$/m);
    assert.match(connection, /^\s+scopes: '\$\{signInResource\}\/access_as_user openid profile offline_access'$/m);
    assert.match(connection, /\{ key: 'tenantID', value: empty\(ssoTenantId\) \? identity\.properties\.tenantId : ssoTenantId \}/);
    assert.match(connection, /\{ key: 'tokenExchangeUrl', value: signInResource \}/);
    // One identifier URI everywhere: the connection's token exchange URL, the Teams manifest's
    // webApplicationInfo.resource and the sign-in app's identifier URI, for the same app id.
    const resource = asToolkitPlaceholder(/^'(.*)'$/.exec(bicepVar('signInResource'))![1]!);
    assert.equal(resource, 'api://botid-${{SSO_APP_ID}}');
    assert.equal(teamsManifest.webApplicationInfo.resource, resource);
    assert.equal(teamsManifest.webApplicationInfo.id, asToolkitPlaceholder('${ssoAppId}'));
    assert.deepEqual(aad.identifierUris, [resource]);
    assert.equal(aad.appId, teamsManifest.webApplicationInfo.id);
    assert.deepEqual(
      aad.api.oauth2PermissionScopes.map((s) => s.value),
      ['access_as_user'],
      'the scope the connection asks for',
    );
    assert.ok(teamsManifest.validDomains.includes('token.botframework.com'), "the sign-in card's fallback");
  });

  it("passes the toolkit's sign-in app to the Bicep, created before Azure is deployed and the package built", () => {
    assert.equal(PARAMETERS.parameters.ssoAppId?.value, '${{SSO_APP_ID}}');
    assert.equal(PARAMETERS.parameters.ssoTenantId?.value, '${{SSO_APP_TENANT_ID}}');
    for (const [env, yaml] of [
      ['dev', YAML.dev],
      ['local', YAML.local],
    ] as const) {
      const provision = stepsOf(yaml.slice(0, yaml.indexOf('\ndeploy:')));
      const uses = provision.map((step) => /^- uses: (\S+)/.exec(step)![1]!);
      const create = provision.findIndex((step) => /clientId: SSO_APP_ID$/m.test(step));
      assert.ok(create >= 0, `${env}: a step creates the sign-in app`);
      const step = provision[create]!;
      assert.equal(uses[create], 'aadApp/create');
      assert.match(step, /^\s+generateClientSecret: true$/m, `${env}: the OAuth connection (Azure Active Directory v2) needs its secret`);
      assert.match(step, /^\s+signInAudience: AzureADMyOrg$/m, `${env}: single tenant`);
      for (const [output, name] of [
        ['clientSecret', 'SECRET_SSO_APP_CLIENT_SECRET'],
        ['objectId', 'SSO_APP_OBJECT_ID'],
        ['tenantId', 'SSO_APP_TENANT_ID'],
      ])
        assert.match(step, new RegExp(`^\\s+${output}: ${name}$`, 'm'), `${env}: ${output}`);
      const update = uses.indexOf('aadApp/update');
      assert.ok(update > create, `${env}: the sign-in app is updated from infra/aad.manifest.json after it is created`);
      assert.match(provision[update]!, /^\s+outputFilePath: \.\/build\//m, 'the filled manifest stays out of git');
      assert.ok(create < uses.indexOf('teamsApp/zipAppPackage'), `${env}: the package needs SSO_APP_ID`);
      if (env === 'dev') assert.ok(update < uses.indexOf('arm/deploy'), 'the Bicep gets the sign-in app');
    }
  });

  it('has a sign-in app in every environment that builds the package with sign-in: the toolkit refuses an empty ${{SSO_APP_ID}}', () => {
    for (const [env, yaml] of Object.entries(YAML)) {
      if (!/uses: teamsApp\/zipAppPackage/.test(yaml)) continue;
      assert.ok(writtenByToolkit(yaml).has('SSO_APP_ID') || (envFile(`env/.env.${env}`).SSO_APP_ID ?? '') !== '', `m365agents ${env}`);
    }
  });

  it("declares what the sign-in steps write, aadApp/update's permission id included, in the committed env files", () => {
    for (const env of ['dev', 'local']) {
      const file = envFile(`env/.env.${env}`);
      for (const name of ['SSO_APP_ID', 'SSO_APP_OBJECT_ID', 'SSO_APP_TENANT_ID', 'AAD_APP_ACCESS_AS_USER_PERMISSION_ID'])
        assert.equal(file[name], '', `env/.env.${env} lists ${name}, empty`);
      assert.ok(!('SECRET_SSO_APP_CLIENT_SECRET' in file));
    }
    assert.equal(envFile('env/.env.dev').BOT_IDENTITY_PRINCIPAL_ID, '');
  });

  it("describes the sign-in app: single tenant, access_as_user pre-authorized for Teams and Microsoft 365, Partner Center and Graph delegated, the token service's redirect", () => {
    assert.equal(aad.id, '${{SSO_APP_OBJECT_ID}}');
    assert.equal(aad.appId, '${{SSO_APP_ID}}');
    assert.equal(aad.signInAudience, 'AzureADMyOrg');
    assert.equal(aad.api.requestedAccessTokenVersion, 2);
    const [scope] = aad.api.oauth2PermissionScopes;
    assert.deepEqual([scope!.id, scope!.type, scope!.isEnabled], ['${{AAD_APP_ACCESS_AS_USER_PERMISSION_ID}}', 'User', true]);
    assert.deepEqual(aad.api.preAuthorizedApplications.map((p) => p.appId).sort(), [...TEAMS_AND_M365_CLIENTS].sort());
    for (const p of aad.api.preAuthorizedApplications) assert.deepEqual(p.delegatedPermissionIds, [scope!.id], p.appId);
    // Delegated permissions only (Scope), exactly the two the actions use.
    assert.equal(aad.requiredResourceAccess.length, 2);
    const partnerCenter = aad.requiredResourceAccess.find((r) => r.resourceAppId === PARTNER_CENTER.app);
    assert.deepEqual(partnerCenter?.resourceAccess, [{ id: PARTNER_CENTER.userImpersonation, type: 'Scope' }], 'Partner Center user_impersonation');
    const graph = aad.requiredResourceAccess.find((r) => GRAPH.names.includes(r.resourceAppId));
    assert.equal(graph?.resourceAccess.length, 2);
    assert.ok(
      graph!.resourceAccess.some((a) => GRAPH.scopes.includes(a.id) && a.type === 'Scope'),
      'Graph DelegatedAdminRelationship.ReadWrite.All',
    );
    assert.ok(
      graph!.resourceAccess.some((a) => GRAPH.groups.includes(a.id) && a.type === 'Scope'),
      'Graph GroupMember.Read.All',
    );
    assert.deepEqual(aad.web.redirectUris, ['https://token.botframework.com/.auth/web/redirect']);
    assert.match(aad.displayName, /^Multi-channel Advisor sign-in \$\{\{APP_NAME_SUFFIX\}\}$/);
    assert.ok(YAML.dev.includes(`name: ${aad.displayName}`), 'aadApp/update keeps the name aadApp/create gave');
  });

  it("fills every placeholder of the sign-in app's manifest from what the toolkit writes or env/.env.<env> holds", () => {
    for (const env of ['dev', 'local'] as const) {
      const written = writtenByToolkit(YAML[env]);
      const file = envFile(`env/.env.${env}`);
      for (const name of placeholders(AAD_MANIFEST)) {
        // aadApp/update generates the scope's id when it is not set yet, and writes it back.
        const source = written.has(name) || name === 'AAD_APP_ACCESS_AS_USER_PERMISSION_ID' || (file[name] ?? '') !== '';
        assert.ok(source, `${env}: ${name}`);
      }
    }
  });

  it('gives the bot its sign-in app outside Azure with the secret (Debug in Teams), and in Azure without one', () => {
    const localConfigs = YAML.local.slice(YAML.local.indexOf('target: ./.localConfigs'));
    assert.match(localConfigs, /^\s+SSO_APP_ID: \$\{\{SSO_APP_ID\}\}$/m);
    assert.match(localConfigs, /^\s+SSO_CLIENT_SECRET: \$\{\{SECRET_SSO_APP_CLIENT_SECRET\}\}$/m);
    // Its bot registration has no OAuth connection, so actions are not turned on there by default.
    assert.doesNotMatch(localConfigs, /OAUTH_CONNECTION_NAME/);
    assert.doesNotMatch(YAML.dev, /SSO_CLIENT_SECRET/);
    assert.doesNotMatch(YAML.playground, /SSO_|OAUTH_CONNECTION_NAME/);
  });

  it('documents the five settings in the Partner Center actions section of .env.example, each off unless set', () => {
    const example = projectFile('.env.example');
    const start = example.indexOf('# --- Partner Center actions ---');
    assert.ok(start >= 0);
    const end = example.indexOf('\n# ---', start + 1);
    const section = example.slice(start, end < 0 ? undefined : end);
    for (const name of ['OAUTH_CONNECTION_NAME', 'SSO_APP_ID', 'SSO_CLIENT_SECRET', 'PARTNER_ACTIONS_DEMO', 'ASSIGN_ON_APPROVAL']) {
      const line = new RegExp(`^# ${name}=.*$`, 'm').exec(section);
      assert.ok(line, `${name} is in the section, commented out`);
      const before = section.slice(0, line.index).trimEnd().split('\n').pop()!;
      assert.match(before, /^# \S/, `${name} has a comment above it`);
    }
    assert.match(section, /PARTNER_ACTIONS_DEMO=true/);
  });

  it('explains in docs/deploy.md what is created, the federated credential, the consent, MFA and the Admin agent role', () => {
    const docs = projectFile('docs/deploy.md');
    const start = docs.indexOf('## Sign-in and Partner Center actions');
    assert.ok(start >= 0);
    const section = docs.slice(start, docs.indexOf('\n## ', start + 1));
    assert.match(section, /az ad app federated-credential create/);
    assert.match(section, /api:\/\/AzureADTokenExchange/);
    assert.match(section, /https:\/\/login\.microsoftonline\.com\/[^\s/]+\/v2\.0/);
    assert.match(section, /BOT_IDENTITY_PRINCIPAL_ID/);
    for (const words of [
      /user_impersonation/,
      /DelegatedAdminRelationship\.ReadWrite\.All/,
      /admin consent/i,
      /multifactor|MFA/i,
      /Admin agent/,
      /single-tenant|AzureADMyOrg/,
      /PartnerCenter/,
      /PARTNER_ACTIONS_DEMO/,
    ])
      assert.match(section, words);
    for (const name of [...bicepVar('signInSettings').matchAll(/(\w+): /g)].map((m) => m[1]!)) assert.ok(docs.includes(name), `docs/deploy.md names ${name}`);
  });
});

describe('Node versions, CI and the deploy workflow', () => {
  const ci = projectFile('.github/workflows/ci.yml');
  const deploy = projectFile('.github/workflows/deploy.yml');
  /** The workflow without its comments, so a word in the header proves nothing about the steps. */
  const deploySteps = deploy.replace(/^\s*#.*$/gm, '');

  it('runs Node 24 LTS in the image, on App Service and in CI, and allows only Node 22.13 and newer', () => {
    assert.match(projectFile('Dockerfile'), /^FROM node:24-/m);
    assert.match(BICEP, /NODE\|24-lts/);
    assert.match(projectFile('.ci/run'), /node@24/);
    const engines = (JSON.parse(projectFile('package.json')) as { engines: { node: string } }).engines.node;
    assert.equal(engines, '>=22.13.0');
  });

  it('runs the README test command in the CI workflow on Node 22 and 24', () => {
    assert.match(projectFile('README.md'), /npm ci && npm test/);
    assert.match(ci, /run: npm ci && npm test/);
    assert.match(ci, /node-version: \[22, 24\]/);
    assert.match(ci, /^name: CI$/m);
  });

  it('uses actions on the Node 24 runtime: actions/* v5 or newer, azure/* at their Node 24 majors', () => {
    const minimum: Record<string, number> = { 'actions/checkout': 5, 'actions/setup-node': 5, 'azure/login': 3, 'azure/webapps-deploy': 3 };
    const uses = [ci, deploy].flatMap((workflow) => [...yamlValues(workflow, 'uses'), ...yamlValues(workflow, '- uses')]);
    assert.ok(uses.length >= 6, uses.join());
    for (const use of uses) {
      const m = /^([\w-]+\/[\w-]+)@v(\d+)$/.exec(use);
      assert.ok(m, `${use} names a major version`);
      assert.ok(m[1]! in minimum, `${m[1]} is an action this test knows`);
      assert.ok(Number(m[2]) >= minimum[m[1]!]!, `${use} is at least v${minimum[m[1]!]}`);
    }
  });

  it('signs in to Azure with OpenID Connect: no secret anywhere, id-token: write, ids from variables', () => {
    assert.doesNotMatch(deploy, /secrets\./);
    assert.doesNotMatch(deploySteps, /password|client-secret|creds:|--service-principal/i);
    assert.match(deploySteps, /^\s+id-token: write$/m);
    assert.match(
      deploySteps,
      /uses: azure\/login@v\d+\n\s+with:\n\s+client-id: \$\{\{ vars\.AZURE_CLIENT_ID \}\}\n\s+tenant-id: \$\{\{ vars\.AZURE_TENANT_ID \}\}\n\s+subscription-id: \$\{\{ vars\.AZURE_SUBSCRIPTION_ID \}\}/,
    );
    assert.doesNotMatch(deploy, /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i, 'no ids written in');
  });

  it('runs only after CI succeeded, on a push to main, and deploys the commit CI tested', () => {
    const on = deploySteps.slice(deploySteps.indexOf('\non:'), deploySteps.indexOf('\npermissions:'));
    assert.match(on, /^\non:\s+workflow_run:\s+workflows: \[CI\]\s+types: \[completed\]\s+branches: \[main\]\s*$/);
    assert.doesNotMatch(on, /push:|workflow_dispatch|pull_request|schedule/);
    assert.match(deploySteps, /github\.event\.workflow_run\.conclusion == 'success'/);
    assert.match(deploySteps, /github\.event\.workflow_run\.event == 'push'/);
    assert.match(deploySteps, /github\.event\.workflow_run\.head_repository\.full_name == github\.repository/);
    assert.match(deploySteps, /uses: actions\/checkout@v\d+\n\s+with:\n\s+ref: \$\{\{ github\.event\.workflow_run\.head_sha \}\}/);
  });

  it('deploys the production tree (production build, pruned) and nothing else', () => {
    const build = deploySteps.slice(deploySteps.indexOf('npm ci'), deploySteps.indexOf('azure/login'));
    const commands = build
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l.startsWith('npm '));
    assert.deepEqual(
      commands.map((c) => c.split(' ').slice(0, 2).join(' ')),
      ['npm ci', 'npm run', 'npm run'],
    );
    assert.match(commands[1]!, /^npm run build:production$/);
    assert.match(commands[2]!, /^npm run prune:production$/);
    assert.match(build, /cp -r package\.json package-lock\.json dist node_modules "\$RUNNER_TEMP\/app\/"/);
    assert.match(
      deploySteps,
      /uses: azure\/webapps-deploy@v\d+\n\s+with:\n\s+app-name: \$\{\{ vars\.AZURE_WEB_APP_NAME \}\}\n\s+package: \$\{\{ runner\.temp \}\}\/app/,
    );
  });

  it('lists every repository setting it reads in its header and in docs/deploy.md', () => {
    const vars = [...new Set([...deploySteps.matchAll(/vars\.(\w+)/g)].map((m) => m[1]!))];
    assert.ok(vars.length >= 4);
    const docs = projectFile('docs/deploy.md');
    for (const name of vars) {
      assert.match(deploy, new RegExp(`^#\\s+variable ${name}\\b`, 'm'), `the header names ${name}`);
      assert.ok(docs.includes(name), `docs/deploy.md names ${name}`);
    }
    assert.match(docs, /id-token: write|federated credential/);
  });
});
