// The README's start commands from a checkout: `npm start` refuses a Node below package.json's
// engines with one line, before any build; it builds only what changed (a second start on an
// unchanged tree rewrites nothing in dist/), and `npm run playground` follows PORT, so
// `PORT=<n> npm start` and `PORT=<n> npm run playground` talk to each other.
import { strict as assert } from 'assert';
import { ChildProcess, execFile, spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { promisify } from 'util';
import WebSocket from 'ws';
import { BotProcess } from '../support/botProcess';
import { PROJECT_ROOT } from '../support/paths';
import { DEFAULT_IDS, LOOPBACK_PRELOAD, configYaml } from '../support/playground';
import { freePort } from '../support/http';

const run = promisify(execFile);
const DIST = path.join(PROJECT_ROOT, 'dist');

/** Every file under dist/ with its modification time. */
function snapshot(dir: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    out.set(path.relative(dir, full), fs.statSync(full).mtimeMs);
  }
  return out;
}

const USER = DEFAULT_IDS.user;
const CHAT = DEFAULT_IDS.personal;

describe('npm start and npm run playground', function () {
  this.timeout(180_000);

  const PRESTART = path.join(PROJECT_ROOT, 'scripts', 'prestart.js');

  it("names the Node it needs, from package.json's engines, for a Node below it and only then", () => {
    const { nodeRefusal } = require(PRESTART) as { nodeRefusal(version: string, range: string): string | undefined };
    const range = (JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { engines: { node: string } }).engines.node;
    assert.equal(range, '>=22.13.0', 'the range the README names');
    for (const old of ['v20.19.2', 'v22.12.0', 'v18.20.8', 'v22.9.10']) {
      assert.match(
        nodeRefusal(old, range) ?? '',
        new RegExp(`needs Node\\.js 22\\.13\\.0 or newer.*this is Node\\.js ${old.slice(1).replace(/\./g, '\\.')}\\.`),
        old,
      );
    }
    for (const supported of ['v22.13.0', 'v22.20.1', 'v24.11.0', 'v30.0.0']) assert.equal(nodeRefusal(supported, range), undefined, supported);
  });

  it('an unsupported Node stops prestart with that one line, before any setting or build', async () => {
    // The Node running this test, made to say it is 20 (the script reads process.version).
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'old-node-'));
    const preload = path.join(dir, 'node20.cjs');
    fs.writeFileSync(preload, "Object.defineProperty(process, 'version', { value: 'v20.19.2' });\n");
    const before = snapshot(DIST);
    try {
      const failed = await run(process.execPath, ['--require', preload, PRESTART], {
        cwd: PROJECT_ROOT,
        env: { ...process.env, PORT: 'abc' },
        timeout: 30_000,
      }).then(
        () => assert.fail('prestart went on under Node 20'),
        (error: { code?: number; stdout: string; stderr: string }) => error,
      );
      assert.equal(failed.code, 1);
      assert.deepEqual(failed.stderr.trim().split('\n'), [
        'Multi-channel Advisor needs Node.js 22.13.0 or newer (24 LTS recommended); this is Node.js 20.19.2. How to get it: "Node.js" in README.md.',
      ]);
      assert.equal(failed.stdout, '', 'nothing else: no build, no setting checked (PORT=abc would have said so)');
      assert.deepEqual(snapshot(DIST), before, 'nothing in dist/ was rewritten');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a second start on an unchanged tree rewrites nothing in dist/ (an incremental build)', async () => {
    // `npm test` has just built the tree, so this is the second build.
    const before = snapshot(DIST);
    assert.ok(before.size > 100 && [...before.keys()].some((f) => f.endsWith('tsbuildinfo')), 'a built dist/ with its build info');
    await run(process.execPath, [path.join(PROJECT_ROOT, 'scripts', 'prestart.js')], { cwd: PROJECT_ROOT, env: process.env, timeout: 150_000 });
    const after = snapshot(DIST);
    const changed = [...after].filter(([file, mtime]) => before.get(file) !== mtime).map(([file]) => file);
    assert.deepEqual(changed, [], 'files rewritten by the second build');
  });

  it('a bad setting stops npm start on a built tree with one line, before any build', async () => {
    const before = snapshot(DIST);
    const started = Date.now();
    const failed = await run('npm', ['start', '--silent'], { cwd: PROJECT_ROOT, env: { ...process.env, PORT: 'abc' }, timeout: 60_000 }).then(
      () => assert.fail('npm start succeeded with PORT=abc'),
      (error: { code?: number; stdout: string; stderr: string }) => error,
    );
    assert.notEqual(failed.code, 0);
    assert.equal(failed.stderr.trim().split('\n')[0], 'Configuration error: PORT must be a whole number from 0 to 65535 (got "abc").');
    assert.doesNotMatch(failed.stdout + failed.stderr, /tsc -p/, 'no build ran');
    assert.deepEqual(snapshot(DIST), before, 'nothing in dist/ was rewritten');
    process.stdout.write(`      PORT=abc refused in ${Date.now() - started} ms\n`);
  });

  it('PORT=<n> npm start and PORT=<n> npm run playground talk to each other', async () => {
    const port = await freePort();
    const playgroundPort = await freePort();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'playground-script-'));
    fs.writeFileSync(path.join(dir, 'preload.cjs'), LOOPBACK_PRELOAD);
    fs.writeFileSync(path.join(dir, 'config.yml'), configYaml({ id: DEFAULT_IDS.botId, name: 'Advisor' }));
    let bot: BotProcess | undefined;
    let playground: ChildProcess | undefined;
    let socket: WebSocket | undefined;
    try {
      bot = await BotProcess.start(
        { PORT: String(port), HOST: '127.0.0.1', HOME: os.tmpdir() },
        { launch: { command: 'npm', args: ['start', '--silent'], cwd: PROJECT_ROOT }, timeoutMs: 150_000 },
      );
      assert.equal(new URL(bot.base).port, String(port));

      const env: NodeJS.ProcessEnv = {
        PATH: process.env.PATH ?? '',
        HOME: os.tmpdir(),
        PORT: String(port),
        PLAYGROUND_PORT: String(playgroundPort),
        // No desktop here (no DISPLAY): the script must set the playground's no-browser setting itself.
        NODE_OPTIONS: `--require ${path.join(dir, 'preload.cjs')}`,
        APPLICATION_INSIGHTS_NO_STATSBEAT: 'true',
        M365_AGENTS_PLAYGROUND_CONFIG_PATH: path.join(dir, 'config.yml'),
        M365_AGENTS_PLAYGROUND_LOGFILE: path.join(dir, 'playground.log'),
      };
      const child = spawn('npm', ['run', 'playground', '--silent', '--', '--service-url', `http://127.0.0.1:${playgroundPort}/_connector`], {
        cwd: PROJECT_ROOT,
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: true,
      });
      playground = child;
      let output = '';
      const told = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`the playground never said where to open it:\n${output}`)), 60_000);
        const onData = (chunk: Buffer): void => {
          output += chunk.toString();
          const line = /Agents Playground: open (\S+?);? .*$/m.exec(output);
          if (line) {
            clearTimeout(timer);
            resolve(line[0]);
          }
        };
        child.stdout!.on('data', onData);
        child.stderr!.on('data', onData);
        child.once('exit', (code) => reject(new Error(`the playground exited (${code}):\n${output}`)));
      });
      assert.ok(told.includes(`http://localhost:${playgroundPort}`), told);
      assert.ok(told.includes(`http://127.0.0.1:${port}/api/messages`), told);

      // "Listening" comes a moment before its routes answer.
      for (let i = 0; ; i++) {
        const ping = await fetch(`http://127.0.0.1:${playgroundPort}/_debug/ping`).catch(() => undefined);
        if (ping?.status === 200) break;
        assert.ok(i < 200, `the playground never answered /_debug/ping:\n${output}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      socket = new WebSocket(`ws://127.0.0.1:${playgroundPort}/_ws_conversation/v1/conversations/stream`, { perMessageDeflate: false });
      const ws = socket;
      await new Promise((resolve, reject) => {
        ws.once('open', resolve);
        ws.once('error', reject);
      });
      const reply = new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no reply from the bot through the playground')), 60_000);
        ws.on('message', (data: WebSocket.RawData) => {
          const frame = JSON.parse(data.toString()) as { action?: string; message?: unknown };
          if (frame.action === 'createMessage') {
            clearTimeout(timer);
            resolve(JSON.stringify(frame.message));
          }
        });
      });
      const sent = await fetch(`http://127.0.0.1:${playgroundPort}/_conversation/v1/conversations/${encodeURIComponent(CHAT)}/messages`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ from: { id: USER.id }, text: 'help', textFormat: 'plain' }),
      });
      assert.equal(sent.status, 200, await sent.text());
      // The bot's help card (its commands) came back through the playground.
      assert.match(await reply, /Start over|restart/);
    } finally {
      socket?.close();
      if (playground?.pid !== undefined && playground.exitCode === null) {
        try {
          process.kill(-playground.pid, 'SIGTERM');
        } catch {
          // already gone
        }
      }
      await bot?.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
