// Kind "whose words": "faturando direto com a Microsoft" is how the partner may bill (its role,
// direct), not where the customer bought: the customer's channel is what its own words say.
import { checkKind } from './kindCheck';

describe('kind: whose words, the partner billing direct with Microsoft is its role, not the channel', () => {
  checkKind([
    [
      'pt-BR',
      'O cliente comprou Azure via EA. A gente ainda não sabe se vai entrar como revenda pela distribuidora ou faturando direto com a Microsoft.',
      { channel: 'ea', service: 'usage' },
      ['partnerType'],
    ],
    [
      'pt-BR',
      'A gente vai entrar faturando direto com a Microsoft; o cliente tem Microsoft 365 pelo EA.',
      { channel: 'ea', service: 'license', partnerType: 'direct' },
    ],
    // The customer's purchase direct from Microsoft is still its channel.
    ['pt-BR', 'O cliente comprou o Microsoft 365 direto da Microsoft.', { channel: 'microsoft', service: 'license' }],
  ]);
});
