// `npm run playground`: the Microsoft 365 Agents Playground talking to the bot that `npm start`
// runs. It follows the bot's PORT (and HOST), so `PORT=4000 npm start` and `PORT=4000 npm run
// playground` find each other, and says where to open it. Without a desktop (no DISPLAY or
// WAYLAND_DISPLAY on Linux, or CI) the playground would fail trying to open a browser, so its
// own setting for that, TEAMSAPPTESTER_BROWSER=none, is set there. Extra arguments after `--`
// go to the playground (they may override the channel or its port).
// Plain JavaScript: it must run without tsx.
'use strict';
const path = require('path');
const readline = require('readline');
const { spawn } = require('child_process');

/** The bot's endpoint from the same settings `npm start` reads. */
function botEndpoint(env) {
  const port = env.PORT && /^\d{1,5}$/.test(env.PORT) && Number(env.PORT) > 0 ? Number(env.PORT) : 3978;
  const host = !env.HOST || env.HOST === '0.0.0.0' || env.HOST === '::' ? '127.0.0.1' : env.HOST;
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}/api/messages`;
}

function headless(env) {
  if (env.CI === 'true') return true;
  return process.platform === 'linux' && !env.DISPLAY && !env.WAYLAND_DISPLAY;
}

if (process.argv.slice(2).some((arg) => arg === '--help' || arg === '-h')) {
  console.log(
    [
      'Usage: npm run playground [-- PLAYGROUND_OPTIONS]',
      'Opens the Microsoft 365 Agents Playground on the bot that npm start runs (start it first), at',
      "the bot's PORT and HOST (from the environment or .env); PLAYGROUND_PORT sets the playground's own port (56150).",
      'Options after -- go to the playground itself. docs/deploy.md ("Debug locally") says more.',
    ].join('\n'),
  );
  process.exit(0);
}

// The bot reads a .env file when there is one (the environment wins); so does this, so a PORT set
// there is followed too.
require('dotenv').config({ quiet: true });
const env = { ...process.env };
if (headless(env) && !env.TEAMSAPPTESTER_BROWSER) env.TEAMSAPPTESTER_BROWSER = 'none';
const endpoint = botEndpoint(env);
const playgroundPort = env.PLAYGROUND_PORT && /^\d{1,5}$/.test(env.PLAYGROUND_PORT) ? env.PLAYGROUND_PORT : '56150';

let cli;
try {
  cli = path.join(path.dirname(require.resolve('@microsoft/m365agentsplayground/package.json')), 'cli.js');
} catch {
  console.error('playground: the Agents Playground is a development dependency: run npm ci first.');
  process.exit(1);
}

const args = [cli, 'start', '-e', endpoint, '-c', 'msteams', '-p', playgroundPort, '--disable-telemetry', ...process.argv.slice(2)];
const child = spawn(process.execPath, args, { env, stdio: ['inherit', 'pipe', 'inherit'] });
let told = false;
readline.createInterface({ input: child.stdout }).on('line', (line) => {
  console.log(line);
  // "Listening on <port>": the port it really took (a busy one falls back to a random port).
  const listening = /Listening on (\d+)/.exec(line);
  if (listening && !told) {
    told = true;
    const browser = env.TEAMSAPPTESTER_BROWSER === 'none' ? ' (no browser opened here)' : '';
    console.log(`Agents Playground: open http://localhost:${listening[1]}${browser}; it talks to the bot at ${endpoint}.`);
  }
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => {
  process.exitCode = code ?? (signal ? 1 : 0);
});
