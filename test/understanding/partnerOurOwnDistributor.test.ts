// "A mi disztribútorunk" (our distributor), with the possessive "mi" written out, is the partner's
// supplier as "a disztribútorunk" is: the partner is an indirect reseller, not a distributor.
import { checkKind } from './kindCheck';

describe('partnerType: "our distributor" with "mi" written out makes the partner an indirect reseller', () => {
  checkKind([
    ['hu-HU', 'A mi disztribútorunk az Arrow, mi viszonteladóként rendelünk tőlük. Office 365.', { service: 'license', partnerType: 'indirectReseller' }],
    ['hu-HU', 'Azure, EA-n. A mi disztribútorunk a TD SYNNEX.', { channel: 'ea', service: 'usage', partnerType: 'indirectReseller' }],
    // "We are a distributor" stays a role of its own.
    ['hu-HU', 'Mi disztribútor vagyunk, Office 365.', { service: 'license', partnerType: 'indirectProvider' }],
    ['en-US', 'Our distributor is Arrow, we order from them as a reseller. Office 365.', { service: 'license', partnerType: 'indirectReseller' }],
  ]);
});
