// The committed mutation results and docs/testing.md agree: every mutant of src/domain no test
// catches is explained there (counted, per line), and no explanation is left on a line that holds
// none (a row whose code moved away would explain whatever came to stand there). A mutation run
// whose survivors are not sorted, or a row moved by hand to the wrong line, fails here.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { Report, stalePlaces, unexplainedMutants } from '../../scripts/lib/mutationScore';
import { PROJECT_ROOT } from '../support/paths';

function read(): { report: Report; markdown: string } {
  return {
    report: JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'test', 'mutation', 'incremental.json'), 'utf8')) as Report,
    markdown: fs.readFileSync(path.join(PROJECT_ROOT, 'docs', 'testing.md'), 'utf8'),
  };
}

describe('mutation results against docs/testing.md', () => {
  it('leaves no survivor of src/domain unexplained', () => {
    const { report, markdown } = read();
    assert.deepStrictEqual(unexplainedMutants(report, 'src/domain/', markdown), []);
  });

  it('keeps no explanation on a line of src/domain that holds no survivor', () => {
    const { report, markdown } = read();
    assert.deepStrictEqual(
      stalePlaces(report, 'src/domain/', markdown).map((p) => `${p.place} (docs/testing.md:${p.at})`),
      [],
    );
  });
});
