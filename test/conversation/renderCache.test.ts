// The bot's cards are rendered by adaptivecards-templating and kept, keyed by the template and the
// whole data: a kept card must be the one a fresh render gives, for any change of the data.
import { strict as assert } from 'assert';
import * as ACData from 'adaptivecards-templating';
import { renderCard, renderCardUncached } from '../../src/conversation/cards/cards';
import { CardView } from '../../src/conversation/advisor/viewModels';
import { cardCatalog } from '../../scripts/lib/cardCatalog';
import { keptJson } from '../../src/domain/keptJson';
import notice from '../../cards/notice.json';

/** A copy of the view with its data passed through `change` (the original left as it is). */
function changed(view: CardView, change: (data: Record<string, unknown>) => void): CardView {
  const data = structuredClone(view.data);
  change(data);
  return { ...view, data };
}

describe('rendered cards kept by their whole input', () => {
  it('renders with adaptivecards-templating: the card is what the package gives for the template and data', () => {
    const view = cardCatalog()
      .find((s) => s.view('en-US').card === 'notice')!
      .view('en-US');
    const { $schema, ...template } = notice as { $schema?: string };
    assert.ok($schema !== undefined);
    assert.deepEqual(renderCard(view), new ACData.Template(template).expand({ $root: view.data }));
  });

  it('gives the kept card for the same template and data, frozen with its JSON written once', () => {
    const view = cardCatalog()[0]!.view('pt-BR');
    const first = renderCard(view);
    const again = renderCard({ ...view, data: structuredClone(view.data) });
    assert.equal(again, first, 'the same data, another object: the kept card');
    assert.ok(Object.isFrozen(first) && Object.isFrozen(first.body));
    assert.equal(
      keptJson(first)
        ?.map((p) => (typeof p === 'string' ? p : p.text))
        .join(''),
      JSON.stringify(first),
    );
  });

  it('renders afresh when anything in the data differs, however deep, and gives what a fresh render gives', () => {
    let compared = 0;
    for (const sample of cardCatalog()) {
      const view = sample.view('hu-HU');
      const kept = renderCard(view);
      assert.deepEqual(kept, renderCardUncached(view), sample.name);
      // Every string in the data, one at a time, changed: the card must follow it.
      const paths: (string | number)[][] = [];
      const walk = (value: unknown, path: (string | number)[]): void => {
        if (typeof value === 'string') paths.push(path);
        else if (value !== null && typeof value === 'object')
          for (const [k, v] of Object.entries(value)) walk(v, [...path, Array.isArray(value) ? Number(k) : k]);
      };
      walk(view.data, []);
      for (const path of paths.slice(0, 12)) {
        const other = changed(view, (data) => {
          let at: Record<string | number, unknown> = data;
          for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
          at[path.at(-1)!] = `${String(at[path.at(-1)!])} (changed)`;
        });
        assert.deepEqual(renderCard(other), renderCardUncached(other), `${sample.name} ${path.join('.')}`);
        compared++;
      }
    }
    assert.ok(compared > 100, `only ${compared} changes compared`);
  });

  it('keeps nothing for data JSON would not write as the template reads it, and still renders it', () => {
    const view = cardCatalog()[0]!.view('en-US');
    const odd = { ...view, data: { ...view.data, extra: new Set(['a']) } };
    const first = renderCard(odd);
    assert.deepEqual(first, renderCardUncached(odd));
    assert.notEqual(renderCard(odd), first, 'rendered again, not kept');
    assert.equal(renderCard(view), renderCard(view), 'plain data is kept');
  });
});
