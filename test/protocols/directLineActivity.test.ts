// What a Web Chat client may post to the local Direct Line (src/protocols/http/directLineActivity.ts)
// and the byte window of what it may post per minute (protocols/directline/byteWindow.ts), from tables, without a server
// (the routes: webchat/localDirectLine.test.ts).
import { strict as assert } from 'assert';
import { MAX_CLIENT_VALUES, bearerToken, fromClient } from '../../src/protocols/http/directLineActivity';
import { ByteWindow } from '../../src/protocols/directline/byteWindow';

describe('Direct Line client activities', () => {
  it('keeps the fields a client may set, bounded, and drops the rest', () => {
    assert.deepEqual(
      fromClient({
        type: 'message',
        text: 'hi',
        locale: 'hu-HU',
        from: { id: 'someone-else' },
        serviceUrl: 'https://evil.example/',
        id: 'chosen',
        entities: [{ type: 'clientInfo' }, 'junk', 5],
        channelData: { clientActivityID: 'x' },
        replyToId: 'r'.repeat(200),
        localTimezone: 'Europe/Budapest',
      }),
      {
        type: 'message',
        text: 'hi',
        locale: 'hu-HU',
        entities: [{ type: 'clientInfo' }],
        channelData: { clientActivityID: 'x' },
        replyToId: 'r'.repeat(200),
        localTimezone: 'Europe/Budapest',
      },
    );
    assert.deepEqual(fromClient({ type: 'typing', locale: 'xx-YY', channelData: 'no', replyToId: 'r'.repeat(201) }), { type: 'typing' });
  });

  it('keeps a text format, a name, a value and the local time a client sends, and at most 20 entities', () => {
    const entities = Array.from({ length: 21 }, (_, i) => ({ type: `e${i}` }));
    assert.deepEqual(
      fromClient({
        type: 'event',
        name: 'webchat/join',
        value: { language: 'hu-HU' },
        textFormat: 'plain',
        localTimestamp: '2026-11-26T10:00:00+01:00',
        entities,
      }),
      {
        type: 'event',
        name: 'webchat/join',
        value: { language: 'hu-HU' },
        textFormat: 'plain',
        localTimestamp: '2026-11-26T10:00:00+01:00',
        entities: entities.slice(0, 20),
      },
    );
  });

  it('refuses an activity of another type, an overlong text, or too many values', () => {
    const rows: [Record<string, unknown>, RegExp][] = [
      [{ type: 'invoke' }, /type must be message, event or typing/],
      [{ text: 'no type' }, /type must be/],
      [{ type: 'message', text: 'x'.repeat(10_001) }, /at most 10000 characters/],
      [{ type: 'message', text: 5 }, /at most 10000 characters/],
      [{ type: 'event', value: Array.from({ length: MAX_CLIENT_VALUES }, () => 1) }, /at most 200 values/],
      [{ type: 'event', value: { a: [1, 2] }, channelData: Object.fromEntries(Array.from({ length: 197 }, (_, i) => [`k${i}`, i])) }, /at most 200 values/],
    ];
    for (const [body, message] of rows) assert.match(String(fromClient(body)), message, JSON.stringify(body).slice(0, 80));
    assert.equal(typeof fromClient({ type: 'event', value: Array.from({ length: MAX_CLIENT_VALUES - 1 }, () => 1) }), 'object');
  });

  it('reads a local token from a bearer header, nothing else', () => {
    const token = 'A'.repeat(43);
    assert.equal(bearerToken(`Bearer ${token}`), token);
    assert.equal(bearerToken(` Bearer ${token} `), token);
    for (const header of [undefined, token, `bearer ${token}`, 'Bearer short', `Bearer ${'a'.repeat(201)}`, `Bearer ${token}!`, `Basic Bearer ${token}`])
      assert.equal(bearerToken(header), undefined, String(header));
  });

  it('lets bytes through per window and says when enough leave it for a refused post', () => {
    const window = new ByteWindow(1_000, 60_000);
    assert.deepEqual(window.take(600, 0), { allowed: true });
    assert.deepEqual(window.take(300, 15_000), { allowed: true });
    // 600 bytes leave with the first bucket, at 60 s.
    assert.deepEqual(window.take(200, 20_000), { allowed: false, retryAfterSeconds: 40 });
    assert.deepEqual(window.take(200, 60_000), { allowed: true });
    // More than the window ever holds: the whole window.
    assert.deepEqual(window.take(1_001, 61_000), { allowed: false, retryAfterSeconds: 60 });
  });
});
