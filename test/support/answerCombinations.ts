// Every combination of answers the questions allow: the decision table's exhaustive test and the
// side panel's parity test both walk it.
import { strict as assert } from 'assert';
import { Answers, CHINA_CHANNELS, COMMERCIAL_CHANNELS, CompleteAnswers, GOALS, PARTNER_TYPES, SERVICES, isComplete } from '../../src/domain/questions';

/** Every combination of answers the questions allow (goal only for license-based services). */
export function allCombinations(): CompleteAnswers[] {
  const out: CompleteAnswers[] = [];
  for (const cloud of ['global', 'usgov', 'china'] as const) {
    const channels = cloud === 'china' ? CHINA_CHANNELS : COMMERCIAL_CHANNELS;
    for (const channel of channels)
      for (const service of SERVICES)
        for (const goal of service === 'license' ? GOALS : [undefined])
          for (const partnerType of PARTNER_TYPES) {
            const a: Answers = { cloud, channel, service, partnerType, ...(goal ? { goal } : {}) };
            assert.ok(isComplete(a), JSON.stringify(a));
            out.push(a as CompleteAnswers);
          }
  }
  return out;
}
