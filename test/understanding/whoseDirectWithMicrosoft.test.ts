// "A gente é CSP direto com a Microsoft": our own role, direct with Microsoft, not the customer's
// purchase made directly with Microsoft. Read as the channel, it put Microsoft beside the
// channel the message states (or stood alone as a wrong value) and the role went unread.
import { checkKind } from './kindCheck';

describe('kind: whose, our role "direto com a Microsoft" is not the customer\'s channel', () => {
  checkKind([
    ['pt-BR', 'A gente é CSP direto com a Microsoft.', { partnerType: 'direct' }],
    ['pt-BR', 'O Azure deles está num contrato EA. Nós somos CSP direto com a Microsoft.', { channel: 'ea', service: 'usage', partnerType: 'direct' }],
    [
      'pt-BR',
      'Somos parceiros diretos da Microsoft e o Office 365 do cliente veio por um contrato Open.',
      { channel: 'open', service: 'license', partnerType: 'direct' },
    ],
    // The customer's own purchase direct with Microsoft is still its channel.
    [
      'pt-BR',
      'Somos CSP direto; o cliente comprou o Office 365 direto com a Microsoft, no site.',
      { channel: 'microsoft', service: 'license', partnerType: 'direct' },
    ],
  ]);
});
