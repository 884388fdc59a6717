// docs/policy.md is the people's view of what changed between the editions: it must be the file
// `npm run policy:diff` writes from today's data, and name every difference the rules make.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { policyDiffMarkdown } from '../../scripts/lib/policyDiff';
import { decide } from '../../src/domain/rules';
import { OUTCOME_ROWS } from '../../src/domain/outcomes';
import { allCombinations } from '../support/answerCombinations';
import { PROJECT_ROOT } from '../support/paths';

const FILE = path.join(PROJECT_ROOT, 'docs', 'policy.md');

/** The text of one row's section ("### G4" up to the next heading of that level). */
function section(doc: string, row: string): string {
  const start = doc.indexOf(`\n### ${row}\n`);
  assert.ok(start >= 0, `docs/policy.md has a section for ${row}`);
  const end = doc.indexOf('\n### ', start + 1);
  return doc.slice(start, end < 0 ? undefined : end);
}

describe('docs/policy.md', () => {
  const doc = fs.readFileSync(FILE, 'utf8');

  it('is what npm run policy:diff writes from the rules and texts of today (run it after a change)', () => {
    assert.equal(doc, policyDiffMarkdown());
  });

  it('names every difference between the editions, row by row: verdicts, links and notes', () => {
    const everyResult = doc.slice(0, doc.indexOf('## Row by row'));
    for (const answers of allCombinations()) {
      const now = decide(answers, '2026-11');
      const then = decide(answers, '2020');
      assert.equal(now.row, then.row);
      const text = section(doc, now.row);
      if (now.verdict !== then.verdict) {
        assert.ok(text.includes(`\`${now.verdict}\``) && text.includes(`\`${then.verdict}\``), `${now.row}: both verdicts`);
        assert.match(text, /\*\*Differs:\*\* verdict/);
      }
      for (const id of [...now.links, ...then.links]) assert.ok(text.includes(`\`${id}\``) || everyResult.includes(`\`${id}\``), `${now.row}: link ${id}`);
      for (const id of [...now.notes, ...then.notes]) assert.ok(text.includes(`\`${id}\``) || everyResult.includes(`\`${id}\``), `${now.row}: note ${id}`);
      // A step variant (US Government, EA, indirect reseller: errata E6, E7) is a difference too.
      if (now.variant) assert.ok(text.includes(`variant \`${now.variant}\``), `${now.row}: variant ${now.variant}`);
    }
  });

  it('lists the errata of 24 November 2026, E1 to E12, each with its rows and sources', () => {
    const errata = doc.slice(doc.indexOf('## Errata to edition 2026-11'), doc.indexOf('## On every result'));
    for (let n = 1; n <= 12; n++) assert.match(errata, new RegExp(`\\*\\*E${n}\\*\\* \\(2026-11-24; [GC]\\d.*Sources: .+\\.`), `E${n}`);
  });

  it('gives the sources and the review date of the edition in force', () => {
    assert.match(doc, /reviewed on November 24, 2026/);
    for (const row of OUTCOME_ROWS) assert.match(section(doc, row), /Sources of 2026-11:\n\n- S\d+/, row);
  });
});
