// One answer set per result row of the policy: what the search extension offers for a row, and the
// card gallery's result samples.
import { OutcomeRow } from '../../domain/outcomes';
import { CompleteAnswers } from '../../domain/questions';

/** One answer set per SPEC row; G2 is US Government, G3 an indirect reseller and G4 an indirect provider, so their notes show. */
export const REPRESENTATIVE_ANSWERS: Readonly<Record<OutcomeRow, { suffix?: string; answers: CompleteAnswers }>> = {
  G1: { answers: { cloud: 'global', channel: 'ea', service: 'license', goal: 'support', partnerType: 'direct' } },
  G2: { suffix: 'us-government', answers: { cloud: 'usgov', channel: 'microsoft', service: 'license', goal: 'move', partnerType: 'direct' } },
  G3: { suffix: 'indirect-reseller', answers: { cloud: 'global', channel: 'open', service: 'usage', partnerType: 'indirectReseller' } },
  G4: { suffix: 'indirect-provider', answers: { cloud: 'global', channel: 'otherCsp', service: 'usage', partnerType: 'indirectProvider' } },
  G5: { answers: { cloud: 'global', channel: 'otherCsp', service: 'license', goal: 'support', partnerType: 'direct' } },
  G6: { answers: { cloud: 'global', channel: 'otherCsp', service: 'license', goal: 'move', partnerType: 'direct' } },
  G7: { answers: { cloud: 'global', channel: 'syndication', service: 'license', goal: 'support', partnerType: 'direct' } },
  C1: { answers: { cloud: 'china', channel: 'vianet', service: 'license', goal: 'support', partnerType: 'direct' } },
  C2: { answers: { cloud: 'china', channel: 'formerAdvisor', service: 'license', goal: 'support', partnerType: 'indirectProvider' } },
  C3: { answers: { cloud: 'china', channel: 'vianet', service: 'license', goal: 'support', partnerType: 'indirectReseller' } },
  C4: { answers: { cloud: 'china', channel: 'vianet', service: 'license', goal: 'move', partnerType: 'direct' } },
  C5: { answers: { cloud: 'china', channel: 'other', service: 'license', goal: 'support', partnerType: 'direct' } },
  C6: { answers: { cloud: 'china', channel: 'vianet', service: 'usage', partnerType: 'direct' } },
};
