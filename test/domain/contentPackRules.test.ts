// The content pack's check, one rule at a time, where a mutation run found a rule no test stated
// (docs/testing.md, the eleventh pass): each input is written out here, and each test computes
// what it checks inside itself, so a mutation run (which switches a mutant on after the files load)
// sees it fail.
import { strict as assert } from 'assert';
import { formatProblems, isCalendarDate } from '../../src/domain/contentPack';
import { contradictionProblems } from '../../src/domain/contentPack/contradictions';
import { overlayGlossaryProblems } from '../../src/domain/contentPack/glossary';
import { catalogProblems, pageProblems, parityProblems } from '../../src/domain/contentPack/texts';
import { bareDomain, overlayLimitProblems } from '../../src/domain/contentPack/overlayLimits';
import type { OverlayLanguage } from '../../src/domain/overlay';
import { PolicyEdition, policyEdition } from '../../src/domain/policy';

describe('content pack rules', () => {
  describe('review dates', () => {
    it('takes only a day written YYYY-MM-DD: a six-digit year and a month, which reads back as written, is none', () => {
      // Date reads "+012026-11" (ISO's extended year) and writes it back the same in its first ten characters.
      assert.equal(isCalendarDate('+012026-11'), false);
      assert.equal(isCalendarDate('-000001-01'), false);
    });
  });

  describe('contradictions', () => {
    /** Edition 2026-11 with G1's step variants removed: its GDAP step then shows under the EA and US Government notes. */
    const withoutG1Variants = (): PolicyEdition => {
      const copy = structuredClone(policyEdition('2026-11')) as unknown as { rows: Array<Record<string, unknown>> };
      delete copy.rows.find((r) => r.row === 'G1')!.stepVariants;
      return copy as unknown as PolicyEdition;
    };

    it('gives one line per row, note and tag, its example the first combination walked (global before usgov, direct first)', () => {
      assert.deepEqual(formatProblems(contradictionProblems('editions/2026-11.json', withoutG1Variants())), [
        'editions/2026-11.json: noteRules: row G1 requires gdap while its note eaGdap rules it out, e.g. for {"cloud":"global","channel":"ea","service":"license","goal":"support","partnerType":"direct"}: give the row a step variant for that case',
        'editions/2026-11.json: noteRules: row G1 requires gdap while its note usgovAdminAccess rules it out, e.g. for {"cloud":"usgov","channel":"microsoft","service":"license","goal":"support","partnerType":"direct"}: give the row a step variant for that case',
      ]);
    });
  });

  describe('bare domains in an overlay', () => {
    it('leaves a gap where a link was taken out, so the words on either side do not join into a domain', () => {
      assert.equal(bareDomain('see [contoso](https://learn.microsoft.com).com'), undefined);
      assert.equal(bareDomain('see contoso<https://learn.microsoft.com>.com'), undefined);
      assert.equal(bareDomain('see contoso.com'), 'contoso.com', 'the same words without the link are one');
    });
  });

  describe('overlay limits', () => {
    it('shows nothing of a row the language leaves undefined, and breaks on none', () => {
      const language = { name: 'Tailspin', rows: { G1: undefined, G2: { steps: ['www.contoso.com'] } } } as unknown as OverlayLanguage;
      assert.deepEqual(formatProblems(overlayLimitProblems('hu-HU.json', 'hu-HU', language, '')), [
        'hu-HU.json: rows.G2.steps.0: row G2 in hu-HU: "www.contoso.com" would show as a link to an http:// address; write [text](https://www.contoso.com) instead',
      ]);
    });
  });

  describe('texts of every language against English', () => {
    it('names a placeholder English does not have, English having none', () => {
      const english = new Map([['a', 'One']]);
      const hungarian = new Map([['a', 'Egy {name}']]);
      assert.deepEqual(formatProblems(parityProblems('texts/hu-HU.json', english, hungarian, 'texts/en-US.json')), [
        'texts/hu-HU.json: a: has placeholders {name}, texts/en-US.json has (none)',
      ]);
    });
  });

  describe('an overlay against the glossaries', () => {
    it("holds a file to a language's glossary only when its name ends in .json after the locale", () => {
      const pack = new Map<string, unknown>([
        ['glossary/hu-HU.json', { locale: 'hu-HU', terms: [{ id: 't', en: 'tenant', term: 'bérlő', ruledOut: ['tenant'] }] }],
      ]);
      const overlay = (name: string): Map<string, unknown> => new Map([[name, { name: 'tenant' }]]);
      assert.equal(overlayGlossaryProblems(pack, overlay('hu-HU.json')).length, 1, 'the language file is held to it');
      assert.deepEqual(overlayGlossaryProblems(pack, overlay('hu-.jsonHU')), []);
    });
  });
  describe('the English reference', () => {
    it('is refused where one of its texts or page strings is only spaces: the other languages are held to it, and it would show a blank', () => {
      const catalog = { a: 'Hello', b: '   ', steps: ['One', ' '] };
      assert.deepEqual(
        catalogProblems(new Map([['en-US', catalog]])).map((p) => `${p.file} ${p.path} ${p.message}`),
        ['texts/en-US.json b is empty', 'texts/en-US.json steps.1 is empty'],
      );
      assert.deepEqual(
        pageProblems('pages/panel.json', { 'en-US': { title: ' ', intro: 'Hi' } }).map((p) => `${p.path} ${p.message}`),
        ['en-US.title is empty'],
      );
    });
  });
});
