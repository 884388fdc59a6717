// The bot's metrics as dashboards know them (protocols/telemetry/metrics.ts): every one named in
// docs/telemetry.md, in OpenTelemetry's naming, a count counted in whole things and a duration in
// seconds; the fixed attributes as written by hand.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { METRICS, partnerCenterEventAttributes, RELIABILITY_METRICS, stateLatencyAttributes } from '../../../src/protocols/telemetry/metrics';
import { PROJECT_ROOT } from '../../support/paths';

const all = [...Object.values(METRICS), ...RELIABILITY_METRICS.map((m) => ({ ...m, kind: 'counter' as const, unit: undefined, integer: true }))];

describe('Telemetry: the metrics', () => {
  it('names every metric, and each fixed attribute, in docs/telemetry.md', () => {
    const docs = fs.readFileSync(path.join(PROJECT_ROOT, 'docs', 'telemetry.md'), 'utf8');
    const names = [
      ...all.map((m) => m.name),
      ...Object.keys(stateLatencyAttributes('read', 'ok')),
      ...Object.keys(partnerCenterEventAttributes('refused', 'badSignature')),
    ];
    assert.deepEqual(
      names.filter((n) => !docs.includes(`\`${n}\``)),
      [],
    );
  });

  it("names each once, under advisor., in OpenTelemetry's lower-case dotted form", () => {
    const names = all.map((m) => m.name);
    assert.equal(new Set(names).size, names.length);
    assert.deepEqual(
      names.filter((n) => !/^advisor(\.[a-z][a-z_]*)+$/.test(n)),
      [],
    );
  });

  it('counts things in whole numbers with a {annotation} unit, and times in seconds on a histogram', () => {
    for (const m of Object.values(METRICS)) {
      if (m.kind === 'histogram') assert.deepEqual([m.unit, m.integer, m.name.endsWith('.duration')], ['s', false, true], m.name);
      else assert.deepEqual([/^\{[a-z]+\}$/.test(m.unit), m.integer], [true, true], m.name);
    }
  });

  it('records the fixed attributes as written, a refusal reason only when there is one', () => {
    assert.deepEqual(stateLatencyAttributes('write', 'conflict'), { 'advisor.state.operation': 'write', 'advisor.state.outcome': 'conflict' });
    assert.deepEqual(partnerCenterEventAttributes('refused', 'badSignature'), { 'advisor.event.outcome': 'refused', 'advisor.event.reason': 'badSignature' });
    assert.deepEqual(partnerCenterEventAttributes('delivered'), { 'advisor.event.outcome': 'delivered' });
    assert.deepEqual(partnerCenterEventAttributes('delivered', ''), { 'advisor.event.outcome': 'delivered' });
  });
});
