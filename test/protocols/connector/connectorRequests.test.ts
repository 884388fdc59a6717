// The per-turn connector calls' method, path and headers (protocols/connector/connectorRequests.ts),
// from tables written by hand after Connector API 3.0's operations, and when a proxy hands every
// call to the SDK's client.
import { strict as assert } from 'assert';
import {
  ConnectorOperation,
  ConnectorRequest,
  connectorHeaders,
  connectorRequest,
  proxyConfigured,
  wireActivity,
} from '../../../src/protocols/connector/connectorRequests';

describe('Connector: the per-turn calls', () => {
  it('names each operation by its method and path, ids encoded; a reply alone carries its conversation header', () => {
    const rows: [ConnectorOperation, ConnectorRequest][] = [
      [
        { op: 'send', conversationId: 'a:b;messageid=1' },
        { method: 'POST', path: 'v3/conversations/a%3Ab%3Bmessageid%3D1/activities' },
      ],
      [
        { op: 'reply', conversationId: 'c 1', activityId: 'x/y' },
        { method: 'POST', path: 'v3/conversations/c%201/activities/x%2Fy', conversationHeader: 'c 1' },
      ],
      [
        { op: 'update', conversationId: 'c', activityId: '7' },
        { method: 'PUT', path: 'v3/conversations/c/activities/7' },
      ],
      [
        { op: 'delete', conversationId: 'c', activityId: '7' },
        { method: 'DELETE', path: 'v3/conversations/c/activities/7' },
      ],
    ];
    for (const [operation, request] of rows) assert.deepEqual(connectorRequest(operation), request, operation.op);
  });

  it("sends the SDK client's headers: a body's type and length only with a body, the conversation header only when given", () => {
    assert.deepEqual(connectorHeaders('ua', 'c 1', 42), {
      accept: '*/*',
      'user-agent': 'ua',
      'x-ms-conversation-id': 'c 1',
      'content-type': 'application/json; charset=utf-8',
      'content-length': '42',
    });
    assert.deepEqual(connectorHeaders('ua', undefined, undefined), { accept: '*/*', 'user-agent': 'ua' });
    assert.deepEqual(connectorHeaders('ua', undefined, 0)['content-length'], '0');
  });

  it('writes the headers into the signed ones after the signature, in the order the SDK client sends them', () => {
    const signed: Record<string, string> = { authorization: 'Bearer t' };
    assert.equal(connectorHeaders('ua', 'c 1', 42, signed), signed);
    assert.deepEqual(Object.entries(signed), [
      ['authorization', 'Bearer t'],
      ['accept', '*/*'],
      ['user-agent', 'ua'],
      ['x-ms-conversation-id', 'c 1'],
      ['content-type', 'application/json; charset=utf-8'],
      ['content-length', '42'],
    ]);
  });

  it('hands every call to the SDK client when any proxy variable is set, in either case', () => {
    const rows: [Record<string, string | undefined>, boolean][] = [
      [{}, false],
      [{ HTTPS_PROXY: 'http://proxy:3128' }, true],
      [{ http_proxy: 'http://proxy:3128' }, true],
      [{ ALL_PROXY: 'socks5://proxy' }, true],
      [{ HTTPS_PROXY: '' }, false],
      [{ NO_PROXY: 'localhost' }, false],
    ];
    for (const [env, expected] of rows) assert.equal(proxyConfigured(env), expected, JSON.stringify(env));
  });

  it("keeps only the activity's own wire properties", () => {
    assert.deepEqual(wireActivity({ type: 'message', text: 'hi', locale: 'hu-HU', cached: 'x' }, new Set(['type', 'text', 'locale'])), {
      type: 'message',
      text: 'hi',
      locale: 'hu-HU',
    });
  });
});
