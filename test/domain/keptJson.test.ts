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
});
