// The deployment files agree with each other: what the Agents Toolkit passes to the Bicep exists
// there, what it reads back is declared, the manifest template has a source for every value, the
// Azure resources are the safe ones the README describes, and the workflows run what they say.
import { strict as assert } from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { bicepOutputs, bicepParams, envFile, placeholders, projectFile, writtenByToolkit, yamlValues } from '../support/deployFiles';
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
    for (const name of passed) assert.ok(declared.some((p) => p.name === name), `infra/azure.parameters.json passes ${name}, which azure.bicep does not declare`);
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
    assert.deepEqual(steps.map((s) => s.split(' ')[0] === 'run' ? s.split(' ').slice(0, 2).join(' ') : s.split(' ')[0]), ['ci', 'run build', 'prune']);
    assert.match(steps[2]!, /--omit=dev/);
    assert.match(YAML.dev, /uses: azureAppService\/zipDeploy/);
    for (const kept of ['dist', 'node_modules', 'package.json']) {
      assert.ok(!projectFile('.webappignore').split('\n').includes(kept), `.webappignore keeps ${kept}`);
    }
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
    assert.match(BICEP, /resource \w+ 'Microsoft\.BotService\/botServices\/channels@[\d-]+' = \{\s*parent: bot\s*name: 'M365Extensions'[\s\S]*?channelName: 'M365Extensions'/);
    for (const [env, yaml] of [['dev', YAML.dev], ['local', YAML.local]] as const) {
      const provision = yaml.slice(yaml.indexOf('provision:'), yaml.indexOf('\ndeploy:'));
      const steps = [...provision.matchAll(/- uses: (\S+)/g)].map((m) => m[1]);
      assert.ok(steps.includes('teamsApp/extendToM365'), `${env}: extends the app to Microsoft 365`);
      assert.ok(steps.indexOf('teamsApp/extendToM365') > steps.indexOf('teamsApp/update'), `${env}: extends the package it has just uploaded`);
    }
    assert.match(YAML.local, /channels:\s*\n\s*- name: msteams\s*\n(\s*#.*\n)?\s*- name: m365extensions/);
  });

  it('hosts on Linux App Service with Node 24 LTS, HTTPS only, always on, health check /readyz', () => {
    assert.match(BICEP, /linuxFxVersion: 'NODE\|24-lts'/);
    assert.match(BICEP, /httpsOnly: true/);
    assert.match(BICEP, /alwaysOn: true/);
    assert.match(BICEP, /healthCheckPath: '\/readyz'/);
    assert.match(BICEP, /reserved: true/);
  });

  it('reaches state storage through the identity only: no account key anywhere', () => {
    assert.match(BICEP, /allowSharedKeyAccess: false/);
    assert.match(BICEP, /ba92f5b4-2d11-453d-a403-e96b0029c9fe/, 'Storage Blob Data Contributor');
    assert.match(BICEP, /principalId: identity\.properties\.principalId/);
    assert.doesNotMatch(BICEP, /listKeys|AccountKey|BLOB_CONNECTION_STRING/);
  });

  it('gives the app every setting it reads, monitoring included', () => {
    for (const name of ['MicrosoftAppType', 'MicrosoftAppId', 'MicrosoftAppTenantId', 'STORAGE', 'BLOB_ACCOUNT_URL', 'AZURE_CLIENT_ID', 'APPLICATIONINSIGHTS_CONNECTION_STRING', 'DIRECT_LINE_SECRET']) {
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

describe('Node versions and CI', () => {
  it('runs Node 24 LTS in the image, on App Service and in CI, and the engines field allows it', () => {
    assert.match(projectFile('Dockerfile'), /^FROM node:24-/m);
    assert.match(BICEP, /NODE\|24-lts/);
    assert.match(projectFile('.ci/run'), /node@24/);
    const engines = (JSON.parse(projectFile('package.json')) as { engines: { node: string } }).engines.node;
    assert.match(engines, />=22\.12\.0/, 'Node 22 and 24 are allowed');
  });

  it('runs the README test command in the CI workflow and names the deploy secrets without storing them', () => {
    const readme = projectFile('README.md');
    const ci = projectFile('.github/workflows/ci.yml');
    assert.match(readme, /npm ci && npm test/);
    assert.match(ci, /run: npm ci && npm test/);
    assert.match(ci, /node-version: \[?.*24/);
    const deploy = projectFile('.github/workflows/deploy.yml');
    assert.match(deploy, /atk auth login azure --service-principal/);
    assert.match(deploy, /atk deploy --env dev/);
    const secrets = [...deploy.matchAll(/secrets\.(\w+)/g)].map((m) => m[1]!);
    assert.deepEqual(secrets, ['AZURE_SERVICE_PRINCIPAL_CLIENT_SECRET']);
    assert.match(deploy, new RegExp(`secret +${secrets[0]}`), 'the secret is named in the header');
    for (const name of placeholders(YAML.dev.slice(YAML.dev.indexOf('\ndeploy:'), YAML.dev.indexOf('\npublish:')))) {
      assert.match(deploy, new RegExp(`${name}: \\$\\{\\{ vars\\.${name} \\}\\}`), `the workflow gives atk deploy ${name}`);
    }
    assert.doesNotMatch(deploy, /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i, 'no ids or secrets written in');
  });
});
