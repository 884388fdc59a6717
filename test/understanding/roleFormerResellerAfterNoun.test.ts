// Kind "whose words": "a revenda de antes" (the reseller from before) is the customer's former
// seller, not the partner's own role, like "a revenda anterior" and "a revenda antiga". It
// mattered where no other party word stood before it: the bare "revenda" was read as ours.
import { checkKind } from './kindCheck';

describe('kind: whose words, the reseller from before is not our role', () => {
  checkKind([
    ['pt-BR', 'O cliente comprou o Microsoft 365 com outro parceiro CSP. A revenda de antes era T1.', { channel: 'otherCsp', service: 'license' }],
    ['pt-BR', 'Comprado com outro parceiro CSP. A revenda de antes sumiu.', { channel: 'otherCsp' }],
    // Said of "we", it stays ours.
    ['pt-BR', 'Somos revenda de antes da pandemia.', { partnerType: 'indirectReseller' }],
  ]);
});
