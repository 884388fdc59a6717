// The side panel's bundle within its budget (docs/free-text.md: at most 300 KB served gzipped),
// and without the words of what the page never does: the Partner Center actions, their
// follow-ups and the case lists are the bot's. A size is a count of bytes, the same on any machine.
import { strict as assert } from 'assert';
import { buildPanelBundle } from '../../scripts/lib/panelBundle';
import { LOCALES } from '../../src/domain/locales';
import { catalogFor } from '../../src/domain/textCatalog';

describe('side panel bundle budget', function () {
  this.timeout(60_000);
  let bundle: { code: string; gzippedBytes: number };
  before(async () => {
    const built = await buildPanelBundle();
    bundle = { code: built.code.toString('utf8'), gzippedBytes: built.gzippedBytes };
  });

  it('is at most 300 KB gzipped', () => {
    assert.ok(bundle.gzippedBytes <= 300 * 1024, `${bundle.gzippedBytes} bytes gzipped`);
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
      assert.ok(bundle.code.includes(written(c.welcome.title)), 'the welcome card');
      assert.ok(bundle.code.includes(written(c.actions.names.requestGdap)), "an action's name, still on a result");
      assert.ok(!bundle.code.includes(written(c.actions.titles.gdapDone)), "an action's card title");
      assert.ok(!bundle.code.includes(written(c.followUps.titles.completed)), "a follow-up's title");
      assert.ok(!bundle.code.includes(written(c.teamCases.intro)), "the team's cases' intro");
    });
  }
});
