// "A revenda (Alfa) não é CSP" speaks of the seller, not of our role: it is no reseller role of
// ours, and the seller not a CSP is a third party.
import { checkKind } from './kindCheck';

describe('A reseller said not to be a CSP is the seller, not our role', () => {
  checkKind([
    ['pt-BR', 'O Azure veio da revenda Gama, mas a revenda Gama não é CSP.', { channel: 'thirdParty', service: 'usage' }],
    ['pt-BR', 'Office 365 de uma revenda do bairro. A revenda não é parceira CSP.', { channel: 'thirdParty', service: 'license' }],
  ]);
});
