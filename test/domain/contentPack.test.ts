// The content pack's check on the shipped pack held in memory and changed one way at a time: each
// rule of check.ts gives its own line (the disk copies and the command are test/content's).
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { checkPack, formatProblems, isCalendarDate, requiredFiles } from '../../src/domain/contentPack';
import { PROJECT_ROOT } from '../support/paths';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A fixed day after every shipped review, so the lines do not depend on the calendar. */
const TODAY = '2026-12-01';
const CONTENT = path.join(PROJECT_ROOT, 'content');

function shippedFiles(): Map<string, unknown> {
  const files = new Map<string, unknown>();
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(path.join(CONTENT, dir), { withFileTypes: true })) {
      const name = dir ? `${dir}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(name);
      else if (name.endsWith('.json')) files.set(name, JSON.parse(fs.readFileSync(path.join(CONTENT, name), 'utf8')));
    }
  };
  walk('');
  return files;
}
const SHIPPED = shippedFiles();

/** The shipped pack with files changed (deep copies, so each case starts from the shipped one). */
function packWith(changes: Record<string, (json: Json) => void>): Map<string, unknown> {
  const files = new Map([...SHIPPED].map(([name, json]) => [name, structuredClone(json)] as const));
  for (const [file, change] of Object.entries(changes)) change(files.get(file) as Json);
  return files;
}
const lines = (files: Map<string, unknown>): string[] => formatProblems(checkPack(files, TODAY));
const of = (found: readonly string[], file: string): string[] => found.filter((l) => l.startsWith(`${file}: `));

describe('content pack check, in memory', function () {
  // A check of the whole pack takes about half a second; a slow machine must not fail it.
  this.timeout(60_000);

  const edition = SHIPPED.get('editions/2026-11.json') as Json;
  const variantRow = (edition.rows as Json[]).find((r) => r.stepVariants?.length)!;
  const variantId = variantRow.stepVariants[0].variant as string;
  const variant = `${variantRow.row}-${variantId}`;
  const variantTextOf = (variantRow.textOf ?? '2026-11') as string;
  const roleSet = (SHIPPED.get('actions/roleSets.json') as Json).roleSets[0].id as string;
  const russianTenant = ((SHIPPED.get('glossary/ru-RU.json') as Json).terms as Json[]).find((t) => t.id === 'tenantId')!;
  const ruledOut = russianTenant.ruledOut[0] as string;
  const ruledOutLine = `"${ruledOut}" is ruled out by the ru-RU glossary (term tenantId): write "${russianTenant.term}"`;
  const pageKey = Object.keys((SHIPPED.get('pages/webchat.json') as Json)['ru-RU']).find(
    (k) => typeof (SHIPPED.get('pages/webchat.json') as Json)['ru-RU'][k] === 'string',
  )!;

  // One pack broken in many independent ways: each test below looks for its own lines in it. Each
  // test checks it itself (not once in a hook), so a mutation run, which runs only the tests that
  // reach a line, runs the test that looks at that line's output.
  const brokenLines = (): string[] =>
    lines(
      packWith({
        'editions/2026-11.json': (e) => {
          e.rows[0].reviewed = '2026-02-30';
          e.rows[1].reviewed = '2026-12-02';
          e.rows[2].reviewed = TODAY;
          e.rows[1].sources = ['S7', 'S999', '$comment'];
        },
        'texts/en-US.json': (t) => {
          delete t.outcomes[variantTextOf][variant].steps;
          delete t.outcomes['2020'].G1.summary;
          delete t.notes.roles.title;
          delete t.links.gdap;
          delete t.verdicts.notYet;
          delete t.actions.roleSets[roleSet];
        },
        'links.json': (l) => {
          l.gdap = 'https://learn.microsoft.com/{locale}/partner-center/gdap {x}';
          delete l.multichannel;
        },
        'glossary/hu-HU.json': (g) => {
          g.locale = 'pt-BR';
          g.terms = g.terms.filter((t: Json) => t.id !== 'tenantId');
        },
        'texts/ru-RU.json': (t) => void (t.notes.roles.text = ruledOut),
        'pages/webchat.json': (p) => void (p['ru-RU'][pageKey] = ruledOut),
      }),
    );

  it('passes the shipped pack, schema files included (they are not content)', () => {
    assert.ok(SHIPPED.has('schema/edition.schema.json'));
    assert.deepEqual(lines(SHIPPED), []);
  });

  it('requires the links, the action files, both pages and every language and edition', () => {
    assert.deepEqual(requiredFiles().sort(), [
      'actions/assignmentTemplates.json',
      'actions/roleSets.json',
      'editions/2020.json',
      'editions/2026-11.json',
      'glossary/en-US.json',
      'glossary/hu-HU.json',
      'glossary/pt-BR.json',
      'glossary/ru-RU.json',
      'glossary/zh-CN.json',
      'links.json',
      'pages/panel.json',
      'pages/webchat.json',
      'texts/en-US.json',
      'texts/hu-HU.json',
      'texts/pt-BR.json',
      'texts/ru-RU.json',
      'texts/zh-CN.json',
    ]);
  });

  it('names a missing file, a file in no place of the pack, and an edition whose id is another edition', () => {
    const where =
      'not a file of the pack (editions/<edition>.json, texts/<locale>.json, glossary/<locale>.json, pages/<page>.json, sources/<edition>.json, links.json, actions/roleSets.json, actions/assignmentTemplates.json)';
    const stray = [
      'editions/2019.json',
      'sources/2019.json',
      'texts/de-DE.json',
      'glossary/de-DE.json',
      'pages/admin.json',
      'actions/other.json',
      'other.json',
      'more/links.json',
    ];
    const files = packWith({ 'editions/2020.json': (e) => void (e.id = '2026-11') });
    files.delete('pages/panel.json');
    for (const file of stray) files.set(file, {});
    // (The 2020 rows then show 2026-11's texts, which the English texts lack for some rows: not this test's lines.)
    const found = lines(files).filter((l) => !l.startsWith('texts/en-US.json: outcomes.2026-11.'));
    assert.deepEqual(
      found,
      [
        'editions/2020.json: id: is "2026-11", but the file is named for 2020',
        'pages/panel.json: (file): missing: every pack has this file',
        ...stray.map((file) => `${file}: (file): ${where}`),
      ].sort(),
    );
  });

  it('checks each file against the schema its place names', () => {
    // A schema problem in each kind of file (the file is then left out of the later checks).
    const found = lines(
      packWith({
        'sources/2026-11.json': (s) => void (s.S2 = 'no object'),
        'texts/pt-BR.json': (t) => void (t.unknownKey = 'x'),
        'glossary/pt-BR.json': (g) => void delete g.terms,
        'pages/webchat.json': (p) => void (p['en-US'] = 7),
        'actions/roleSets.json': (r) => void (r.roleSets = 'none'),
        'actions/assignmentTemplates.json': (r) => void (r.templates = 'none'),
        'links.json': (l) => void (l.gdap = 7),
        'editions/2020.json': (e) => void (e.rows = 'none'),
      }),
    );
    for (const file of [
      'sources/2026-11.json',
      'texts/pt-BR.json',
      'glossary/pt-BR.json',
      'pages/webchat.json',
      'actions/roleSets.json',
      'actions/assignmentTemplates.json',
      'links.json',
      'editions/2020.json',
    ])
      assert.ok(of(found, file).length > 0, `${file}\n${found.join('\n')}`);
  });

  it('names a review date that is no calendar day, one in the future, and takes today itself; names a cited source the sources file lacks, or that is one of its annotations', () => {
    assert.deepEqual(of(brokenLines(), 'editions/2026-11.json'), [
      'editions/2026-11.json: rows.0.reviewed: row G1: 2026-02-30 is not a calendar date',
      `editions/2026-11.json: rows.1.reviewed: row G2: 2026-12-02 is in the future (today is ${TODAY})`,
      'editions/2026-11.json: rows.1.sources.1: row G2: source S999 is not in sources/2026-11.json',
      'editions/2026-11.json: rows.1.sources.2: row G2: source $comment is not in sources/2026-11.json',
    ]);
  });

  it('cites no source when the edition has no sources file', () => {
    const files = packWith({ 'editions/2026-11.json': (e) => void (e.rows[1].sources = ['S999']) });
    files.delete('sources/2026-11.json');
    assert.deepEqual(lines(files), []);
  });

  it('requires the texts of each row, of its step variants, of each note, link, verdict and role set shown', () => {
    assert.deepEqual(of(brokenLines(), 'texts/en-US.json'), [
      `texts/en-US.json: outcomes.2020.G1.summary: missing: row G1 of editions/2020.json shows it`,
      `texts/en-US.json: outcomes.${variantTextOf}.${variant}.steps: missing: variant ${variantId} of row ${variantRow.row} of editions/2026-11.json shows it`,
      'texts/en-US.json: notes.roles.title: missing: note roles is shown',
      'texts/en-US.json: links.gdap: missing: the title of link gdap',
      'texts/en-US.json: verdicts.notYet: missing: verdict notYet is shown',
      `texts/en-US.json: actions.roleSets.${roleSet}: missing: role set ${roleSet} is offered`,
    ]);
  });

  it('names a link id without a URL, and a URL that is not https in some language', () => {
    assert.deepEqual(of(brokenLines(), 'links.json'), [
      'links.json: multichannel: no URL for this link id',
      'links.json: gdap: must be an https URL ({locale} is the only placeholder), not https://learn.microsoft.com/en-us/partner-center/gdap {x}',
    ]);
  });

  it('names a link id the vocabulary does not have', () => {
    const found = lines(packWith({ 'links.json': (l) => void (l.unknown = 'https://learn.microsoft.com/{locale}/x') }));
    const known =
      'multichannel, request-relationship, switch-azure, multipartner, work-with-partners, indirect-reseller, indirect-provider, cn-multichannel, cn-request-relationship, cn-multipartner, cn-work-with-partners, transfer-subscriptions, transfer-nce-license, transfer-azure-plan, customer-agreement, gdap, move-licenses, ea-change-partner';
    assert.deepEqual(found, [`links.json: unknown: unknown link id (known: ${known})`]);
  });

  it('names a glossary that names another language, and one that lacks a concept of the English glossary', () => {
    assert.deepEqual(of(brokenLines(), 'glossary/hu-HU.json'), [
      'glossary/hu-HU.json: locale: is pt-BR, but the file is named for hu-HU',
      'glossary/hu-HU.json: terms: has no term tenantId (glossary/en-US.json has it)',
    ]);
  });

  it('holds texts and pages to their language glossary', () => {
    const found = brokenLines();
    assert.ok(of(found, 'texts/ru-RU.json').includes(`texts/ru-RU.json: notes.roles.text: ${ruledOutLine}`), found.join('\n'));
    assert.ok(of(found, 'pages/webchat.json').includes(`pages/webchat.json: ru-RU.${pageKey}: ${ruledOutLine}`), found.join('\n'));
  });

  it('gives a file no schema unless it lies in the place of its kind', () => {
    const misplaced = ['texts/2026-11.json', 'pages/en-US.json', 'glossary/webchat.json', 'texts/roleSets.json', 'pages/assignmentTemplates.json'];
    const files = new Map(SHIPPED);
    for (const file of misplaced) files.set(file, SHIPPED.get('links.json'));
    assert.deepEqual(
      lines(files),
      misplaced
        .sort()
        .map(
          (file) =>
            `${file}: (file): not a file of the pack (editions/<edition>.json, texts/<locale>.json, glossary/<locale>.json, pages/<page>.json, sources/<edition>.json, links.json, actions/roleSets.json, actions/assignmentTemplates.json)`,
        ),
    );
  });

  it('refuses a cited source that is an annotation of the sources file even when it has the shape of a source', () => {
    const files = packWith({
      'sources/2026-11.json': (s) => void (s.$old = { page: 'https://learn.microsoft.com/en-us/partner-center/gdap', date: '2026-11-01' }),
      'editions/2026-11.json': (e) => void (e.rows[1].sources = ['$old']),
    });
    assert.deepEqual(lines(files), ['editions/2026-11.json: rows.1.sources.0: row G2: source $old is not in sources/2026-11.json']);
  });

  it('asks no source of a row that cites none', () => {
    assert.deepEqual(lines(packWith({ 'editions/2026-11.json': (e) => void delete e.rows[1].sources })), []);
  });

  it('holds the assignment templates to least privilege: Global Administrator is never a template role', () => {
    const files = packWith({
      'actions/assignmentTemplates.json': (t) =>
        void t.templates[0].roles.push({ name: 'Global Administrator', roleDefinitionId: '62e90394-69f5-4237-9190-012177145e10' }),
    });
    const id = ((SHIPPED.get('actions/assignmentTemplates.json') as Json).templates[0] as Json).id as string;
    assert.deepEqual(lines(files), [`actions/assignmentTemplates.json: templates: ${id}: Global Administrator is never offered as a template role`]);
  });

  it('asks no text of a pack whose English texts are missing, beyond saying they are', () => {
    const files = new Map(SHIPPED);
    files.delete('texts/en-US.json');
    assert.deepEqual(of(lines(files), 'texts/en-US.json'), ['texts/en-US.json: (file): missing: every pack has this file']);
  });

  it('asks no glossary for the English terms when the English glossary is missing', () => {
    const files = new Map(SHIPPED);
    files.delete('glossary/en-US.json');
    assert.deepEqual(lines(files), ['glossary/en-US.json: (file): missing: every pack has this file']);
  });

  it('asks no role set text when the role sets file is not valid', () => {
    const found = lines(packWith({ 'actions/roleSets.json': (r) => void (r.roleSets = 'none') }));
    assert.deepEqual(
      found.filter((l) => l.includes('actions.roleSets')),
      [],
    );
    assert.ok(of(found, 'actions/roleSets.json').length > 0, found.join('\n'));
  });

  it('knows the days of the calendar, and only dates written YYYY-MM-DD', () => {
    for (const day of ['2024-02-29', '2026-12-31', '2026-01-01', '0099-01-01', '2000-02-29']) assert.equal(isCalendarDate(day), true, day);
    for (const day of ['2026-02-30', '2100-02-29', '2026-02-32', '2026-12-00', '9999-99-99']) assert.equal(isCalendarDate(day), false, day);
    for (const day of ['2026-02-29', '2026-13-01', '2026-00-10', '2026-04-31', '2026-1-01', '2026-01-01T00:00', ' 2026-01-01', '20260101'])
      assert.equal(isCalendarDate(day), false, day);
  });
});
