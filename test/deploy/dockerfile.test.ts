// The container image, built the way the Dockerfile says, without Docker: the build stage's
// npm ci, production build and prune run in a temporary folder, the runtime stage gets what the
// Dockerfile copies, and its command serves /healthz and /readyz. The same tree is the production
// tree of the README (npm ci && npm run build:production && npm run prune:production, then npm start),
// which App Service gets too.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import { spawnSync } from 'child_process';
import * as path from 'path';
import { BotProcess, START_FLAGS } from '../support/botProcess';
import { trackedTopLevel } from '../support/deployFiles';
import { diskBytes, dockerignored, folderBytes, parseDockerfile, runStages, StageResult } from '../support/dockerfile';
import { PROJECT_ROOT } from '../support/paths';

/** The README's promise for the production tree, on disk (as `du -sh` counts it). */
export const MAX_PRODUCTION_TREE_BYTES = 300 * 1024 * 1024;

const DOCKERFILE = fs.readFileSync(path.join(PROJECT_ROOT, 'Dockerfile'), 'utf8');

/**
 * The image serves on every interface, so it needs a registration: as production runs it, a managed
 * identity (no client secret) and the Azure Bot's Direct Line for the page (a stand-in secret; the
 * page needs no call to Direct Line to render).
 */
const REGISTRATION = {
  MicrosoftAppId: '11111111-2222-3333-4444-555555555555',
  MicrosoftAppType: 'UserAssignedMSI',
  MicrosoftAppTenantId: 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
  DIRECT_LINE_SECRET: 'stand-in-direct-line-secret-0123456789',
};

