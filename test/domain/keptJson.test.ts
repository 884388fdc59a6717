// Kept JSON: a value's text written once and used wherever the value is written again.
import { strict as assert } from 'assert';
import { randomUUID } from 'crypto';
import { jsonPiece, jsonSegments, keepJson, keepJsonWithMember, keptJson, toJson } from '../../src/domain/keptJson';

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

  it('keeps no text on a frozen value, and keeps the first text of a value kept twice', () => {
    const frozen = Object.freeze({ a: 1 });
    assert.equal(keepJson(frozen, [jsonPiece('{"a":1}')]), frozen);
    assert.equal(keptJson(frozen), undefined);
    const value = keepJson({ a: 1 }, [jsonPiece('{"a":1}')]);
    keepJson(value, [jsonPiece('{"a":9}')]);
    assert.equal(toJson(value), '{"a":1}');
  });

  it('gives the kept segments of a kept value, and one string for a value without kept text', () => {
    const piece = jsonPiece('{"a":1}');
    const value = keepJson({ a: 1 }, [piece]);
    assert.deepEqual(jsonSegments(value), [piece]);
    assert.equal(jsonSegments(value)[0], piece);
    assert.deepEqual(jsonSegments({ a: [1, 'b'] }), ['{"a":[1,"b"]}']);
    assert.deepEqual(jsonSegments(undefined), [undefined], 'nothing to write, as JSON.stringify(undefined) gives');
  });

  it("writes a kept value inside others as its own pieces between the others' strings", () => {
    const piece = jsonPiece('{"a":1}');
    const value = keepJson({ a: 1 }, [piece]);
    const segments = jsonSegments({ first: value, then: [value], last: 1 });
    assert.deepEqual(segments, ['{"first":', piece, ',"then":[', piece, '],"last":1}']);
    assert.deepEqual(jsonSegments([value]), ['[', piece, ']']);
    assert.deepEqual(jsonSegments({ at: new Date(0), card: value }), ['{"at":"1970-01-01T00:00:00.000Z","card":', piece, '}']);
  });

  it('keeps the text of a copy with one member added last, reusing the pieces before it', () => {
    const head = jsonPiece('{"type":"AdaptiveCard",');
    const tail = jsonPiece('"body":[]}');
    const card = keepJson({ type: 'AdaptiveCard', body: [] }, [head, tail]);
    const copy = keepJsonWithMember({ ...card, refresh: { userIds: ['u1'] } }, card, 'refresh', { userIds: ['u1'] });
    assert.equal(toJson(copy), '{"type":"AdaptiveCard","body":[],"refresh":{"userIds":["u1"]}}');
    assert.equal(toJson(copy), JSON.stringify(copy));
    const segments = keptJson(copy)!;
    assert.equal(segments[0], head);
    assert.equal((segments[1] as { text: string }).text, '"body":[]');
    // The closing brace is left off the same piece every time, so the host encodes it once.
    const again = keepJsonWithMember({ ...card, refresh: { userIds: [] } }, card, 'refresh', { userIds: [] });
    assert.equal(keptJson(again)![1], segments[1]);
    assert.equal(toJson(again), '{"type":"AdaptiveCard","body":[],"refresh":{"userIds":[]}}');
  });

  it('adds the member after a last segment that is a string too', () => {
    const card = keepJson({ a: 1, b: 2 }, [jsonPiece('{"a":1,'), '"b":2}']);
    const copy = keepJsonWithMember({ ...card, c: [3] }, card, 'c', [3]);
    assert.deepEqual(keptJson(copy)!.slice(1), ['"b":2', ',"c":[3]}']);
    assert.equal(toJson(copy), '{"a":1,"b":2,"c":[3]}');
  });

  it('keeps no text on the copy when the value has none, has the member already, or is empty', () => {
    const plain = { a: 1 };
    const copy = { ...plain, b: {} };
    assert.equal(keepJsonWithMember(copy, plain, 'b', {}), copy);
    assert.equal(keptJson(copy), undefined);
    const withMember = keepJson({ b: 1, a: 1 }, [jsonPiece('{"b":1,"a":1}')]);
    const replaced = keepJsonWithMember({ ...withMember, b: {} }, withMember, 'b', {});
    assert.equal(keptJson(replaced), undefined);
    assert.equal(toJson(replaced), '{"b":{},"a":1}');
    const empty = keepJson({}, [jsonPiece('{}')]);
    const added = keepJsonWithMember({ ...empty, b: {} }, empty, 'b', {});
    assert.equal(keptJson(added), undefined);
    assert.equal(toJson(added), '{"b":{}}');
    const emptyString = keepJson({}, ['{}']);
    assert.equal(keptJson(keepJsonWithMember({ b: {} }, emptyString, 'b', {})), undefined);
  });

  it('adds a member to a card kept as one piece', () => {
    const piece = jsonPiece('{"a":1}');
    const card = keepJson({ a: 1 }, [piece]);
    const copy = keepJsonWithMember({ ...card, b: [2] }, card, 'b', [2]);
    assert.equal(toJson(copy), '{"a":1,"b":[2]}');
    assert.equal((keptJson(copy)![0] as { text: string }).text, '{"a":1');
  });

  it("writes a key first seen now as JSON.stringify does (the keys' texts are remembered across calls)", () => {
    const value = { [`fresh-${randomUUID()}`]: 1, [`"quoted" ${randomUUID()}`]: [2] };
    assert.equal(toJson(value), JSON.stringify(value));
  });

  it('writes a value with its own toJSON through it, at the top as well as inside', () => {
    const top = { toJSON: () => 'x', a: 1 };
    assert.equal(toJson(top), JSON.stringify(top));
    // JSON.stringify gives a toJSON at the top the key "" (inside, its member's name).
    const keyed = { toJSON: (key: string) => `key:${key}` };
    assert.equal(toJson(keyed), '"key:"');
    assert.equal(toJson({ inner: keyed }), '{"inner":"key:inner"}');
    assert.equal(toJson([Object('str'), Object(2)]), JSON.stringify([Object('str'), Object(2)]));
  });

  it('gives a kept value reached through a toJSON as that piece alone, with no empty text around it', () => {
    const piece = jsonPiece('{"a":1}');
    const value = keepJson({ a: 1 }, [piece]);
    assert.deepEqual(jsonSegments({ toJSON: () => value }), [piece]);
    // A kept text of no segments still gives one (empty) segment: the host writes at least one.
    assert.deepEqual(jsonSegments({ toJSON: () => keepJson({}, []) }), ['']);
  });

  it('tells kept values from strings that look like the marks it writes in their place', () => {
    const value = keepJson({ a: 1 }, [jsonPiece('{"a":2}')]);
    class Holder {
      constructor(readonly inner: unknown) {}
    }
    const held = new Holder({ texts: ['undefined0', '0', ''], card: value, more: ['undefined1', '1'], again: value });
    assert.equal(toJson(held), '{"inner":{"texts":["undefined0","0",""],"card":{"a":2},"more":["undefined1","1"],"again":{"a":2}}}');
  });
});
