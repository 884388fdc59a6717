// The deployment files agree with each other: what the Agents Toolkit passes to the Bicep exists
// there, what it reads back is declared, the manifest template has a source for every value, the
// Azure resources are the safe ones the README describes, and the workflows run what they say.
import { strict as assert } from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { dockerignored } from '../support/dockerfile';
import { bicepOutputs, bicepParams, envFile, placeholders, projectFile, trackedTopLevel, writtenByToolkit, yamlValues } from '../support/deployFiles';
import { PROJECT_ROOT } from '../support/paths';

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

  it('fills every parameter placeholder from env/.env.dev', () => {
    const env = envFile('env/.env.dev');
    for (const name of placeholders(projectFile('infra/azure.parameters.json'))) {
      assert.ok(name in env, `env/.env.dev defines ${name} for infra/azure.parameters.json`);
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

  it('builds the Teams package from the one manifest template npm run package fills', () => {
    for (const [env, yaml] of Object.entries(YAML)) {
      for (const manifest of yamlValues(yaml, 'manifestPath')) assert.equal(manifest, './manifest/manifest.json', `m365agents ${env}`);
    }
    assert.equal(yamlValues(YAML.dev, 'manifestPath').length, 4);
    assert.ok(!fs.existsSync(path.join(PROJECT_ROOT, 'appPackage')), 'no second manifest folder');
    for (const env of ['dev', 'local']) assert.equal(envFile(`env/.env.${env}`).APP_VERSION, PACKAGE.version, `env/.env.${env} APP_VERSION`);
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
    assert.match(local, /MicrosoftAppType: MultiTenant/);
    assert.doesNotMatch(local, /MicrosoftAppType: SingleTenant|AzureADMyOrg/);
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

  it('uses current API versions of every resource type', () => {
    // The newest stable version of each type when this was written; a newer one is fine.
    const newest: Record<string, string> = {
      'Microsoft.ManagedIdentity/userAssignedIdentities': '2024-11-30',
      'Microsoft.OperationalInsights/workspaces': '2025-02-01',
      'Microsoft.Insights/components': '2020-02-02',
      'Microsoft.Storage/storageAccounts': '2025-01-01',
      'Microsoft.Storage/storageAccounts/blobServices': '2025-01-01',
      'Microsoft.Storage/storageAccounts/blobServices/containers': '2025-01-01',
      'Microsoft.Authorization/roleAssignments': '2022-04-01',
      'Microsoft.Web/serverfarms': '2024-11-01',
      'Microsoft.Web/sites': '2024-11-01',
      'Microsoft.Web/sites/basicPublishingCredentialsPolicies': '2024-11-01',
      'Microsoft.Web/sites/config': '2024-11-01',
      'Microsoft.BotService/botServices': '2022-09-15',
      'Microsoft.BotService/botServices/channels': '2022-09-15',
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
