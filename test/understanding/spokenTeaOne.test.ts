// A dictated "T1" comes out as "tea one" as often as "tee one": the same sound, the same role.
import { checkKind } from './kindCheck';

describe('spoken forms: "tea one" and "tea two" are T1 and T2', () => {
  checkKind([
    [
      'en-US',
      'quick one from the call, we are a tea one partner and the customer has Business Premium through another CSP',
      { channel: 'otherCsp', service: 'license', partnerType: 'direct' },
    ],
    [
      'en-US',
      'they want to move their Microsoft 365 to us, we are a tea two reseller under Pax8',
      { service: 'license', goal: 'move', partnerType: 'indirectReseller' },
    ],
  ]);
});
