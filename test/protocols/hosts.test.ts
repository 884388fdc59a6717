// The Host rules (src/protocols/http/hosts.ts) without a server: how a Host header is read, which
// hosts pass in local mode, with ALLOWED_HOSTS, and with a registration, and which requests are
// misdirected (the health probes with a registration).
import { strict as assert } from 'assert';
import { hostAllowList, hostOfHeader, isLoopbackHost, misdirection } from '../../src/protocols/http/hosts';
import { testConfig } from '../support/config';

const APP_ID = '11111111-2222-3333-4444-555555555555';

describe('Host allow-list', () => {
  it('reads the host of a Host header: lower case, IPv6 without brackets, no port', () => {
    const cases: [string | string[] | undefined, string | undefined][] = [
      ['localhost', 'localhost'],
      ['localhost:3978', 'localhost'],
      ['LocalHost:3978', 'localhost'],
      ['localhost:', 'localhost'],
      ['127.0.0.1:80', '127.0.0.1'],
      ['[::1]:3978', '::1'],
      ['[::1]', '::1'],
      ['[::ffff:127.0.0.1]:3978', '::ffff:127.0.0.1'],
      ['rebind.attacker.example', 'rebind.attacker.example'],
      ['rebind.attacker.example:3978', 'rebind.attacker.example'],
      [' localhost:3978 ', 'localhost'],
      // Not an authority: no host at all.
      [undefined, undefined],
      ['', undefined],
      [['localhost', 'evil.example'], undefined],
      ['::1', undefined],
      ['[localhost]', undefined],
      ['localhost:3978:1', undefined],
      ['localhost:123456', undefined],
      ['user@localhost', undefined],
      ['localhost/path', undefined],
      ['local host', undefined],
      ['localhost%00.evil.example', undefined],
      ['x'.repeat(301), undefined],
    ];
    for (const [header, host] of cases) assert.equal(hostOfHeader(header), host, JSON.stringify(header));
  });

  it('without a registration takes loopback names and addresses with any port, and nothing else', () => {
    const allowed = hostAllowList(testConfig({ appId: '', host: '127.0.0.1' }))!;
    assert.ok(allowed, 'local mode always checks');
    for (const header of ['localhost', 'localhost:3978', 'LOCALHOST:1', '127.0.0.1', '127.0.0.1:3978', '127.0.0.2:3978', '[::1]:3978', '[::1]']) {
      assert.equal(allowed(hostOfHeader(header)), true, header);
    }
    for (const header of [
      'rebind.attacker.example',
      'rebind.attacker.example:3978',
      'localhost.attacker.example',
      '127.0.0.1.attacker.example',
      'localhost.',
      '10.0.0.5:3978',
      '0.0.0.0:3978',
      '[fd00::1]:3978',
      undefined,
      '',
    ]) {
      assert.equal(allowed(hostOfHeader(header)), false, String(header));
    }
  });

  it('adds ALLOWED_HOSTS and the address the bot listens on, when it is one', () => {
    const allowed = hostAllowList(testConfig({ appId: '', host: '192.168.1.20', allowedHosts: ['bot.lan', 'fd00::1'] }))!;
    for (const header of ['bot.lan', 'BOT.LAN:3978', '[fd00::1]:3978', '192.168.1.20:3978', 'localhost:3978'])
      assert.equal(allowed(hostOfHeader(header)), true, header);
    for (const header of ['other.lan', 'sub.bot.lan', '192.168.1.21']) assert.equal(allowed(hostOfHeader(header)), false, header);
    // Listening on every interface names no host.
    const everywhere = hostAllowList(testConfig({ appId: '', host: '0.0.0.0' }))!;
    assert.equal(everywhere(hostOfHeader('0.0.0.0:3978')), false);
    assert.equal(everywhere(hostOfHeader('192.168.1.20:3978')), false);
    const ipv6 = hostAllowList(testConfig({ appId: '', host: '::' }))!;
    assert.equal(ipv6(hostOfHeader('[::]:3978')), false);
    assert.equal(hostAllowList(testConfig({ appId: '', host: '::1' }))!(hostOfHeader('[::1]:1')), true);
  });

  it('with a registration checks nothing unless ALLOWED_HOSTS is set', () => {
    assert.equal(hostAllowList(testConfig({ appId: APP_ID, host: '0.0.0.0' })), undefined);
    assert.equal(hostAllowList(testConfig({ appId: APP_ID, host: '0.0.0.0', allowedHosts: [] })), undefined);
    const allowed = hostAllowList(testConfig({ appId: APP_ID, host: '0.0.0.0', allowedHosts: ['advisor.azurewebsites.net'] }))!;
    assert.equal(allowed(hostOfHeader('advisor.azurewebsites.net')), true);
    assert.equal(allowed(hostOfHeader('localhost:8080')), true, 'loopback stays allowed (a local health check)');
    assert.equal(allowed(hostOfHeader('other.azurewebsites.net')), false);
  });

  it('names loopback hosts: localhost, 127.0.0.0/8 and ::1, in brackets or not', () => {
    const rows: [string, boolean][] = [
      ['localhost', true],
      [' LocalHost ', true],
      ['127.0.0.1', true],
      ['127.1.2.3', true],
      ['::1', true],
      ['[::1]', true],
      ['::ffff:127.0.0.1', true],
      ['128.0.0.1', false],
      ['localhost.example', false],
      ['127.0.0.1.example', false],
      ['0.0.0.0', false],
      ['', false],
    ];
    for (const [host, loopback] of rows) assert.equal(isLoopbackHost(host), loopback, host);
  });

  it('refuses a request to another host, but with a registration answers the probes whatever the host', () => {
    const rows: [{ appId: string; allowedHosts?: string[] }, string | undefined, string, boolean | 'no check'][] = [
      [{ appId: '' }, 'localhost:3978', '/api/messages', false],
      [{ appId: '' }, 'evil.example', '/api/messages', true],
      [{ appId: '' }, 'evil.example', '/healthz', true],
      [{ appId: '' }, undefined, '/', true],
      [{ appId: APP_ID }, 'evil.example', '/api/messages', 'no check'],
      [{ appId: APP_ID, allowedHosts: ['bot.example'] }, 'bot.example', '/api/messages', false],
      [{ appId: APP_ID, allowedHosts: ['bot.example'] }, 'evil.example', '/api/messages', true],
      [{ appId: APP_ID, allowedHosts: ['bot.example'] }, 'evil.example', '/healthz', false],
      [{ appId: APP_ID, allowedHosts: ['bot.example'] }, 'evil.example', '/readyz?deep=1', false],
      [{ appId: APP_ID, allowedHosts: ['bot.example'] }, 'evil.example', '/readyzz', true],
    ];
    for (const [settings, host, url, expected] of rows) {
      const check = misdirection({ host: '127.0.0.1', ...settings });
      assert.equal(check === undefined ? 'no check' : check(host, url), expected, `${JSON.stringify(settings)} ${host} ${url}`);
    }
  });

  it('reads brackets only around the whole host, and 127.x.y.z with up to three digits a part, as loopback', () => {
    for (const host of ['local[host]', '[local]host', '1127.0.0.1', '127.0.0.1x']) assert.equal(isLoopbackHost(host), false, host);
    assert.equal(isLoopbackHost('127.10.200.1'), true);
  });

  it('reads a Host header up to 300 characters, and brackets only around an IPv6 address', () => {
    const long = `${'a'.repeat(296)}.com`;
    assert.equal(hostOfHeader(long), long);
    assert.equal(hostOfHeader(`a${long}`), undefined);
    assert.equal(hostOfHeader('[127.0.0.1]'), undefined);
  });

  it('adds the IPv6 or IPv4 address the bot listens on, bracketed or not', () => {
    for (const host of ['fd00::5', '[fd00::5]']) assert.equal(hostAllowList({ appId: '', host })!('fd00::5'), true, host);
    assert.equal(hostAllowList({ appId: '', host: '10.0.0.5' })!('10.0.0.5'), true);
  });
});
