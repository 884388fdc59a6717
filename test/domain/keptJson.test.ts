// Kept JSON: a value's text written once and used wherever the value is written again.
import { strict as assert } from 'assert';
import { jsonPiece, keepJson, keptJson, toJson } from '../../src/domain/keptJson';

describe('kept JSON', () => {
  it('writes a value holding kept values exactly as JSON.stringify does, each kept value from its text', () => {
    const card = { type: 'AdaptiveCard', body: [{ type: 'TextBlock', text: 'Grüße "quoted" \\ 你好 \u2028' }] };
    keepJson(card, [jsonPiece(JSON.stringify(card))]);
    const other = keepJson({ n: 1, list: [true, null] }, [jsonPiece('{"n":1,'), '"list"', jsonPiece(':[true,null]}')]);
    const message = {
      type: 'message',
      skipped: undefined,
      attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: card }, { content: other }],
      again: card,
      text: `${'\u2063'}kept-not-a-marker-0`,
      at: new Date(0),
    };
    assert.equal(toJson(message), JSON.stringify(message));
    assert.equal(toJson(card), JSON.stringify(card));
    assert.equal(toJson([card, 'x', other]), JSON.stringify([card, 'x', other]));
    assert.equal(toJson({ plain: [1, 'two', { three: 3 }] }), JSON.stringify({ plain: [1, 'two', { three: 3 }] }));
  });

  it('writes the kept text, not the value: what the cache vouched for is what goes out', () => {
    const value = keepJson({ a: 1 }, [jsonPiece('{"a":2}')]);
    assert.equal(toJson({ inner: value }), '{"inner":{"a":2}}');
    assert.equal(keptJson(value)?.length, 1);
    assert.equal(keptJson({ a: 1 }), undefined);
    assert.equal(keptJson('text'), undefined);
  });

  it('keeps the text out of sight: not in JSON, keys or a spread copy, so a changed copy is written afresh', () => {
    const value = keepJson({ a: 1 }, [jsonPiece('{"a":1}')]);
    assert.deepEqual(Object.keys(value), ['a']);
    assert.equal(JSON.stringify(value), '{"a":1}');
    const changed = { ...value, b: 2 };
    assert.equal(keptJson(changed), undefined);
    assert.equal(toJson(changed), '{"a":1,"b":2}');
  });

  it('writes every kind of value as JSON.stringify does, whether the walk writes it or hands it to JSON.stringify', () => {
    const card = keepJson({ type: 'AdaptiveCard', n: 1 }, [jsonPiece('{"type":"AdaptiveCard","n":1}')]);
    class Holder {
      constructor(readonly inner: unknown) {}
    }
    const bare = Object.assign(Object.create(null) as object, { b: 2, a: card });
    let deep: unknown = { card };
    for (let i = 0; i < 80; i += 1) deep = i % 2 ? { next: deep } : [deep];
    const values: unknown[] = [
      { u: undefined, f: () => 1, s: Symbol('x'), n: null, list: [undefined, () => 1, Symbol('y'), NaN, -0, Infinity, 1e21, 0.1] },
      { 2: 'two', b: 'b', 1: 'one', a: [card], [Symbol('hidden')]: 1 },
      { own: { toJSON: (key: string) => ({ key, card }) }, date: new Date(0), map: new Map([[1, 2]]), boxed: Object('str') as unknown },
      { gone: { toJSON: () => undefined }, kept: 1, list: [{ toJSON: (key: string) => key }, { toJSON: () => undefined }] },
      { holder: new Holder(card), bare, deep },
      {
        get computed() {
          return [card, 'x'];
        },
      },
      [card, [card, { card }]],
      'a "string" \u2028 \ud800',
      42,
      null,
      card,
    ];
    for (const value of values) assert.equal(toJson(value), JSON.stringify(value));
  });

  it('uses a kept text wherever the value stands: walked, inside another class, past the walked depth', () => {
    const value = keepJson({ a: 1 }, [jsonPiece('{"a":2}')]);
    class Holder {
      constructor(readonly inner: unknown) {}
    }
    let deep: unknown = value;
    for (let i = 0; i < 80; i += 1) deep = [deep];
    assert.equal(toJson({ x: [value] }), '{"x":[{"a":2}]}');
    assert.equal(toJson({ x: new Holder(value) }), '{"x":{"inner":{"a":2}}}');
    assert.equal(toJson(deep), `${'['.repeat(80)}{"a":2}${']'.repeat(80)}`);
  });

  it('fails where JSON.stringify fails: a cycle, a BigInt', () => {
    const cycle: Record<string, unknown> = { a: 1 };
    cycle.self = { back: cycle };
    assert.throws(() => toJson({ cycle }), TypeError);
    assert.throws(() => toJson({ big: BigInt(1) }), TypeError);
  });
});
