// The follow-ups' documentation names Microsoft's sources as the review of 25 November 2026 found
// them: the 90 days of a GDAP request come from the GDAP FAQ, not from Graph (D9); the poller's
// app needs Graph's application permission DelegatedAdminRelationship.Read.All (D15).
import { strict as assert } from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';

const root = join(__dirname, '..', '..', '..');
const read = (file: string): string => readFileSync(join(root, file), 'utf8');

describe('Follow-up documentation to its sources', () => {
  it('D9: the 90-day GDAP deadline cites the GDAP FAQ, in the docs and the code, never Graph keeping a relationship approvalPending', () => {
    for (const file of ['docs/actions.md', 'src/domain/cases.ts']) {
      const text = read(file);
      assert.match(text, /dap-faq/, `${file} cites the GDAP FAQ`);
      assert.match(text, /GDAP relationship\s+(?:\*\s+)?requests expire after 90 days/, `${file} quotes it`);
      assert.doesNotMatch(text, /Graph keeps a relationship `approvalPending` that long|"approvalPending" for up to 90/, `${file} no longer credits Graph`);
    }
  });

  it('D15: the deployment guide asks for the Graph application permission the poller needs, with admin consent', () => {
    const section = read('docs/deploy.md').split('**The follow-up app**').at(-1) ?? '';
    assert.match(section, /application\*\* permission `DelegatedAdminRelationship\.Read\.All`/);
    assert.match(section, /admin\s+consent/);
  });
});
