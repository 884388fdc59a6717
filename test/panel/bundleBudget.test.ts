// The side panel's page within its budget (docs/side-panel.md: a first load of at most 300 KB served
// gzipped, the bundle and the heaviest language's texts together; the free-text reader, fetched
// once the first card is up, at most 200 KB of its own), without the words of what the page never
// does (the Partner Center actions, their follow-ups and the case lists are the bot's), and with
// each language's texts where the page looks for them: English and every language's reading
// sections in the bundle, the rest of a language in its own file. A size is a count of bytes, the
// same on any machine.
import { strict as assert } from 'assert';
import { buildPanelBundle } from '../../scripts/lib/panelBundle';
import { DEFAULT_LOCALE, LOCALES } from '../../src/domain/locales';
import { catalogFor } from '../../src/domain/textCatalog';

describe('side panel bundle budget', function () {
  this.timeout(60_000);
  let bundle: { code: string; pageGzippedBytes: number; texts: Map<string, string>; reader: string; readerGzippedBytes: number };
  before(async () => {
    const built = await buildPanelBundle();
    const texts = new Map([...built.texts].map(([locale, body]) => [locale as string, body.toString('utf8')]));
    bundle = {
      code: built.code.toString('utf8'),
      pageGzippedBytes: built.pageGzippedBytes,
      texts,
      reader: built.reader.toString('utf8'),
      readerGzippedBytes: built.readerGzippedBytes,
    };
  });

  it('is at most 300 KB gzipped, with the heaviest language', () => {
    assert.ok(bundle.pageGzippedBytes <= 300 * 1024, `${bundle.pageGzippedBytes} bytes gzipped`);
  });

  it("has the reader in its own file of at most 200 KB gzipped, and none of the reader's words", () => {
    assert.ok(bundle.readerGzippedBytes <= 200 * 1024, `${bundle.readerGzippedBytes} bytes gzipped`);
    // Words only the reader's lexicons hold (the Chinese name of 21Vianet, "distributor" in Russian and Portuguese).
    for (const word of ['世纪互联', 'дистрибьютор', 'distribuidor']) {
      assert.ok(bundle.reader.includes(word), `the reader reads ${word}`);
      assert.ok(!bundle.code.includes(word), `the first load does not carry ${word}`);
    }
  });

  it('has a texts file for every language but English', () => {
    assert.deepEqual([...bundle.texts.keys()].sort(), LOCALES.filter((l) => l !== DEFAULT_LOCALE).sort());
  });

  for (const locale of LOCALES) {
    it(`${locale}: carries the advice flow's words, not the actions', follow-ups' or case lists'`, () => {
      const c = catalogFor(locale);
      // The longest piece of a text with no quote, escape or placeholder: written as it is however the bundle quotes it.
      const written = (text: string): string => {
        const piece = text
          .replace(/\{[^}]*\}/g, '\n')
          .split(/["'`\\{}\n]/)
          .reduce((a, b) => (b.length > a.length ? b : a), '');
        assert.ok([...piece].length >= 4, `a piece of "${text}" long enough to look for`);
        return piece;
      };
      // What the page loads for this language: the bundle, and the language's own file but for English.
      const page = bundle.code + (bundle.texts.get(locale) ?? '');
      assert.ok(page.includes(written(c.welcome.title)), 'the welcome card');
      assert.ok(page.includes(written(c.actions.names.requestGdap)), "an action's name, still on a result");
      assert.ok(!page.includes(written(c.actions.titles.gdapDone)), "an action's card title");
      assert.ok(!page.includes(written(c.followUps.titles.completed)), "a follow-up's title");
      assert.ok(!page.includes(written(c.teamCases.intro)), "the team's cases' intro");
      // Read in any language, so in the bundle: a command and the language's name on the picker.
      assert.ok(
        c.commands.restart.phrases.every((p) => bundle.code.includes(p)),
        'a command',
      );
      assert.ok(bundle.code.includes(c.language.name), "the language's name");
      // Shown only in this language, so in its own file (English is the bundle's own).
      if (locale !== DEFAULT_LOCALE) {
        assert.ok(!bundle.code.includes(written(c.welcome.title)), 'the welcome card is not in the bundle');
        // Of a section read in part in every language (a yes, the sign-out command), the rest too.
        assert.ok(
          c.question.affirm.phrases.every((p) => bundle.code.includes(p)),
          'a yes',
        );
        assert.ok(!bundle.code.includes(written(c.question.clarify)), 'a question of the reader is not in the bundle');
        assert.ok(!bundle.code.includes(written(c.actions.names.requestGdap)), "an action's name is not in the bundle");
      }
    });
  }
});
