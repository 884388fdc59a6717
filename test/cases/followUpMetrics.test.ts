// The follow-ups' metrics and spans (docs/telemetry.md), recorded in a process of its own
// (followUpMetricsProbe.ts): OpenTelemetry stays out of this one.
import { strict as assert } from 'assert';
import { execFileSync } from 'child_process';
import * as path from 'path';

interface Point {
  name: string;
  attributes: Record<string, string>;
  value: number | { count: number; sum: number };
}

describe('Follow the case: metrics and spans', () => {
  it('counts a follow-up once however often its change came, its latency from the change, and each poll by outcome', () => {
    const out = execFileSync(process.execPath, [path.join(__dirname, 'followUpMetricsProbe.js')], { encoding: 'utf8', timeout: 60_000 });
    const { points, spans } = JSON.parse(out) as { points: Point[]; spans: string[] };
    const sent = points.filter((p) => p.name === 'advisor.follow_ups');
    assert.deepEqual(
      sent.map((p) => [
        p.attributes['advisor.case.kind'],
        p.attributes['advisor.follow_up'],
        p.attributes['advisor.follow_up.source'],
        p.attributes['advisor.follow_up.delivery'],
        p.value,
      ]),
      [['gdapApproval', 'approved', 'event', 'sent', 1]],
    );
    const latency = points.find((p) => p.name === 'advisor.follow_up.latency');
    assert.ok(latency && typeof latency.value === 'object', 'a latency histogram');
    assert.equal(latency.value.count, 1);
    assert.equal(latency.value.sum, 3, 'three seconds from the change to the message');
    const polls = points.filter((p) => p.name === 'advisor.follow_up.polls');
    assert.deepEqual(
      polls.map((p) => [p.attributes['advisor.case.kind'], p.attributes['advisor.poll.outcome'], p.value]),
      // The approved relationship is read too (its end, a termination without its event: review 4 gap 3).
      [
        ['gdapApproval', 'failed', 1],
        ['transfer', 'failed', 1],
      ],
    );
    assert.ok(spans.includes('follow_up.send') && spans.includes('follow_up.poll'), spans.join(', '));
  });
});
