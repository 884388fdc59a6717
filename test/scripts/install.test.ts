// The README's first step, `npm ci`, on a Node below package.json's engines: it stops at once,
// naming the Node it needs (engine-strict in .npmrc), before it installs anything; a newcomer on
// Node 20 once waited minutes of engine warnings for `npm start` to say the same (issue 65, item 6).
import { strict as assert } from 'assert';
import { execFile } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { promisify } from 'util';
import { PROJECT_ROOT } from '../support/paths';

const run = promisify(execFile);

describe('npm ci on an unsupported Node', function () {
  this.timeout(120_000);

  it('issue 65 item 6: stops at once with the Node it needs, before installing anything', async () => {
    // The project's install files alone, in a directory of their own; the Node running npm made to say it is 20.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'old-node-install-'));
    try {
      for (const file of ['package.json', 'package-lock.json', '.npmrc']) fs.copyFileSync(path.join(PROJECT_ROOT, file), path.join(dir, file));
      const preload = path.join(dir, 'node20.cjs');
      fs.writeFileSync(preload, "Object.defineProperty(process, 'version', { value: 'v20.19.2' });\n");
      const options = process.env.NODE_OPTIONS ? `${process.env.NODE_OPTIONS} ` : '';
      const failed = await run('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund'], {
        cwd: dir,
        env: { ...process.env, NODE_OPTIONS: `${options}--require ${preload}` },
        timeout: 100_000,
      }).then(
        () => assert.fail('npm ci installed on Node 20'),
        (error: { code?: number; stdout: string; stderr: string }) => error,
      );
      assert.notEqual(failed.code, 0);
      assert.match(failed.stderr, /EBADENGINE/);
      assert.match(failed.stderr, /Required: \{"node":">=22\.13\.0"\}/, 'npm names the Node the project needs');
      assert.equal(fs.existsSync(path.join(dir, 'node_modules')), false, 'nothing was installed');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('npm ci on the lowest Node the project accepts', function () {
  this.timeout(120_000);

  it('every package in the lock accepts it (a dependency needing a newer Node would stop npm ci there)', async () => {
    // The lowest version engines allows, e.g. ">=22.13.0" gives v22.13.0; npm made to believe it runs on it.
    const engines = (JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { engines: { node: string } }).engines.node;
    const lowest = /^>=(\d+\.\d+\.\d+)$/.exec(engines)?.[1];
    assert.ok(lowest, `engines.node is a plain lower bound: ${engines}`);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lowest-node-install-'));
    try {
      for (const file of ['package.json', 'package-lock.json', '.npmrc']) fs.copyFileSync(path.join(PROJECT_ROOT, file), path.join(dir, file));
      const preload = path.join(dir, 'lowest-node.cjs');
      fs.writeFileSync(preload, `Object.defineProperty(process, 'version', { value: 'v${lowest}' });\n`);
      const options = process.env.NODE_OPTIONS ? `${process.env.NODE_OPTIONS} ` : '';
      // A dry run checks every locked package's engines (engine-strict) without downloading anything.
      const done = await run('npm', ['ci', '--dry-run', '--ignore-scripts', '--no-audit', '--no-fund'], {
        cwd: dir,
        env: { ...process.env, NODE_OPTIONS: `${options}--require ${preload}` },
        timeout: 100_000,
      }).then(
        (result) => ({ code: 0, ...result }),
        (error: { code?: number; stdout: string; stderr: string }) => error,
      );
      assert.equal(done.code, 0, `npm ci refused the lock on v${lowest}:\n${done.stderr}`);
      assert.match(done.stdout, /added \d+ packages/, 'npm went through the whole lock');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
