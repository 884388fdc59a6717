// Portuguese: "da gente e não mais da outra parceira" (from us and no longer from the other
// partner) says who bills today: the "não" ends that partner's billing from now on, it does not
// deny it. A "não mais" with no "us" before it still denies ("hoje é EA, não mais Open"), and so
// does one after "somos nós" (we bill already: the other partner is the former one).
import { checkKind } from './kindCheck';

describe('channel: billing from us and no longer from another partner is that partner', () => {
  checkKind([
    [
      'pt-BR',
      'Microsoft 365: a ideia é que a fatura venha da gente, não mais da revenda CSP antiga.',
      { channel: 'otherCsp', service: 'license', goal: 'move' },
    ],
    ['pt-BR', 'Office 365. Querem que a cobrança passe pra nós e não mais pra outra parceira CSP.', { channel: 'otherCsp', service: 'license', goal: 'move' }],
    ['pt-BR', 'O Azure hoje é do EA, não mais do Open.', { channel: 'ea', service: 'usage' }],
    ['pt-BR', 'Desde março quem fatura o Office 365 somos nós, não mais a revenda antiga.', { service: 'license' }],
  ]);
});
