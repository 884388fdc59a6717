// The Agents Toolkit accepts the project offline: the package `npm run package` builds passes
// `atk validate`, with and without a sign-in app; `atk package --env dev` packages a plain clone
// without sign-in settings from manifest/manifest.no-sign-in.json and, once SSO_APP_ID is
// provisioned, the sign-in app from manifest/manifest.json; the toolkit's own YAML schema accepts
// the project files, and its own aadApp/update code fills the sign-in app's manifest (what it
// then sends Graph). The CLI commands are the ones docs/deploy.md gives (the toolkit's CLI page:
// https://learn.microsoft.com/microsoftteams/platform/toolkit/microsoft-365-agents-toolkit-cli).
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { buildAppPackage } from '../../scripts/lib/app-package';
import { readZip } from '../../scripts/lib/zip';
import { atk, atkLibrary, ensureAtk } from '../support/atk';
import { PROJECT_ROOT } from '../support/paths';
import { describeErrors, teamsManifestValidator } from '../support/schemas';

const BOT_ID = '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b';
const TEAMS_ID = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const HOST = 'advisor-test.azurewebsites.net';
const SSO_ID = '7c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f';
const SSO_OBJECT_ID = '1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9';
/** What `atk provision` would have written to env/.env.dev, given here as the process environment. */
const PROVISIONED = {
  TEAMS_APP_ID: TEAMS_ID,
  MICROSOFT_APP_ID: BOT_ID,
  BOT_DOMAIN: HOST,
  DEVELOPER_WEBSITE_URL: `https://${HOST}/`,
  PRIVACY_URL: `https://${HOST}/privacy`,
  TERMS_URL: `https://${HOST}/terms`,
  SSO_APP_ID: SSO_ID,
};