describe('container image (the Dockerfile run without Docker)', function () {
  this.timeout(15 * 60_000);
  let work: string;
  let runtime: StageResult;
  let build: StageResult;

  before(() => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'advisor-image-'));
    const stages = parseDockerfile(DOCKERFILE);
    const env: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? os.homedir(), CI: 'true' };
    // How this machine reaches the registry (a proxy, its certificates), as a build on a company
    // network passes them to `docker build`; nothing else of the environment goes in.
    for (const name of ['NODE_OPTIONS', 'NODE_EXTRA_CA_CERTS', 'HTTPS_PROXY', 'HTTP_PROXY', 'NO_PROXY', 'https_proxy', 'http_proxy', 'no_proxy']) {
      const value = process.env[name];
      if (value) env[name] = value;
    }
    const results = runStages(stages, PROJECT_ROOT, work, env);
    build = results.get('build')!;
    runtime = results.get(stages[stages.length - 1]!.name)!;
  });

  after(() => {
    if (work) fs.rmSync(work, { recursive: true, force: true });
  });

  it('builds on a Node 24 LTS image of the current Debian (13, trixie) in two stages and runs as a non-root user on 0.0.0.0', () => {
    const stages = parseDockerfile(DOCKERFILE);
    assert.equal(stages.length, 2);
    for (const stage of stages) assert.match(stage.image, /^node:24-trixie(-slim)?$/, `${stage.name} on Node 24 and Debian 13`);
    assert.ok(runtime.user && runtime.user !== 'root' && runtime.user !== '0', `runs as ${runtime.user}`);
    assert.equal(runtime.env.HOST, '0.0.0.0');
  });

  it("starts the bot as npm start does, with the heap's bounds that keep a flood's garbage from growing the process", () => {
    assert.deepEqual(runtime.cmd, ['node', ...START_FLAGS, 'dist/src/index.js']);
    assert.ok(START_FLAGS.some((f) => f.startsWith('--max-old-space-size=')) && START_FLAGS.some((f) => f.startsWith('--max-semi-space-size=')));
  });

  it('installs without peer-dependency conflicts (no ERESOLVE) and with every engine the project allows', () => {
    assert.ok(build.output.length > 0);
    assert.doesNotMatch(build.output, /ERESOLVE|peer dep/i);
    assert.doesNotMatch(build.output, /EBADENGINE/);
  });

  it('ships restify 12, which no longer loads spdy or anything that needs a removed Node binding', () => {
    const restify = JSON.parse(fs.readFileSync(path.join(runtime.dir, 'node_modules/restify/package.json'), 'utf8')) as { version: string };
    assert.match(restify.version, /^12\./);
    for (const gone of ['spdy', 'spdy-transport', 'http-deceiver', 'handle-thing'])
      assert.ok(!fs.existsSync(path.join(runtime.dir, 'node_modules', gone)), `${gone} is not installed`);
  });

  it('ships no tests, benchmark or their build output, only the bot', () => {
    assert.deepEqual(fs.readdirSync(path.join(runtime.dir, 'dist')).sort(), ['cards', 'content', 'scripts', 'src']);
    assert.deepEqual(
      fs.readdirSync(path.join(runtime.dir, 'dist/scripts')).filter((f) => f.endsWith('.js')),
      ['copy-page-assets.js'],
    );
    for (const dir of [runtime.dir, build.dir]) {
      for (const gone of ['dist/test', 'dist/bench', 'test', 'bench']) assert.ok(!fs.existsSync(path.join(dir, gone)), `${path.basename(dir)} has no ${gone}`);
    }
    assert.ok(fs.existsSync(path.join(runtime.dir, 'dist/src/index.js')));
  });

  it('takes into the build context only what it copies: every other file of the project is in .dockerignore', () => {
    const copied = new Set(
      parseDockerfile(DOCKERFILE).flatMap((stage) =>
        stage.instructions.filter((i) => i.keyword === 'COPY' && !i.args.includes('--from=')).flatMap((i) => i.args.split(/\s+/).slice(0, -1)),
      ),
    );
    const ignored = dockerignored(fs.readFileSync(path.join(PROJECT_ROOT, '.dockerignore'), 'utf8'));
    const topLevel = trackedTopLevel();
    assert.ok(topLevel.includes('test') && topLevel.includes('src'));
    for (const entry of topLevel)
      assert.ok(copied.has(entry) !== ignored(entry), `${entry} is ${copied.has(entry) ? 'copied and ignored' : 'neither copied nor ignored'}`);
    for (const secret of ['.env', '.env.dev', 'env/.env.dev.user', '.localConfigs']) assert.ok(ignored(secret), `${secret} stays out`);
  });

  it('ships a production tree within 300 MB with the Web Chat bundle and no Web Chat sources or compiler', () => {
    const bytes = diskBytes(runtime.dir);
    console.log(`      production tree: ${(bytes / 1024 / 1024).toFixed(1)} MB on disk, ${(folderBytes(runtime.dir) / 1024 / 1024).toFixed(1)} MB of files`);
    assert.ok(bytes <= MAX_PRODUCTION_TREE_BYTES, `${bytes} bytes on disk`);
    for (const dev of ['botframework-webchat', 'typescript', 'react', 'mocha', 'tsx', 'esbuild', '@microsoft/teams-js']) {
      assert.ok(!fs.existsSync(path.join(runtime.dir, 'node_modules', dev)), `${dev} is not in the production tree`);
    }
    assert.ok(
      fs.statSync(path.join(runtime.dir, 'dist/src/hosting/webchat/assets/webchat.js')).size > 1024 * 1024,
      'the Web Chat bundle is in the build output',
    );
    assert.ok(fs.statSync(path.join(runtime.dir, 'dist/src/hosting/panel/assets/panel.js')).size > 100 * 1024, 'the side panel bundle is in the build output');
  });

  for (const [how, launch] of [
    ['its command', (r: StageResult) => ({ command: r.cmd![0] === 'node' ? process.execPath : r.cmd![0]!, args: r.cmd!.slice(1), cwd: r.dir })],
  ] as const) {
    it(`starts with ${how} and a registration, and serves /healthz, /readyz and the page's bundle`, async () => {
      const bot = await BotProcess.start({ ...runtime.env, ...REGISTRATION, PORT: '0', HOME: os.tmpdir() }, { launch: launch(runtime), timeoutMs: 60_000 });
      try {
        for (const route of ['/healthz', '/readyz', '/']) assert.equal((await fetch(bot.base + route)).status, 200, route);
        const page = await (await fetch(bot.base + '/')).text();
        const bundle = /\/assets\/webchat\.js\?v=[0-9a-f]+/.exec(page);
        assert.ok(bundle, 'the page refers to the bundle');
        assert.equal((await fetch(bot.base + bundle[0])).status, 200);
        // No warning silenced and none printed: nothing in the tree uses a deprecated Node API at start.
        assert.ok(!runtime.cmd!.some((a) => a.startsWith('--disable-warning') || a === '--no-deprecation'), 'no warning silenced');
        assert.doesNotMatch(bot.stderr, /Warning|\(node:\d+\)/);
        // The side panel's bundle was made at build time; the pruned tree serves it as it is.
        const panel = await (await fetch(bot.base + '/panel')).text();
        const panelBundle = /\/panel\/panel\.js\?v=[0-9a-f]+/.exec(panel);
        assert.ok(panelBundle, 'the side panel refers to its bundle');
        assert.equal((await fetch(bot.base + panelBundle[0])).status, 200);
      } finally {
        await bot.stop();
      }
    });
  }

  it('refuses to serve on 0.0.0.0 without a registration, with one line naming the settings it needs', () => {
    const cmd = runtime.cmd!;
    const run = spawnSync(cmd[0] === 'node' ? process.execPath : cmd[0]!, cmd.slice(1), {
      cwd: runtime.dir,
      env: { PATH: process.env.PATH ?? '', ...runtime.env, PORT: '0', HOME: os.tmpdir() },
      encoding: 'utf8',
      timeout: 60_000,
    });
    assert.equal(run.status, 1);
    const lines = run.stderr.trim().split('\n');
    assert.equal(lines.length, 1, run.stderr);
    assert.match(lines[0]!, /HOST is 0\.0\.0\.0 but MicrosoftAppId is empty.*MicrosoftAppType/);
    assert.doesNotMatch(run.stdout, /advisor listening/);
  });

  it('leaves a pruned checkout that npm start serves without a compiler', async () => {
    // The build stage after `npm run prune:production` is the README's production tree.
    assert.ok(!fs.existsSync(path.join(build.dir, 'node_modules', 'typescript')));
    const bot = await BotProcess.start(
      { PORT: '0', HOST: '127.0.0.1', HOME: os.tmpdir() },
      { launch: { command: 'npm', args: ['start', '--silent'], cwd: build.dir }, timeoutMs: 60_000 },
    );
    try {
      for (const route of ['/healthz', '/readyz']) assert.equal((await fetch(bot.base + route)).status, 200, route);
    } finally {
      await bot.stop();
    }
    // npm runs the bot as its own child: stopping npm stops the bot too.
    await assert.rejects(fetch(bot.base + '/healthz'), 'nothing serves once stopped');
  });
});
