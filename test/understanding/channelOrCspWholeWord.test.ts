// "EA or CSP" names CSP as the other option; "distribuidor CSP", "provedor CSP", a role written
// with "CSP" after it, ends in the letters "or" but says nothing of the customer's channel. Read
// as "or CSP", our own role put a CSP partner beside the channel the message states.
import { checkKind } from './kindCheck';

describe('kind: whose, a role word ending in "or" before CSP is not "or CSP"', () => {
  checkKind([
    ['pt-BR', 'O Azure deles é do EA. A gente é distribuidor CSP.', { channel: 'ea', service: 'usage', partnerType: 'indirectProvider' }],
    ['pt-BR', 'Somos provedor CSP e o Microsoft 365 do cliente veio de um contrato Open.', { channel: 'open', service: 'license' }],
    ['en-US', 'Their Azure is on an EA. We are the distributor CSP for the reseller.', { channel: 'ea', service: 'usage', partnerType: 'indirectProvider' }],
    // The option after "or" is still read.
    ['en-US', 'Their Azure came through EA or CSP, not sure which.', { service: 'usage' }, ['channel']],
  ]);
});
