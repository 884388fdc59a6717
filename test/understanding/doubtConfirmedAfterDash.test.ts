// Kind "hedge": a check said after a dash ("probably the indirect provider — checked, yes") opens
// its own clause as after a comma, and a check says where it was made ("checked PC", "confirmed
// on their invoice"). Read before as a doubt left open, asked back.
import { checkKind } from './kindCheck';

describe('kind: a check after a dash, or naming where it was made, confirms the doubted answer', () => {
  checkKind([
    ['en-US', "we're probably the indirect provider for this customer — checked it, yes we're the indirect provider", { partnerType: 'indirectProvider' }],
    ['en-US', "I think we're T1 here — double checked in Partner Center.", { partnerType: 'direct' }],
    ['en-US', 'They bought Office 365 on an EA I believe. Just confirmed on the contract.', { channel: 'ea', service: 'license' }],
    ['en-US', 'Azure through Open Value, I think. Checked the paperwork.', { channel: 'open', service: 'usage' }],
    // A check asked back confirms nothing.
    ['en-US', 'Azure through Open Value, I think. Checked the paperwork?', { service: 'usage' }],
  ]);
});
