// Kind "china": "o Office 365 da filial é operado pela 21Vianet e foi comprado direto dela" names
// 21Vianet as the seller through the pronoun ("dela", "com ela") of a purchase said after it. Read
// before: the "direto" alone was a purchase from Microsoft, which the Chinese cloud does not offer,
// so the channel was asked. A purchase said of someone else ("de outro parceiro, não dela") is no
// purchase from 21Vianet: another partner, in the Chinese cloud.
import { checkKind } from './kindCheck';

describe('kind: bought "direto dela" after 21Vianet is the channel 21Vianet', () => {
  checkKind([
    [
      'pt-BR',
      'A filial fica em Xangai; o Office 365 de lá é operado pela 21Vianet e foi comprado direto dela. Querem suporte.',
      { cloud: 'china', channel: 'vianet', service: 'license', goal: 'support' },
    ],
    ['pt-BR', 'O Azure da filial chinesa roda na 21Vianet, contratado com ela mesmo.', { cloud: 'china', channel: 'vianet', service: 'usage' }],
    ['pt-BR', 'A nuvem é da 21Vianet, mas o Office foi comprado de outro parceiro, não dela.', { cloud: 'china', channel: 'other', service: 'license' }],
  ]);
});
