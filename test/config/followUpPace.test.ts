// The follow-ups' pace and the demonstration's events address (src/config/followUps.ts: followUpPollMs,
// demoEventsUrl), from tables written by hand; the wiring is hosting/app.ts.
import { strict as assert } from 'assert';
import { demoEventsUrl, followUpPollMs } from '../../src/config/followUps';

describe('Follow-up pace', () => {
  it("polls at the demonstration's own pace there, at the configured seconds elsewhere", () => {
    const rows: [string, boolean, number, number][] = [
      ['the demonstration', true, 300, 2000],
      ['a deployment', false, 300, 300_000],
      ['a deployment, one second', false, 1, 1000],
    ];
    for (const [what, demo, seconds, ms] of rows) assert.equal(followUpPollMs(demo, seconds, 2000), ms, what);
  });

  it("addresses the demonstration's events to this listener, an IPv6 host in brackets", () => {
    const rows: [string, string, string][] = [
      ['IPv4 loopback', '127.0.0.1', 'http://127.0.0.1:3978/api/partnercenter/events'],
      ['IPv6 loopback', '::1', 'http://[::1]:3978/api/partnercenter/events'],
      ['a name', 'localhost', 'http://localhost:3978/api/partnercenter/events'],
    ];
    for (const [what, host, url] of rows) assert.equal(demoEventsUrl(host, 3978, '/api/partnercenter/events'), url, what);
  });
});
