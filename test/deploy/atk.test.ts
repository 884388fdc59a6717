// The Agents Toolkit accepts the project offline: the package `npm run package` builds passes
// `atk validate`, with and without a sign-in app, and `atk package --env dev` builds the same
// manifest template into a zip.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { buildAppPackage } from '../../scripts/lib/app-package';
import { readZip } from '../../scripts/lib/zip';
import { atk, ensureAtk } from '../support/atk';
import { PROJECT_ROOT } from '../support/paths';

const BOT_ID = '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b';
const TEAMS_ID = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const HOST = 'advisor-test.azurewebsites.net';
const SSO_ID = '7c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f';
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

  it('packages the dev environment from manifest/ with the toolkit', async () => {
    const zip = path.join(work, 'appPackage.dev.zip');
    const run = atk(
      ['package', '--env', 'dev', '--manifest-file', './manifest/manifest.json', '--output-package-file', zip, '--output-folder', work],
      PROJECT_ROOT,
      PROVISIONED,
    );
    assert.equal(run.status, 0, run.stdout + run.stderr);
    const entries = new Map((await readZip(fs.readFileSync(zip))).map((e) => [e.name, e.data.toString('utf8')]));
    assert.deepEqual([...entries.keys()].sort(), ['color.png', 'hu.json', 'manifest.json', 'outline.png', 'pt.json', 'ru.json', 'zh-cn.json']);
    const manifest = JSON.parse(entries.get('manifest.json')!) as {
      id: string;
      version: string;
      bots: { botId: string }[];
      validDomains: string[];
      webApplicationInfo: { id: string; resource: string };
    };
    assert.equal(manifest.id, TEAMS_ID);
    assert.equal(manifest.bots[0]!.botId, BOT_ID);
    assert.deepEqual(manifest.validDomains, [HOST, 'token.botframework.com']);
    assert.deepEqual(manifest.webApplicationInfo, { id: SSO_ID, resource: `api://botid-${SSO_ID}` });
    assert.equal(manifest.version, (JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string }).version);
    for (const text of entries.values()) assert.ok(!text.includes('${{'), 'every placeholder filled');
  });

  it('refuses to package without a sign-in app: provisioning creates one first (m365agents*.yml)', () => {
    const { SSO_APP_ID: _sso, ...withoutSignIn } = PROVISIONED;
    const run = atk(
      ['package', '--env', 'dev', '--manifest-file', './manifest/manifest.json', '--output-package-file', path.join(work, 'none.zip'), '--output-folder', work],
      PROJECT_ROOT,
      withoutSignIn,
    );
    assert.notEqual(run.status, 0);
    assert.match(run.stdout + run.stderr, /SSO_APP_ID/);
  });
});
