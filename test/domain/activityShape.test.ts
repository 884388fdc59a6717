// The activity's structural checks at the HTTP entry: ids, the conversation id, the service URL.
import { strict as assert } from 'assert';
import { activityLimitsProblem, serviceUrlParts } from '../../src/domain/http/activityShape';

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
});
