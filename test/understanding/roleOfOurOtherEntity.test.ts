// A role said to apply only to another entity of ours ("the reseller model only applies to our AU
// entity") is that entity's role, not ours for this case: the role said for this case's country
// stands, after a correction or alone.
import { checkKind } from './kindCheck';

describe('partnerType: a role that applies only to another entity of ours', () => {
  checkKind([
    [
      'en-US',
      'Sydney wrote we are an indirect reseller here. Correction from Dublin: for Irish customers we are direct bill; the indirect reseller setup only applies to our Sydney entity. Azure via EA.',
      { channel: 'ea', service: 'usage', partnerType: 'direct' },
    ],
    [
      'en-US',
      'We are a direct bill partner for this one; the indirect reseller model applies only to our German subsidiary. Office 365 E3.',
      { service: 'license', partnerType: 'direct' },
    ],
  ]);
});
