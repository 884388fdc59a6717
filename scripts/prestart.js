// Runs before `npm start`. With the dev dependencies installed (a checkout), it builds, so a
// fresh clone's `npm ci && npm start` works and an edited source is never served stale. In a
// production tree (npm prune --omit=dev: no TypeScript) it starts the build that is there, and
// says in one line what to do when there is none. A bad setting stops it before any build.
// Plain JavaScript: it must run without tsx, and on an old Node to say that it is too old.
// A Node below package.json's engines stops it first, with one line naming the Node it needs.
'use strict';
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const root = path.resolve(__dirname, '..');

/** The lowest version a ">=x.y.z" range allows, as numbers; undefined for any other range. */
function lowest(range) {
  const match = /^>=\s*(\d+)\.(\d+)\.(\d+)$/.exec(String(range).trim());
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : undefined;
}

/** The refusal for a Node below `range`, or undefined when `version` ("v20.19.2") is supported. */
function nodeRefusal(version, range) {
  const needed = lowest(range);
  const have = /^v?(\d+)\.(\d+)\.(\d+)/.exec(version);
  if (!needed || !have) return undefined;
  for (let i = 0; i < 3; i++) {
    const part = Number(have[i + 1]);
    if (part > needed[i]) return undefined;
    if (part < needed[i]) {
      return (
        'Multi-channel Advisor needs Node.js ' +
        needed.join('.') +
        ' or newer (24 LTS recommended); this is Node.js ' +
        version.replace(/^v/, '') +
        '. How to get it: "Node.js" in README.md.'
      );
    }
  }
  return undefined;
}

function main() {
  const refusal = nodeRefusal(process.version, require(path.join(root, 'package.json')).engines.node);
  if (refusal) {
    console.error(refusal);
    process.exit(1);
  }

  // Settings first: on a built tree a bad setting is reported at once, not after the build. The
  // check is the built one's (a setting added by this very build is checked when the bot starts).
  const configModule = path.join(root, 'dist', 'src', 'hosting', 'config', 'index.js');
  if (fs.existsSync(configModule)) {
    require('dotenv').config({ quiet: true });
    const { loadConfig, ConfigError } = require(configModule);
    try {
      loadConfig(process.env);
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      console.error(`Configuration error: ${error.message}`);
      process.exit(1);
    }
  }

  let hasCompiler = true;
  try {
    require.resolve('typescript', { paths: [root] });
  } catch {
    hasCompiler = false;
  }
  if (hasCompiler) {
    const npm = process.env.npm_execpath;
    const run = npm
      ? spawnSync(process.execPath, [npm, 'run', 'build'], { cwd: root, stdio: 'inherit' })
      : spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
    process.exitCode = run.status ?? 1;
  } else if (!fs.existsSync(path.join(root, 'dist', 'src', 'index.js'))) {
    console.error('prestart: no build in dist/ and no TypeScript to make one: run npm ci && npm run build first.');
    process.exitCode = 1;
  }
}

module.exports = { nodeRefusal };
if (require.main === module) main();
