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
