// Where the bot reaches this server's local connector (conversation/webChat/loopbackAddress.ts),
// from a table written by hand: the listening address, loopback for an any-address bind, IPv6 in brackets.
import { strict as assert } from 'assert';
import { connectHost, localConnectorUrl } from '../../../src/conversation/webChat/loopbackAddress';

describe('Web Chat: where the bot reaches the local connector', () => {
  it('connects to the listening address, to loopback where the server listens on every address', () => {
    const rows: [string, string][] = [
      ['127.0.0.1', '127.0.0.1'],
      ['0.0.0.0', '127.0.0.1'],
      ['', '127.0.0.1'],
      ['::', '[::1]'],
      ['::1', '[::1]'],
      ['fe80::1', '[fe80::1]'],
      ['10.0.0.4', '10.0.0.4'],
    ];
    for (const [listening, host] of rows) assert.equal(connectHost(listening), host, listening);
    assert.equal(localConnectorUrl('::', 3978), 'http://[::1]:3978/local-connector/');
  });
});
