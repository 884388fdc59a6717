// CONTENT_OVERLAY on the compiled bot as `npm start` runs it: a bad overlay stops start-up with a
// line per problem naming the file, the row and the key; a good one starts and shows.
import { strict as assert } from 'assert';
import * as os from 'os';
import * as path from 'path';
import { execFileSync } from 'child_process';
import { BotProcess } from '../support/botProcess';
import { PROJECT_ROOT } from '../support/paths';
import { folderWith, removeCopies } from './packCopies';

describe('the partner overlay at start-up', () => {
  after(removeCopies);

  it('stops start-up on a bad overlay with one line per problem, naming file, row and key', async () => {
    const dir = folderWith({
      'hu-HU.json': {
        name: 'Tailspin',
        rows: { G1: { links: [{ title: 'Belső wiki', url: 'http://wiki.tailspin.example/g1' }] }, G9: { steps: ['x'] } },
      },
      'overlay.json': { linkUrls: { 'no-such-link': 'https://wiki.tailspin.example/x' } },
    });
    const run = await BotProcess.run({ CONTENT_OVERLAY: dir });
    assert.equal(run.code, 1);
    const lines = run.stderr.trim().split('\n');
    assert.equal(lines[0], `Configuration error: CONTENT_OVERLAY (${dir}) is not valid:`);
    const problems = lines.slice(1);
    assert.equal(problems.length, 3, run.stderr);
    assert.ok(
      problems.some((l) => /^hu-HU\.json: rows\.G1\.links\.0\.url: .*https/.test(l)),
      run.stderr,
    );
    assert.ok(
      problems.some((l) => /^hu-HU\.json: rows\.G9\b/.test(l)),
      run.stderr,
    );
    assert.ok(
      problems.some((l) => /^overlay\.json: linkUrls\.no-such-link\b/.test(l)),
      run.stderr,
    );
    assert.doesNotMatch(run.stdout, /advisor listening/);
  });

  it('stops start-up when the overlay is not there at all', async () => {
    const missing = path.join(os.tmpdir(), 'no-such-overlay-dir');
    const run = await BotProcess.run({ CONTENT_OVERLAY: missing });
    assert.equal(run.code, 1);
    assert.match(run.stderr, /^Configuration error: CONTENT_OVERLAY \(.*no-such-overlay-dir\) is not valid:\nno-such-overlay-dir: .*cannot be read/);
  });

  it("loads the overlay's check (ajv and the schemas) only when there is an overlay", () => {
    const probe = (overlay: string): boolean =>
      JSON.parse(
        execFileSync(
          process.execPath,
          [
            '-e',
            `const { createApp } = require('./dist/src/hosting/app'); const { loadConfig } = require('./dist/src/config');
             createApp(loadConfig({ PORT: '0', LOG_LEVEL: 'silent', CONTENT_OVERLAY: ${JSON.stringify(overlay)} }));
             process.stdout.write(JSON.stringify(Object.keys(require.cache).some((k) => k.includes('node_modules/ajv/'))), () => process.exit(0));`,
          ],
          { cwd: PROJECT_ROOT, encoding: 'utf8' },
        ),
      ) as boolean;
    assert.equal(probe(''), false, 'no overlay: no validator loaded');
    assert.equal(probe('examples/overlay'), true, 'the sample overlay is checked');
  });
});
