// Which conversations a follow-up may reach from this process, and through what
// (conversation/followUps/followUpReach.ts), from tables written by hand.
import { strict as assert } from 'assert';
import { reachableHere, reachBy } from '../../../src/conversation/followUps/followUpReach';
import { isLocalConnector } from '../../../src/protocols/http/localConnector';

const TEAMS = 'https://smba.trafficmanager.net/emea/';
const MINE = 'http://127.0.0.1:3978/local-connector/';
const OTHER = 'http://127.0.0.1:3979/local-connector/';

describe('Follow-ups: the conversations this process reaches', () => {
  it('names a local Direct Line conversation by its connector path only', () => {
    const rows: [unknown, boolean][] = [
      [MINE, true],
      [OTHER, true],
      ['http://[::1]:3978/local-connector/', true],
      [TEAMS, false],
      ['https://directline.botframework.com/', false],
      ['http://127.0.0.1:3978/local-connector', false],
      [undefined, false],
      [{ toString: () => MINE }, false],
    ];
    for (const [url, expected] of rows) assert.equal(isLocalConnector(url), expected, String(url));
  });

  it("tells a channel's conversation from any instance, a local one only from the process that serves it", () => {
    const rows: [string, unknown, string | undefined, boolean][] = [
      ['a Teams conversation, this process serving Web Chat locally', TEAMS, MINE, true],
      ['a Teams conversation, no local Direct Line here', TEAMS, undefined, true],
      ["this process's own local conversation", MINE, MINE, true],
      ["another process's local conversation", OTHER, MINE, false],
      ['a local conversation, no local Direct Line here', MINE, undefined, false],
      ['a reference without a service URL goes to the connector, which refuses it', undefined, undefined, true],
    ];
    for (const [what, url, local, expected] of rows) assert.equal(reachableHere(url, local), expected, what);
  });

  it('reaches a local conversation through the bridge where there is one, anything else through the adapter', () => {
    const rows: [string, unknown, boolean, 'localBridge' | 'adapter'][] = [
      ['a local conversation, with a bridge', MINE, true, 'localBridge'],
      ['a local conversation, no bridge', MINE, false, 'adapter'],
      ['a Teams conversation, with a bridge', TEAMS, true, 'adapter'],
      ['a Teams conversation, no bridge', TEAMS, false, 'adapter'],
    ];
    for (const [what, url, bridge, expected] of rows) assert.equal(reachBy(url, bridge), expected, what);
  });
});
