// The container image, built the way the Dockerfile says, without Docker: the build stage's
// npm ci, build and prune run in a temporary folder, the runtime stage gets what the Dockerfile
// copies, and its command serves /healthz and /readyz. The same tree is the production tree of
// the README (npm ci && npm run build && npm prune --omit=dev, then npm start).
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { BotProcess } from '../support/botProcess';
import { folderBytes, parseDockerfile, runStages, StageResult } from '../support/dockerfile';
import { PROJECT_ROOT } from '../support/paths';

/** The README's promise for the production tree. */
export const MAX_PRODUCTION_TREE_BYTES = 300 * 1024 * 1024;

const DOCKERFILE = fs.readFileSync(path.join(PROJECT_ROOT, 'Dockerfile'), 'utf8');

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

  it('builds on a Node 24 LTS image in two stages and runs as a non-root user on 0.0.0.0', () => {
    const stages = parseDockerfile(DOCKERFILE);
    assert.equal(stages.length, 2);
    for (const stage of stages) assert.match(stage.image, /^node:24(-|$)/, `${stage.name} on Node 24`);
    assert.ok(runtime.user && runtime.user !== 'root' && runtime.user !== '0', `runs as ${runtime.user}`);
    assert.equal(runtime.env.HOST, '0.0.0.0');
  });

  it('installs without peer-dependency conflicts (no ERESOLVE) and with every engine the project allows', () => {
    assert.ok(build.output.length > 0);
    assert.doesNotMatch(build.output, /ERESOLVE|peer dep/i);
    assert.doesNotMatch(build.output, /EBADENGINE/);
  });

  it("ships restify's spdy as the stand-in (the real one needs a binding Node 24 no longer has)", () => {
    const spdy = JSON.parse(fs.readFileSync(path.join(runtime.dir, 'node_modules/spdy/package.json'), 'utf8')) as { version: string };
    assert.match(spdy.version, /-stub$/);
    for (const gone of ['spdy-transport', 'http-deceiver']) assert.ok(!fs.existsSync(path.join(runtime.dir, 'node_modules', gone)), `${gone} is not installed`);
  });

  it('ships a production tree within 300 MB with the Web Chat bundle and no Web Chat sources or compiler', () => {
    const bytes = folderBytes(runtime.dir);
    console.log(`      production tree: ${(bytes / 1024 / 1024).toFixed(0)} MB (node_modules ${(folderBytes(path.join(runtime.dir, 'node_modules')) / 1024 / 1024).toFixed(0)} MB)`);
    assert.ok(bytes <= MAX_PRODUCTION_TREE_BYTES, `${bytes} bytes`);
    for (const dev of ['botframework-webchat', 'typescript', 'react', 'mocha', 'tsx', 'esbuild', '@microsoft/teams-js']) {
      assert.ok(!fs.existsSync(path.join(runtime.dir, 'node_modules', dev)), `${dev} is not in the production tree`);
    }
    assert.ok(fs.statSync(path.join(runtime.dir, 'dist/src/hosting/webchat/assets/webchat.js')).size > 1024 * 1024, 'the Web Chat bundle is in the build output');
    assert.ok(fs.statSync(path.join(runtime.dir, 'dist/src/hosting/panel/assets/panel.js')).size > 100 * 1024, 'the side panel bundle is in the build output');
  });

  for (const [how, launch] of [
    ['its command', (r: StageResult) => ({ command: r.cmd![0] === 'node' ? process.execPath : r.cmd![0]!, args: r.cmd!.slice(1), cwd: r.dir })],
  ] as const) {
    it(`starts with ${how} and serves /healthz, /readyz and the page's bundle`, async () => {
      const bot = await BotProcess.start({ ...runtime.env, PORT: '0', HOME: os.tmpdir() }, { launch: launch(runtime), timeoutMs: 60_000 });
      try {
        for (const route of ['/healthz', '/readyz', '/']) assert.equal((await fetch(bot.base + route)).status, 200, route);
        const page = await (await fetch(bot.base + '/')).text();
        const bundle = /\/assets\/webchat\.js\?v=[0-9a-f]+/.exec(page);
        assert.ok(bundle, 'the page refers to the bundle');
        assert.equal((await fetch(bot.base + bundle[0])).status, 200);
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

  it('leaves a pruned checkout that npm start serves without a compiler', async () => {
    // The build stage after `npm prune --omit=dev` is the README's production tree.
    assert.ok(!fs.existsSync(path.join(build.dir, 'node_modules', 'typescript')));
    const bot = await BotProcess.start({ PORT: '0', HOST: '127.0.0.1', HOME: os.tmpdir() }, { launch: { command: 'npm', args: ['start', '--silent'], cwd: build.dir }, timeoutMs: 60_000 });
    try {
      for (const route of ['/healthz', '/readyz']) assert.equal((await fetch(bot.base + route)).status, 200, route);
    } finally {
      await bot.stop();
    }
    // npm runs the bot as its own child: stopping npm stops the bot too.
    await assert.rejects(fetch(bot.base + '/healthz'), 'nothing serves once stopped');
  });
});