describe('Microsoft 365 Agents Toolkit CLI (offline)', function () {
  this.timeout(12 * 60_000);
  let work: string;

  before(() => {
    ensureAtk();
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'advisor-atk-'));
  });
  after(() => {
    if (work) fs.rmSync(work, { recursive: true, force: true });
  });

  /** The zip `npm run package` writes, unpacked into a folder as atk validate reads it. */
  async function unpackedPackage(dir: string, extra: Record<string, string> = {}): Promise<string> {
    const built = await buildAppPackage({
      envName: 'dev',
      cwd: dir,
      processEnv: { MicrosoftAppId: BOT_ID, TEAMS_APP_ID: TEAMS_ID, BOT_DOMAIN: HOST, ...extra },
      outDir: dir,
    });
    const out = path.join(dir, 'unpacked');
    fs.mkdirSync(out);
    for (const entry of await readZip(fs.readFileSync(built.zipPath))) fs.writeFileSync(path.join(out, entry.name), entry.data);
    return path.join(out, 'manifest.json');
  }

  it('validates the manifest npm run package builds', async () => {
    const dir = fs.mkdtempSync(path.join(work, 'npm-'));
    const manifest = await unpackedPackage(dir);
    const run = atk(['validate', '--manifest-file', manifest], dir);
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.match(run.stdout, /All passed/);
    assert.equal('webApplicationInfo' in (JSON.parse(fs.readFileSync(manifest, 'utf8')) as object), false);
  });

  it('validates the manifest npm run package builds with a sign-in app (webApplicationInfo)', async () => {
    const dir = fs.mkdtempSync(path.join(work, 'sso-'));
    const manifest = await unpackedPackage(dir, { SSO_APP_ID: SSO_ID });
    const doc = JSON.parse(fs.readFileSync(manifest, 'utf8')) as { webApplicationInfo?: unknown };
    assert.deepEqual(doc.webApplicationInfo, { id: SSO_ID, resource: `api://botid-${SSO_ID}` });
    const run = atk(['validate', '--manifest-file', manifest], dir);
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.match(run.stdout, /All passed/);
  });

  it('rejects a manifest that breaks the schema (the check can fail)', async () => {
    const dir = fs.mkdtempSync(path.join(work, 'bad-'));
    const manifest = await unpackedPackage(dir);
    const doc = JSON.parse(fs.readFileSync(manifest, 'utf8')) as Record<string, unknown>;
    delete doc.developer;
    fs.writeFileSync(manifest, JSON.stringify(doc));
    const run = atk(['validate', '--manifest-file', manifest], dir);
    assert.notEqual(run.status, 0);
    assert.doesNotMatch(run.stdout, /All passed/);
    assert.match(run.stdout + run.stderr, /developer/);
  });

  /** A plain copy of the toolkit's files as a clone has them: nothing provisioned, no .user files. */
  function plainClone(): string {
    const dir = fs.mkdtempSync(path.join(work, 'clone-'));
    for (const entry of ['m365agents.yml', 'm365agents.local.yml', 'm365agents.playground.yml', 'env', 'manifest', 'infra', 'package.json'])
      fs.cpSync(path.join(PROJECT_ROOT, entry), path.join(dir, entry), { recursive: true, filter: (from) => !from.endsWith('.user') });
    return dir;
  }

  /** `atk package --env dev` as docs/deploy.md gives it, in `dir`, and the zip's files by name. */
  async function atkPackage(dir: string, manifestFile: string, env: Record<string, string>): Promise<{ output: string; entries?: Map<string, string> }> {
    const zip = path.join(dir, 'build', 'appPackage.dev.zip');
    const run = atk(
      ['package', '--env', 'dev', '--manifest-file', manifestFile, '--output-package-file', './build/appPackage.dev.zip', '--output-folder', './build'],
      dir,
      env,
    );
    const output = run.stdout + run.stderr;
    if (run.status !== 0) return { output };
    return { output, entries: new Map((await readZip(fs.readFileSync(zip))).map((e) => [e.name, e.data.toString('utf8')])) };
  }

  type PackagedManifest = {
    id: string;
    version: string;
    bots: { botId: string }[];
    validDomains: string[];
    webApplicationInfo?: { id: string; resource: string };
  };

  /** The zip's manifest, after the checks every package must pass: its files, no placeholder, the project's v1.30 schema. */
  function checkedManifest(entries: Map<string, string>): PackagedManifest {
    assert.deepEqual([...entries.keys()].sort(), ['color.png', 'hu.json', 'manifest.json', 'outline.png', 'pt.json', 'ru.json', 'zh-cn.json']);
    for (const text of entries.values()) assert.ok(!text.includes('${{'), 'every placeholder filled');
    const manifest = JSON.parse(entries.get('manifest.json')!) as PackagedManifest;
    const validate = teamsManifestValidator();
    assert.ok(validate(manifest), describeErrors(validate));
    assert.equal(manifest.id, TEAMS_ID);
    assert.equal(manifest.bots[0]!.botId, BOT_ID);
    assert.equal(manifest.version, (JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string }).version);
    return manifest;
  }

  it('packages a plain clone without sign-in settings: atk package --env dev with the template without sign-in', async () => {
    const { SSO_APP_ID: _sso, ...withoutSignIn } = PROVISIONED;
    const dir = plainClone();
    const { output, entries } = await atkPackage(dir, './manifest/manifest.no-sign-in.json', withoutSignIn);
    assert.ok(entries, output);
    const manifest = checkedManifest(entries);
    assert.equal('webApplicationInfo' in manifest, false);
    assert.deepEqual(manifest.validDomains, [HOST]);
    // What the toolkit's own validation says of it, unpacked as Teams reads it.
    const unpacked = path.join(dir, 'unpacked');
    fs.mkdirSync(unpacked);
    for (const [name, text] of entries) if (name.endsWith('.json')) fs.writeFileSync(path.join(unpacked, name), text);
    const run = atk(['validate', '--manifest-file', path.join(unpacked, 'manifest.json')], dir);
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.match(run.stdout, /All passed/);
  });

  it('packages the sign-in app once SSO_APP_ID is provisioned: the template provisioning uses has webApplicationInfo', async () => {
    const { output, entries } = await atkPackage(plainClone(), './manifest/manifest.json', PROVISIONED);
    assert.ok(entries, output);
    const manifest = checkedManifest(entries);
    assert.deepEqual(manifest.webApplicationInfo, { id: SSO_ID, resource: `api://botid-${SSO_ID}` });
    assert.deepEqual(manifest.validDomains, [HOST, 'token.botframework.com']);
  });

  it('refuses the sign-in template without SSO_APP_ID, rather than naming an empty app (the check can fail)', async () => {
    const { SSO_APP_ID: _sso, ...withoutSignIn } = PROVISIONED;
    const { output, entries } = await atkPackage(plainClone(), './manifest/manifest.json', withoutSignIn);
    assert.equal(entries, undefined);
    assert.match(output, /Missing environment variables 'SSO_APP_ID'/);
  });

  it("accepts the project's toolkit files against the toolkit's own YAML schema, and rejects a broken one", () => {
    const broken = path.join(work, 'm365agents.broken.yml');
    const yaml = fs.readFileSync(path.join(PROJECT_ROOT, 'm365agents.yml'), 'utf8');
    fs.writeFileSync(broken, yaml.replace(/generateClientSecret: true/, 'generateClientSecret: yes please'));
    const files = ['m365agents.yml', 'm365agents.local.yml', 'm365agents.playground.yml'].map((f) => path.join(PROJECT_ROOT, f));
    const results = atkLibrary<Record<string, string>>(
      `const { yamlParser } = require(core + '/build/component/configManager/parser.js');
       const out = {};
       for (const file of input.files) {
         const parsed = await yamlParser.parse(file, true);
         out[file] = parsed.isOk() ? 'ok' : parsed.error.message;
       }
       return out;`,
      { files: [...files, broken] },
    );
    for (const file of files) assert.equal(results[file], 'ok', file);
    assert.notEqual(results[broken], 'ok');
  });

  /** infra/aad.manifest.json as the toolkit's aadApp/update fills and checks it, before sending it to Graph. */
  function builtSignInManifest(env: Record<string, string>): {
    manifest?: Record<string, unknown> & {
      api: { oauth2PermissionScopes: { id: string }[]; preAuthorizedApplications: { delegatedPermissionIds: string[] }[] };
      requiredResourceAccess: { resourceAppId: string; resourceAccess: { id: string; type: string }[] }[];
    };
    warnings: string[];
    state: Record<string, string>;
    sentAsIs?: boolean;
    error?: string;
  } {
    return atkLibrary(
      `const { buildAadManifest } = require(core + '/build/component/driver/aad/utility/buildAadManifest.js');
       const { AadManifestHelper } = require(core + '/build/component/driver/aad/utility/aadManifestHelper.js');
       const warnings = [];
       const state = {};
       const context = { projectPath: input.project, logProvider: { warning: (m) => warnings.push(m), info: () => {}, error: () => {} } };
       try {
         const manifest = await buildAadManifest(context, './infra/aad.manifest.json', input.output, state);
         // The new (Graph) schema goes to Graph's PATCH /applications/{id} as it is.
         return { manifest, warnings, state, sentAsIs: AadManifestHelper.manifestToApplication(manifest) === manifest };
       } catch (err) {
         return { warnings, state, error: err.message };
       }`,
      { project: PROJECT_ROOT, output: path.join(work, 'aad.manifest.dev.json') },
      env,
    );
  }

  it("fills the sign-in app's manifest with the toolkit's own aadApp/update code: no warning, every permission resolved", () => {
    const built = builtSignInManifest({ SSO_APP_ID: SSO_ID, SSO_APP_OBJECT_ID: SSO_OBJECT_ID, APP_NAME_SUFFIX: 'dev' });
    assert.equal(built.error, undefined);
    assert.deepEqual(built.warnings, []);
    assert.equal(built.sentAsIs, true);
    const manifest = built.manifest!;
    assert.equal(manifest.id, SSO_OBJECT_ID);
    assert.equal(manifest.appId, SSO_ID);
    assert.deepEqual(manifest.identifierUris, [`api://botid-${SSO_ID}`]);
    assert.equal(manifest.displayName, 'Multi-channel Advisor sign-in dev');
    // The scope's id: generated on the first run, written back to the environment, used by every pre-authorization.
    const scopeId = built.state.AAD_APP_ACCESS_AS_USER_PERMISSION_ID!;
    assert.match(scopeId, /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    assert.equal(manifest.api.oauth2PermissionScopes[0]!.id, scopeId);
    for (const p of manifest.api.preAuthorizedApplications) assert.deepEqual(p.delegatedPermissionIds, [scopeId]);
    // Graph's permission by name, as the toolkit's own map resolves it; Partner Center's by id.
    assert.deepEqual(manifest.requiredResourceAccess, [
      { resourceAppId: 'fa3d9a0c-3fb0-42cc-9193-47c7ecd2edbd', resourceAccess: [{ id: '1cebfa2a-fb4d-419e-b5f9-839b4383e05a', type: 'Scope' }] },
      {
        resourceAppId: '00000003-0000-0000-c000-000000000000',
        resourceAccess: [
          { id: '885f682f-a990-4bad-a642-36736a74b0c7', type: 'Scope' }, // DelegatedAdminRelationship.ReadWrite.All
          { id: 'bc024368-1153-4739-b217-4326f2e966d0', type: 'Scope' }, // GroupMember.Read.All
        ],
      },
    ]);
    assert.ok(!JSON.stringify(manifest).includes('${{'));
  });

  it("stops aadApp/update when the sign-in app's ids are missing (the check can fail)", () => {
    const built = builtSignInManifest({ SSO_APP_ID: SSO_ID, APP_NAME_SUFFIX: 'dev' });
    assert.equal(built.manifest, undefined);
    assert.match(built.error ?? '', /SSO_APP_OBJECT_ID/);
  });
});
