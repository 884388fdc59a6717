// The activity's structural checks at the HTTP entry: ids, the conversation id, the service URL.
import { strict as assert } from 'assert';
import { activityLimitsProblem, serviceUrlParts } from '../../src/protocols/http/activityShape';

const activity = (fields: Record<string, unknown> = {}): Record<string, unknown> => ({
  type: 'message',
  id: 'act-1',
  channelId: 'msteams',
  serviceUrl: 'https://smba.trafficmanager.net/emea/',
  from: { id: '29:1AbC-user' },
  recipient: { id: '28:bot' },
  conversation: { id: 'a:1XyZ-conversation', conversationType: 'personal' },
  text: 'hi',
  ...fields,
});

describe('Activity limits at the HTTP entry', () => {
  it('takes ordinary activities, ids in any script included', () => {
    assert.equal(activityLimitsProblem(activity()), undefined);
    for (const id of ['user-é', 'user-用户', 'user-😀', 'a'.repeat(1024)]) {
      assert.equal(activityLimitsProblem(activity({ from: { id } })), undefined, id);
    }
  });

  it('refuses an id with a control character or a lone half of a surrogate pair', () => {
    for (const id of ['u\u0007', 'u\u007f', 'u\n', 'u\ud800', 'u\udc00x', '\udc00\ud800', 'a'.repeat(1025), '']) {
      assert.match(activityLimitsProblem(activity({ from: { id } })) ?? '', /sender id/, JSON.stringify(id));
      assert.match(activityLimitsProblem(activity({ replyToId: id === '' ? 7 : id })) ?? '', /replyToId/, JSON.stringify(id));
    }
  });

  it('takes only printable ASCII in the conversation id (it travels in an HTTP header)', () => {
    assert.equal(activityLimitsProblem(activity({ conversation: { id: '19:meeting_abc@thread.v2;messageid=1' } })), undefined);
    for (const id of ['conv-é', 'conv\u0000', 'conv-😀', 'conv\ud800', '', 'c'.repeat(1025), 42]) {
      assert.match(activityLimitsProblem(activity({ conversation: { id } })) ?? '', /conversation id/, JSON.stringify(id));
    }
  });

  it('gives a service URL the same verdict every time, however many others came in between', () => {
    const refused = ['javascript:alert(1)', 'not a url', 'ftp://example.com/'];
    for (let round = 0; round < 2; round += 1) {
      for (const serviceUrl of refused) assert.match(activityLimitsProblem(activity({ serviceUrl })) ?? '', /http\(s\) URL/, serviceUrl);
      assert.equal(activityLimitsProblem(activity({ serviceUrl: 'http://127.0.0.1:3978/' })), undefined);
      // More URLs than are kept: the first ones are read again, with the same result.
      for (let n = 0; n < 100; n += 1) assert.equal(activityLimitsProblem(activity({ serviceUrl: `https://region${n}.example.net/` })), undefined);
    }
    assert.match(activityLimitsProblem(activity({ serviceUrl: undefined })) ?? '', /http\(s\) URL/);
    assert.equal(activityLimitsProblem(activity({ serviceUrl: undefined, deliveryMode: 'expectReplies' })), undefined);
  });

  it("reads a service URL's scheme and host as the URL parser does, and whether the host is this machine", () => {
    assert.deepEqual(serviceUrlParts('HTTP://LocalHost:3978/x'), { protocol: 'http:', hostname: 'localhost', loopback: true });
    assert.deepEqual(serviceUrlParts('https://[::1]/'), { protocol: 'https:', hostname: '[::1]', loopback: true });
    assert.deepEqual(serviceUrlParts('http://127.0.0.2:3978/'), { protocol: 'http:', hostname: '127.0.0.2', loopback: true });
    assert.deepEqual(serviceUrlParts('https://smba.trafficmanager.net/emea/'), { protocol: 'https:', hostname: 'smba.trafficmanager.net', loopback: false });
    assert.deepEqual(serviceUrlParts('http://127.0.0.1.example.com/'), { protocol: 'http:', hostname: '127.0.0.1.example.com', loopback: false });
    assert.equal(serviceUrlParts('://nothing'), undefined);
    assert.equal(serviceUrlParts('://nothing'), undefined, 'and again, from what was kept');
    const long = `https://example.net/${'x'.repeat(2_000)}`;
    assert.deepEqual(serviceUrlParts(long), { protocol: 'https:', hostname: 'example.net', loopback: false }, 'a long one is read, not kept');
    assert.equal(serviceUrlParts(`${long}\u0000 not a url`.replace('https://', '://')), undefined);
  });

  it('names the field each malformed activity gets wrong, and takes null or an empty id where a field may be absent', () => {
    const rows: [Record<string, unknown>, string | undefined][] = [
      [{ type: '' }, 'The activity has no type.'],
      [{ type: 5 }, 'The activity has no type.'],
      [{ type: 't'.repeat(1025) }, 'The activity has no type.'],
      [{ type: 't'.repeat(1024) }, undefined],
      [{ channelId: undefined }, 'The activity has no valid channelId.'],
      [{ channelId: 'ms teams' }, 'The activity has no valid channelId.'],
      [{ channelId: '/msteams' }, 'The activity has no valid channelId.'],
      [{ channelId: 'msteams/' }, 'The activity has no valid channelId.'],
      [{ channelId: 'c'.repeat(65) }, 'The activity has no valid channelId.'],
      [{ channelId: 'c'.repeat(64) }, undefined],
      [{ conversation: { id: 'c'.repeat(1024) } }, undefined],
      [{ conversation: { id: 'a:1', conversationType: 5 } }, 'The conversation type must be a short string.'],
      [{ conversation: { id: 'a:1', conversationType: 'c'.repeat(65) } }, 'The conversation type must be a short string.'],
      [{ conversation: { id: 'a:1', conversationType: 'c'.repeat(64) } }, undefined],
      [{ conversation: { id: 'a:1', conversationType: null } }, undefined],
      [{ id: null, replyToId: '' }, undefined],
      [{ recipient: null }, undefined],
      [{ recipient: 'bot' }, 'The activity recipient must have a string id.'],
      [{ recipient: { id: 5 } }, 'The activity recipient must have a string id.'],
      [{ recipient: {} }, undefined],
      [{ entities: {} }, 'The activity entities, attachments and members must be arrays of objects.'],
      [{ entities: [{}, 5] }, 'The activity entities, attachments and members must be arrays of objects.'],
      [{ attachments: 'card' }, 'The activity entities, attachments and members must be arrays of objects.'],
      [{ membersAdded: [5] }, 'The activity entities, attachments and members must be arrays of objects.'],
      [{ membersRemoved: 'x' }, 'The activity entities, attachments and members must be arrays of objects.'],
      [{ entities: null, attachments: null, membersAdded: null, membersRemoved: null }, undefined],
      [{ membersAdded: [{ id: 'u1' }, { id: 5 }] }, 'Every member in membersAdded needs a string id.'],
      [{ membersRemoved: [{ id: 'u\u0007' }] }, 'Every member in membersRemoved needs a string id.'],
      [{ membersAdded: [{}], membersRemoved: [{ id: 'u1' }] }, undefined],
      [{ channelData: 'x' }, 'The activity channelData must be an object.'],
      [{ channelData: null }, undefined],
      [{ text: 5 }, 'The activity text must be a string.'],
      [{ text: null }, undefined],
      [{ locale: 5 }, 'The activity locale must be a string.'],
      [{ locale: null }, undefined],
      [{ deliveryMode: 5 }, 'The activity deliveryMode must be a string.'],
      [{ deliveryMode: null }, undefined],
      [{ serviceUrl: 5 }, 'The activity serviceUrl must be a string.'],
      [{ serviceUrl: null }, 'The activity serviceUrl must be an http(s) URL.'],
    ];
    for (const [fields, expected] of rows) assert.equal(activityLimitsProblem(activity(fields)), expected, JSON.stringify(fields).slice(0, 80));
    assert.equal(activityLimitsProblem([]), 'The body must be a JSON activity object.');
  });
});
