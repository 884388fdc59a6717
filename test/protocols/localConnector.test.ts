// The local Direct Line's connector (src/protocols/http/localConnector.ts) from tables: which
// service URLs are a local connector's, and what a proactive turn in a conversation not held here gets.
import { strict as assert } from 'assert';
import { endedConversation, isLocalConnector } from '../../src/protocols/http/localConnector';

describe('Local connector', () => {
  it("tells a local connector's service URL from a channel's", () => {
    const rows: [string, unknown, boolean][] = [
      ['this process', 'http://127.0.0.1:3978/local-connector/', true],
      ['another process', 'http://127.0.0.1:4000/local-connector/', true],
      ["Teams' connector", 'https://smba.trafficmanager.net/teams/', false],
      ['the path without its slash', 'http://127.0.0.1:3978/local-connector', false],
      ['no service URL', undefined, false],
      ['not a string', 42, false],
    ];
    for (const [what, serviceUrl, local] of rows) assert.equal(isLocalConnector(serviceUrl), local, what);
  });

  it('answers a proactive turn in a conversation not held here as a connector does, with 404', () => {
    const rows: [string, boolean, { statusCode: number; message: string } | undefined][] = [
      ['held', true, undefined],
      ['ended or never here', false, { statusCode: 404, message: 'The conversation has ended' }],
    ];
    for (const [what, held, answer] of rows) assert.deepEqual(endedConversation(held), answer, what);
  });
});
