// The content check's parts, each on a small hand-made input: https addresses, the problem lines,
// the Markdown rule, the glossary's words and rules, the schema messages, the texts' parity, and a
// partner's overlay with its limits (docs/content.md gives the limits: 120 characters for a name,
// 500 for a contact line, 1,000 per step, 200 per note or link title, 2,000 per note text or address).
import { strict as assert } from 'assert';
import { checkOverlay, containsTerm, formatProblems, glossaryProblems, isHttpsUrl, problem, unsafeMarkdown } from '../../src/domain/contentPack';
import { asGlossary, glossariesOf, Glossary } from '../../src/domain/contentPack/glossary';
import { bareDomain, overlayLimitProblems } from '../../src/domain/contentPack/overlayLimits';
import { schemaProblems } from '../../src/domain/contentPack/schemas';
import { catalogProblems, leavesOf, parityProblems } from '../../src/domain/contentPack/texts';
import type { OverlayLanguage } from '../../src/domain/overlay';
import { coverageProblems } from '../../src/domain/contentPack/coverage';
import type { RuleRow } from '../../src/domain/policy';
import edition202611 from '../../content/editions/2026-11.json';

const lines = (found: Parameters<typeof formatProblems>[0]): string[] => formatProblems(found);

describe('content check parts', () => {
  describe('https addresses', () => {
    it('takes an absolute https address and refuses another scheme or what does not parse', () => {
      assert.equal(isHttpsUrl('https://learn.microsoft.com/en-us/partner-center/gdap'), true);
      assert.equal(isHttpsUrl('http://learn.microsoft.com/'), false);
      assert.equal(isHttpsUrl('ftp://learn.microsoft.com/'), false);
      assert.equal(isHttpsUrl('learn.microsoft.com/x'), false, 'no scheme: does not parse');
      assert.equal(isHttpsUrl('https://'), false, 'no host: does not parse');
    });
  });

  describe('problem lines', () => {
    it('writes a path given as parts with dots', () => {
      assert.deepEqual(problem('editions/2026-11.json', ['rows', 3, 'reviewed'], 'x'), {
        file: 'editions/2026-11.json',
        path: 'rows.3.reviewed',
        message: 'x',
      });
    });

    it('orders the lines by file and keeps a file’s lines in the order found', () => {
      const found = [
        problem('texts/ru-RU.json', 'a', '1'),
        problem('links.json', 'b', '2'),
        problem('texts/ru-RU.json', 'c', '3'),
        problem('links.json', 'd', '4'),
      ];
      assert.deepEqual(lines(found), ['links.json: b: 2', 'links.json: d: 4', 'texts/ru-RU.json: a: 1', 'texts/ru-RU.json: c: 3']);
    });
  });

  describe('Markdown a card may show', () => {
    it('refuses a link whose target only contains an https address', () => {
      assert.equal(unsafeMarkdown('[docs](/https://learn.microsoft.com)'), 'links must be [text](https://…) (refused target "/https://learn.microsoft.com")');
    });

    it('does not take a lone < before an https autolink for a tag', () => {
      assert.equal(unsafeMarkdown('a <<https://learn.microsoft.com> b'), undefined);
    });
  });

  describe('glossary', () => {
    const glossary = (terms: Glossary['terms'], rules?: Glossary['rules']): Glossary => ({ locale: 'hu-HU', terms, ...(rules ? { rules } : {}) });

    it('reads only a trailing * as a stem; one inside a word is a star', () => {
      assert.equal(containsTerm('partner*s', 'partner*s'), true);
      assert.equal(containsTerm('partners', 'partner*s'), false);
      assert.equal(containsTerm('partnership', 'partner*'), true);
    });

    it('matches a rule as a Unicode pattern', () => {
      const rules = [{ pattern: '\\p{Lu}{2}x', write: 'lower case' }];
      assert.deepEqual(lines(glossaryProblems('texts/hu-HU.json', { a: 'ÁÉx' }, glossary([], rules))), [
        'texts/hu-HU.json: a: /\\p{Lu}{2}x/ is ruled out by the hu-HU glossary: write lower case',
      ]);
    });

    it('takes for a glossary only an object naming its language in text, with a list of terms', () => {
      assert.equal(asGlossary({ locale: 5, terms: [] }), undefined);
      assert.equal(asGlossary({ locale: 'hu-HU', terms: {} }), undefined);
      assert.deepEqual(asGlossary({ locale: 'hu-HU', terms: [] }), { locale: 'hu-HU', terms: [] });
    });

    it('finds the glossaries only at glossary/<locale>.json', () => {
      const g = { locale: 'hu-HU', terms: [] };
      const files = new Map<string, unknown>([
        ['old/glossary/hu-HU.json', g],
        ['glossary/hu-HU.json.bak', g],
        ['glossary/ru-RU.json', g],
      ]);
      assert.deepEqual([...glossariesOf(files).keys()], ['ru-RU']);
    });
  });

  describe('coverage', () => {
    it('describes answers no row matches by the questions asked: no goal for a usage-based service (SPEC: goal asked when service = license)', () => {
      const rows = structuredClone(edition202611.rows) as unknown as RuleRow[];
      const g3 = rows.find((r) => r.row === 'G3')! as unknown as { channels: string[] };
      g3.channels = g3.channels.filter((c) => c !== 'microsoft');
      assert.ok(
        lines(coverageProblems('editions/2026-11.json', rows)).includes(
          'editions/2026-11.json: rows: no row matches cloud=global, channel=microsoft, service=usage, partnerType=direct',
        ),
      );
    });
  });

  describe('schema messages', () => {
    it('names an unknown top-level key with the keys the file may have', () => {
      assert.deepEqual(lines(schemaProblems('overlay.json', { extra: 1 }, 'overlay.schema.json#/definitions/settings')), [
        'overlay.json: extra: unknown key (known: linkUrls)',
      ]);
    });

    it('writes a key holding / or ~ as it is written', () => {
      assert.deepEqual(
        lines(schemaProblems('sources/2026-11.json', { 'S~1/x': { page: 'https://learn.microsoft.com/', date: 'soon' } }, 'sources.schema.json')),
        ['sources/2026-11.json: S~1/x.date: "soon" must match ^([0-9]{4}-[0-9]{2}(-[0-9]{2})?|undated)$'],
      );
    });

    it('says which shapes a text may have, once, where the wrong value is', () => {
      assert.deepEqual(lines(schemaProblems('texts/hu-HU.json', { notes: { roles: { title: 5 } } }, 'texts.schema.json')), [
        'texts/hu-HU.json: notes.roles.title: must be a non-empty text, a non-empty list of texts or an object of them',
      ]);
    });

    it('words a constant, an empty text and a pattern', () => {
      const edition = (change: (e: Record<string, unknown>) => void): Record<string, unknown> => {
        const e: Record<string, unknown> = {
          id: '2026-11',
          notesBefore: [],
          notesAfter: [],
          links: [],
          rows: [{ row: 'G1', verdict: 'yes', reviewed: '2026-11-23', clouds: ['global'], channels: ['ea'], links: [] }],
        };
        change(e);
        return e;
      };
      const found = (e: Record<string, unknown>): string[] =>
        lines(schemaProblems('editions/2026-11.json', e, 'edition.schema.json')).filter((l) => !l.includes('rows.0.verdict'));
      assert.deepEqual(found(edition((e) => void (e.historical = false))), ['editions/2026-11.json: historical: must be true']);
      assert.deepEqual(found(edition((e) => void (e.errata = [{ id: 'E1', date: '2026-11-24', rows: ['G1'], what: '', sources: ['S1'] }]))), [
        'editions/2026-11.json: errata.0.what: must not be empty',
      ]);
      assert.deepEqual(found(edition((e) => void (e.errata = [{ id: 'E1', date: '24.11.2026', rows: ['G1'], what: 'x', sources: ['S1'] }]))), [
        'editions/2026-11.json: errata.0.date: must be a date written YYYY-MM-DD (not "24.11.2026")',
      ]);
      assert.deepEqual(found(edition((e) => void (e.errata = [{ id: 'X1', date: '2026-11-24', rows: ['G1'], what: 'x', sources: ['S1'] }]))), [
        'editions/2026-11.json: errata.0.id: "X1" must match ^E[0-9]+$',
      ]);
    });
  });

  describe('texts of every language against English', () => {
    it('takes a list holding other than texts item by item', () => {
      assert.deepEqual(
        [...leavesOf({ k: ['a', { b: 'c' }] })],
        [
          ['k.0', 'a'],
          ['k.1.b', 'c'],
        ],
      );
    });

    const english = new Map<string, string | string[]>([
      ['a', 'One {name}'],
      ['b', ['x', 'y {n}']],
    ]);

    it('names a text where English has a list, a list where it has a text, and empty texts', () => {
      const hungarian = new Map<string, string | string[]>([
        ['a', ['Egy {name}']],
        ['b', '  '],
      ]);
      assert.deepEqual(lines(parityProblems('texts/hu-HU.json', english, hungarian, 'texts/en-US.json')), [
        'texts/hu-HU.json: a: must be a text, as in texts/en-US.json',
        'texts/hu-HU.json: b: must be a list, as in texts/en-US.json',
      ]);
      const empties = new Map<string, string | string[]>([
        ['a', ' '],
        ['b', ['x', '']],
      ]);
      assert.deepEqual(lines(parityProblems('texts/hu-HU.json', english, empties, 'texts/en-US.json')), [
        'texts/hu-HU.json: a: is empty',
        'texts/hu-HU.json: a: has placeholders (none), texts/en-US.json has {name}',
        'texts/hu-HU.json: b.1: is empty',
        'texts/hu-HU.json: b.1: has placeholders (none), texts/en-US.json has {n}',
      ]);
    });

    it('names a list item whose placeholders differ by its place in the list', () => {
      const hungarian = new Map<string, string | string[]>([
        ['a', 'Egy {name}'],
        ['b', ['x', 'y {m}']],
      ]);
      assert.deepEqual(lines(parityProblems('texts/hu-HU.json', english, hungarian, 'texts/en-US.json')), [
        'texts/hu-HU.json: b.1: has placeholders {m}, texts/en-US.json has {n}',
      ]);
    });

    it('compares nothing when there are no English texts to compare with', () => {
      assert.deepEqual(catalogProblems(new Map([['hu-HU', { a: 'Egy' }]])), []);
    });
  });

  describe('a partner overlay', () => {
    const files = (entries: Record<string, unknown>): Map<string, unknown> => new Map(Object.entries(entries));

    it('refuses a link address that is not https, naming its key in either form', () => {
      const linkUrls = { gdap: 'https://learn.microsoft.com/<x>', multichannel: 'https://learn microsoft.com/' };
      assert.deepEqual(lines(checkOverlay(files({ 'overlay.json': { linkUrls } }), 'directory').problems), [
        'overlay.json: linkUrls.gdap: must be an https URL ({locale} is the only placeholder), not "https://learn.microsoft.com/<x>"',
        'overlay.json: linkUrls.multichannel: must be an https URL ({locale} is the only placeholder), not "https://learn microsoft.com/"',
      ]);
      const single = checkOverlay(files({ 'overlay.json': { linkUrls, languages: { 'hu-HU': { name: 'Tailspin' } } } }), 'file');
      assert.equal(single.overlay, undefined, 'no overlay while anything is wrong');
      assert.deepEqual(
        lines(single.problems).map((l) => l.split(':').slice(0, 2).join(':')),
        ['overlay.json: linkUrls.gdap', 'overlay.json: linkUrls.multichannel'],
      );
    });

    it('accepts https addresses with {locale} anywhere, filled in before the check (a host of its own included)', () => {
      const linkUrls = { gdap: 'https://learn.microsoft.com/{locale}/partner-center/gdap', multichannel: 'https://{locale}/' };
      assert.deepEqual(checkOverlay(files({ 'overlay.json': { linkUrls } }), 'directory'), { overlay: { linkUrls, languages: {} }, problems: [] });
    });

    it('names the overlay when a single-file overlay has no file, and stops at its schema', () => {
      assert.deepEqual(lines(checkOverlay(new Map(), 'file').problems), ['overlay: (file): must be object']);
      assert.deepEqual(lines(checkOverlay(files({ 'o.json': { languages: 5 } }), 'file').problems), ['o.json: languages: must be object']);
    });

    it('says an empty overlay directory has no file', () => {
      assert.deepEqual(checkOverlay(new Map(), 'directory'), {
        problems: [{ file: 'overlay.json', path: '(file)', message: 'the overlay directory has no file' }],
      });
    });

    it('takes a language file by its whole name: <locale>.json, or the locale alone, and nothing that only starts like one', () => {
      const language = { name: 'Tailspin' };
      assert.deepEqual(checkOverlay(files({ 'hu-HU': language }), 'directory').overlay, { languages: { 'hu-HU': language } });
      assert.deepEqual(lines(checkOverlay(files({ 'hu-HUx.json': language }), 'directory').problems), [
        'hu-HUx.json: (file): not a language of the advisor (en-US, ru-RU, zh-CN, pt-BR, hu-HU) nor overlay.json',
      ]);
    });

    it('names a text over its limit in a single-file overlay under its language', () => {
      const check = checkOverlay(files({ 'overlay.json': { languages: { 'hu-HU': { name: 'n'.repeat(121) } } } }), 'file');
      assert.deepEqual(lines(check.problems), ['overlay.json: languages.hu-HU.name: hu-HU: the name is 121 characters, at most 120']);
    });
  });

  describe('overlay limits', () => {
    const limits = (language: OverlayLanguage): string[] => lines(overlayLimitProblems('hu-HU.json', 'hu-HU', language, ''));
    const repeat = (n: number): string => 'x'.repeat(n);

    it('holds the name and the contact line to their limits, a text at its limit passing', () => {
      assert.deepEqual(limits({ name: repeat(120), contact: repeat(500) }), []);
      assert.deepEqual(limits({ name: repeat(121), contact: repeat(501) }), [
        'hu-HU.json: name: hu-HU: the name is 121 characters, at most 120',
        'hu-HU.json: contact: hu-HU: the contact line is 501 characters, at most 500',
      ]);
    });

    it('holds each note and link of a row to its limits', () => {
      const rows = {
        G1: {
          notes: [{ title: repeat(201), text: repeat(2001) }],
          links: [{ title: repeat(201), url: `https://learn.microsoft.com/${repeat(1973)}` }],
        },
      };
      assert.deepEqual(limits({ name: 'Tailspin', rows } as unknown as OverlayLanguage), [
        "hu-HU.json: rows.G1.notes.0.title: row G1 in hu-HU: a note's title is 201 characters, at most 200",
        'hu-HU.json: rows.G1.notes.0.text: row G1 in hu-HU: a note is 2,001 characters, at most 2,000',
        "hu-HU.json: rows.G1.links.0.title: row G1 in hu-HU: a link's title is 201 characters, at most 200",
        "hu-HU.json: rows.G1.links.0.url: row G1 in hu-HU: a link's address is 2,001 characters, at most 2,000",
      ]);
    });

    it('looks for bare domains in texts, not in a link’s own address', () => {
      const rows = { G1: { links: [{ title: 'Docs', url: 'https://contoso.com/a]b.com' }] } };
      assert.deepEqual(limits({ name: 'Tailspin', rows } as unknown as OverlayLanguage), []);
    });

    it('finds a www. name whatever its ending, and does not join words around a link into one', () => {
      assert.equal(bareDomain('go to www.contoso.intranet'), 'www.contoso.intranet');
      assert.equal(bareDomain('see x.[docs](https://learn.microsoft.com)com'), undefined);
    });
  });
});
