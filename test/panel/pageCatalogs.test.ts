// The side panel page's table of texts (src/panel/pageCatalogs.ts) as the page's bundle has it
// (bundled alone, with the page's own copy of content/texts, in a fresh realm per case): of every
// language but English the bundle holds only what is read in any language (READING_TEXTS), a whole
// section or a key or two of one; the file the page fetches holds the rest, joined to it key by key
// into a language with every text English has; a file that leaves out a text is refused.
import { strict as assert } from 'assert';
import * as path from 'path';
import * as vm from 'vm';
import * as esbuild from 'esbuild';
import { pageTextFiles, panelBundleOptions } from '../../scripts/lib/panelBundle';
import { PROJECT_ROOT } from '../../scripts/lib/paths';
import { READING_SECTIONS, READING_TEXTS } from '../../src/domain/catalogSections';
import { DEFAULT_LOCALE, LOCALES, LocaleTag } from '../../src/domain/locales';
import { catalogFor, ReadingCatalog, readingCatalogFor } from '../../src/domain/textCatalog';

type Texts = Record<string, Record<string, unknown>>;
interface PageCatalogs {
  catalogTable: { full(locale: LocaleTag): Texts | undefined; reading(locale: LocaleTag): Texts | undefined };
  addTexts(locale: LocaleTag, texts: unknown): boolean;
}

describe('side panel: what the bundle holds of each language, and the fetched rest joined to it', function () {
  this.timeout(60_000);
  let code: string;
  const files = pageTextFiles();
  const fileOf = (locale: LocaleTag): Texts => JSON.parse(files.get(locale)!.toString('utf8')) as Texts;
  const others = LOCALES.filter((l) => l !== DEFAULT_LOCALE);
  before(async () => {
    const entry = path.join(PROJECT_ROOT, 'src', 'panel', 'pageCatalogs.ts');
    code = (await esbuild.build({ ...panelBundleOptions(entry), format: 'cjs' })).outputFiles![0]!.text;
  });

  function freshTable(): PageCatalogs {
    const module = { exports: {} as Record<string, unknown> };
    vm.runInNewContext(code, { module, exports: module.exports });
    return module.exports as unknown as PageCatalogs;
  }
  /** A value made in the table's realm, as one of this realm (its arrays are another realm's). */
  const plain = (value: unknown): unknown => (value === undefined ? undefined : JSON.parse(JSON.stringify(value)));
  /** A section's keys, as READING_TEXTS names them (undefined: the section is read whole). */
  const readKeys = (section: string): readonly string[] | undefined => (READING_TEXTS as Record<string, readonly string[] | undefined>)[section];

  it('the code that reads other languages may read no more than that (a compile-time check)', () => {
    const reading: ReadingCatalog = readingCatalogFor('ru-RU');
    // @ts-expect-error -- of the question's texts, only the yes is read across languages
    assert.ok(reading.question.clarify);
    // @ts-expect-error -- of the actions' texts, only the sign-out command is
    assert.ok(reading.actions.names);
    // @ts-expect-error -- a section read in its own language only
    assert.ok(reading.welcome);
    assert.ok(reading.question.affirm.phrases.length > 0 && reading.actions.signOutCommand.phrases.length > 0);
    assert.ok(reading.myCases.command.phrases.length > 0 && reading.teamCases.command.phrases.length > 0 && reading.language.name);
  });

  for (const locale of others) {
    it(`${locale}: the bundle holds only what is read in any language, the language's own texts`, () => {
      const reading = freshTable().catalogTable.reading(locale)!;
      const own = catalogFor(locale) as unknown as Texts;
      assert.deepEqual(plain(Object.keys(reading).sort()), [...READING_SECTIONS].sort());
      for (const section of READING_SECTIONS) {
        const keys = readKeys(section);
        assert.deepEqual(Object.keys(reading[section]!).sort(), [...(keys ?? Object.keys(own[section]!))].sort(), section);
        for (const key of Object.keys(reading[section]!)) assert.deepEqual(plain(reading[section]![key]), own[section]![key], `${section}.${key}`);
      }
      // A section split between the bundle and the file: each key in one of them only.
      assert.deepEqual(Object.keys(reading.actions!), ['signOutCommand']);
      assert.deepEqual(Object.keys(reading.question!), ['affirm']);
      assert.equal(fileOf(locale).question!.affirm, undefined, 'the yes is not fetched again');
      assert.deepEqual(fileOf(locale).question!.clarify, own.question!.clarify);
      assert.equal(fileOf(locale).commands, undefined, 'a section read whole is not fetched');
    });

    it(`${locale}: the page that fetched its file has every text English has, joined into new objects`, () => {
      const table = freshTable();
      const bundled = table.catalogTable.reading(locale)!;
      assert.equal(table.catalogTable.full(locale), undefined, 'not at hand before its file');
      assert.equal(table.addTexts(locale, fileOf(locale)), true);
      const whole = table.catalogTable.full(locale)!;
      const english = table.catalogTable.full(DEFAULT_LOCALE)!;
      const own = catalogFor(locale) as unknown as Texts;
      assert.equal(table.catalogTable.reading(locale), whole, 'read across languages from the whole resource now');
      assert.deepEqual(Object.keys(whole).sort(), Object.keys(english).sort());
      for (const [section, texts] of Object.entries(english)) {
        assert.notEqual(whole[section], bundled[section], `${section}: a new object`);
        for (const key of Object.keys(texts)) assert.deepEqual(plain(whole[section]![key]), own[section]![key], `${section}.${key}`);
      }
    });
  }

  for (const [what, broken] of [
    ['a split section missing one of its fetched texts', (t: Texts) => ({ ...t, question: { ...t.question, clarify: undefined } })],
    ['a split section left empty', (t: Texts) => ({ ...t, actions: {} })],
    ['a split section missing', (t: Texts) => ({ ...t, question: undefined })],
    ['a split section not an object', (t: Texts) => ({ ...t, question: ['affirm'] })],
    ['a section read whole fetched too', (t: Texts) => ({ ...t, greeting: {} })],
  ] as const) {
    it(`a fetched file with ${what} is refused`, () => {
      const table = freshTable();
      // JSON as it comes over the wire: a key set to undefined is no key.
      const file = JSON.parse(JSON.stringify(broken(fileOf('ru-RU')))) as unknown;
      assert.equal(table.addTexts('ru-RU', file), false);
      assert.equal(table.catalogTable.full('ru-RU'), undefined);
      assert.deepEqual(Object.keys(table.catalogTable.reading('ru-RU')!.question!), ['affirm'], 'the bundle’s part is kept as it was');
    });
  }
});
