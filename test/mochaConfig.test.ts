// The test command's own settings: a focused test (`.only`) or a pending one (no body, `.skip`)
// left in the suite fails the run instead of quietly running less of it (issue 67, finding 7).
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { spawnSync } from 'child_process';
import * as os from 'os';
import { PROJECT_ROOT } from './support/paths';

const settings = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, '.mocharc.json'), 'utf8')) as Record<string, unknown>;

describe('issue 67 finding 7: the test command forbids focused and pending tests', () => {
  it('.mocharc.json sets forbid-only and forbid-pending', () => {
    assert.equal(settings['forbid-only'], true);
    assert.equal(settings['forbid-pending'], true);
  });

  it('with those settings, a suite holding a pending test fails', function () {
    this.timeout(30_000);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mocha-forbid-'));
    try {
      const file = path.join(dir, 'pending.test.js');
      fs.writeFileSync(file, "describe('a suite', () => { it('passes', () => {}); it('is pending'); });\n");
      const mocha = path.join(PROJECT_ROOT, 'node_modules', 'mocha', 'bin', 'mocha.js');
      const flags = ['forbid-only', 'forbid-pending'].filter((f) => settings[f] === true).map((f) => `--${f}`);
      const run = spawnSync(process.execPath, [mocha, '--no-config', ...flags, file], { encoding: 'utf8' });
      assert.notEqual(run.status, 0, `the run passed:\n${run.stdout}`);
      assert.match(run.stdout + run.stderr, /Pending test forbidden/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
