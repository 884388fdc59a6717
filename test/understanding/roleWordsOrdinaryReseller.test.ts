// Kind "whose": "revenda comum", "revenda de informática" (an ordinary shop, no CSP) is the kind
// of seller the customer bought from, not the partner's role, though a bare "revenda" ("somos
// revenda") is the partner's own.
import { checkKind } from './kindCheck';

describe('kind: an ordinary reseller is a kind of shop, not our role', () => {
  checkKind([
    ['pt-BR', 'Compraram o Microsoft 365 numa loja de informática (revenda comum, não CSP).', { channel: 'thirdParty', service: 'license' }],
    ['pt-BR', 'Foi numa revenda de informática do bairro, e querem o nosso suporte.', { goal: 'support' }],
    ['pt-BR', 'O Office veio de uma loja, revenda normal, e nós somos T1.', { channel: 'thirdParty', service: 'license', partnerType: 'direct' }],
    ['pt-BR', 'Somos revenda, compramos pela Ingram.', { partnerType: 'indirectReseller' }],
  ]);
});
