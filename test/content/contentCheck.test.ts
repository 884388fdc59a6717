// The content pack's check (npm run content:check): the shipped pack passes, and a copy broken in
// one way fails with the line that names the file, the key and what is wrong.
import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { formatProblems } from '../../src/domain/contentPack';
import { checkPackDir } from '../../src/hosting/content/readPack';
import { PROJECT_ROOT } from '../support/paths';
import { SHIPPED_PACK, copyPack, packWith, removeCopies } from './packCopies';
import { isoToday } from '../../src/hosting/content/loadContent';

/** A fixed day after every shipped review, so the tests do not depend on the calendar. */
const TODAY = '2026-12-01';
const lines = (dir: string): string[] => formatProblems(checkPackDir(dir, TODAY));

function assertLine(found: string[], expected: string): void {
  assert.ok(found.includes(expected), `expected the line\n  ${expected}\nbut got\n  ${found.join('\n  ')}`);
}

describe('content check', () => {
  after(removeCopies);

  it('passes the shipped pack, today', () => {
    assert.deepEqual(formatProblems(checkPackDir(SHIPPED_PACK, isoToday())), []);
  });

  it('names the file and the key of a Hungarian text removed', () => {
    const found = lines(packWith('texts/hu-HU.json', (t) => void delete t.notes.roles.title));
    assert.deepEqual(found, ['texts/hu-HU.json: notes.roles.title: missing (texts/en-US.json has it)']);
  });

  it('names a key a translation has that en-US lacks', () => {
    const found = lines(packWith('texts/pt-BR.json', (t) => void (t.result.extra = 'Extra')));
    assertLine(found, 'texts/pt-BR.json: result.extra: not in texts/en-US.json: remove it or add it there first');
  });

  it('names the answers no row matches when a row is removed', () => {
    const found = lines(packWith('editions/2026-11.json', (e) => void e.rows.splice(0, 1)));
    // Row G1 answered license support from five channels in two clouds, for three partner types.
    assert.equal(found.length, 30, found.join('\n'));
    assertLine(found, 'editions/2026-11.json: rows: no row matches cloud=global, channel=microsoft, service=license, goal=support, partnerType=direct');
    assertLine(
      found,
      'editions/2026-11.json: rows: no row matches cloud=usgov, channel=thirdParty, service=license, goal=support, partnerType=indirectReseller',
    );
  });

  it('names the rows that overlap', () => {
    const found = lines(packWith('editions/2020.json', (e) => void (e.rows[1].goals = ['support', 'move'])));
    assertLine(
      found,
      'editions/2020.json: rows: rows G1 (rows.0) and G2 (rows.1) all match cloud=global, channel=ea, service=license, goal=support, partnerType=direct: exactly one may',
    );
  });

  it('names a placeholder missing in a translation', () => {
    const found = lines(packWith('texts/ru-RU.json', (t) => void (t.result.caseLabel = 'Случай')));
    assert.deepEqual(found, ['texts/ru-RU.json: result.caseLabel: has placeholders (none), texts/en-US.json has {edition}, {row}']);
  });

  it('names a step list of another length than en-US', () => {
    const found = lines(packWith('texts/zh-CN.json', (t) => void t.outcomes['2020'].G1.steps.pop()));
    assertLine(found, 'texts/zh-CN.json: outcomes.2020.G1.steps: has 4 items, texts/en-US.json has 5');
  });

  it('names a text a row needs that no language has', () => {
    const dir = copyPack();
    for (const file of fs.readdirSync(path.join(dir, 'texts'))) {
      const full = path.join(dir, 'texts', file);
      const t = JSON.parse(fs.readFileSync(full, 'utf8'));
      delete t.outcomes['2026-11'].G6;
      fs.writeFileSync(full, JSON.stringify(t));
    }
    assertLine(lines(dir), 'texts/en-US.json: outcomes.2026-11.G6.summary: missing: row G6 of editions/2026-11.json shows it');
  });

  it('names a link id without a URL', () => {
    const found = lines(packWith('links.json', (l) => void delete l.gdap));
    assert.deepEqual(found, ['links.json: gdap: no URL for this link id']);
  });

  it('names an http URL', () => {
    const found = lines(packWith('links.json', (l) => void (l.gdap = 'http://learn.microsoft.com/{locale}/partner-center/gdap-introduction')));
    assert.deepEqual(found, ['links.json: gdap: must be an https URL (not "http://learn.microsoft.com/{locale}/partner-center/gdap-introduction")']);
  });

  it('names a URL with a placeholder other than {locale}', () => {
    const found = lines(packWith('links.json', (l) => void (l.gdap = 'https://learn.microsoft.com/{lang}/gdap')));
    assert.deepEqual(found, ['links.json: gdap: must be an https URL ({locale} is the only placeholder), not https://learn.microsoft.com/{lang}/gdap']);
  });

  it('refuses raw HTML in a text a card shows', () => {
    const found = lines(packWith('texts/en-US.json', (t) => void (t.notes.roles.text += ' <img src=x onerror=alert(1)>')));
    assertLine(found, 'texts/en-US.json: notes.roles.text: must not contain HTML tags or comments (use Markdown: **bold**, [text](https://…))');
  });

  it('refuses a javascript: link in a step', () => {
    const found = lines(packWith('texts/hu-HU.json', (t) => void (t.outcomes['2020'].C1.steps[1] += ' [Kattints](javascript:alert(1))')));
    assert.deepEqual(found, ['texts/hu-HU.json: outcomes.2020.C1.steps.1: must not contain "javascript:" (script or data URLs are refused)']);
  });

  it('leaves words users type alone (synonyms are not shown)', () => {
    const found = lines(packWith('texts/en-US.json', (t) => void t.synonyms.cloud.global.push('<global>')));
    assert.deepEqual(found, []);
  });

  it('refuses a review date that is no calendar day, and one in the future', () => {
    const found = lines(
      packWith('editions/2026-11.json', (e) => {
        e.rows[0].reviewed = '2026-02-30';
        e.rows[1].reviewed = '2027-01-15';
      }),
    );
    assert.deepEqual(found, [
      'editions/2026-11.json: rows.0.reviewed: row G1: 2026-02-30 is not a calendar date',
      `editions/2026-11.json: rows.1.reviewed: row G2: 2027-01-15 is in the future (today is ${TODAY})`,
    ]);
  });

  it('refuses a review date not written YYYY-MM-DD', () => {
    const found = lines(packWith('editions/2020.json', (e) => void (e.rows[3].reviewed = '17/06/2020')));
    assert.deepEqual(found, ['editions/2020.json: rows.3.reviewed: must be a date written YYYY-MM-DD (not "17/06/2020")']);
  });

  it('names an unknown verdict and an unknown key (schema)', () => {
    const found = lines(
      packWith('editions/2026-11.json', (e) => {
        e.rows[2].verdict = 'maybe';
        e.rows[3].colour = 'red';
      }),
    );
    assertLine(found, 'editions/2026-11.json: rows.2.verdict: "maybe" is not one of eligible, notYet, notEligible, notCovered, transfer');
    assert.ok(
      found.some((l) => l.startsWith('editions/2026-11.json: rows.3.colour: unknown key (known: row, verdict, reviewed,')),
      found.join('\n'),
    );
  });

  it('names an unknown note id in a conditioned reference', () => {
    const found = lines(packWith('editions/2026-11.json', (e) => void (e.rows[0].notes[0].note = 'eaGdapp')));
    assert.equal(found.length, 1, found.join('\n'));
    assert.match(found[0]!, /^editions\/2026-11\.json: rows\.0\.notes\.0\.note: "eaGdapp" is not one of noResaleToCsp, /);
  });

  it('names a cited source that the sources file lacks', () => {
    const found = lines(packWith('editions/2026-11.json', (e) => void (e.rows[0].sources = ['S4', 'S99'])));
    assert.deepEqual(found, ['editions/2026-11.json: rows.0.sources.1: row G1: source S99 is not in sources/2026-11.json']);
  });

  it('names a page string missing in a language', () => {
    const found = lines(packWith('pages/webchat.json', (p) => void delete p['zh-CN'].retry));
    assert.deepEqual(found, ['pages/webchat.json: zh-CN.retry: missing (en-US has it)']);
  });

  it('names a file that is not valid JSON, once', () => {
    const dir = copyPack();
    fs.writeFileSync(path.join(dir, 'texts', 'hu-HU.json'), '{ "language": ');
    const found = lines(dir);
    assert.equal(found.length, 1, found.join('\n'));
    assert.match(found[0]!, /^texts\/hu-HU\.json: \(file\): is not valid JSON \(/);
  });

  it('names a missing file and a file the pack has no place for', () => {
    const dir = copyPack();
    fs.rmSync(path.join(dir, 'pages', 'panel.json'));
    fs.writeFileSync(path.join(dir, 'texts', 'fr-FR.json'), '{}');
    const found = lines(dir);
    assertLine(found, 'pages/panel.json: (file): missing: every pack has this file');
    assert.ok(
      found.some((l) => l.startsWith('texts/fr-FR.json: (file): not a file of the pack')),
      found.join('\n'),
    );
  });

  it('keeps the edition schema’s lists equal to the domain vocabulary', async () => {
    const schema = JSON.parse(fs.readFileSync(path.join(SHIPPED_PACK, 'schema', 'edition.schema.json'), 'utf8'));
    const { VERDICTS, OUTCOME_ROWS, LINK_IDS, NOTE_IDS } = await import('../../src/domain/outcomes');
    const q = await import('../../src/domain/questions');
    const { EDITIONS } = await import('../../src/domain/editions');
    const d = schema.definitions;
    assert.deepEqual(
      {
        verdict: d.verdict.enum,
        rowId: d.rowId.enum,
        linkId: d.linkId.enum,
        noteId: d.noteId.enum,
        cloud: d.cloud.enum,
        channel: d.channel.enum,
        service: d.service.enum,
        goal: d.goal.enum,
        partnerType: d.partnerType.enum,
        edition: d.edition.enum,
      },
      {
        verdict: VERDICTS,
        rowId: OUTCOME_ROWS,
        linkId: LINK_IDS,
        noteId: NOTE_IDS,
        cloud: q.CLOUDS,
        channel: [...q.COMMERCIAL_CHANNELS, ...q.CHINA_CHANNELS],
        service: q.SERVICES,
        goal: q.GOALS,
        partnerType: q.PARTNER_TYPES,
        edition: EDITIONS,
      },
    );
  });

  describe('npm run content:check', () => {
    const run = (...args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, 'scripts', 'content-check.ts'), ...args], {
        cwd: PROJECT_ROOT,
        encoding: 'utf8',
      });

    it('exits 0 on the shipped pack', () => {
      const result = run();
      assert.equal(result.status, 0, result.stderr);
      assert.match(result.stdout, /content:check: content passed/);
    });

    it('exits 1 on a broken copy, with a file: path: message line', () => {
      const result = run(
        packWith('texts/hu-HU.json', (t) => void delete t.help.title),
        '--today',
        TODAY,
      );
      assert.equal(result.status, 1, result.stdout + result.stderr);
      assert.match(result.stderr, /^texts\/hu-HU\.json: help\.title: missing \(texts\/en-US\.json has it\)$/m);
      assert.match(result.stderr, /content:check: 1 problem in /);
    });
  });
});
