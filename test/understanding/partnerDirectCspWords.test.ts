// "CSP direto" is the direct-bill role in everyday Portuguese ("seguimos como CSP direto", "a
// gente aqui é CSP direto"); said of another party (the customer's partner) it is not ours.
import { checkKind } from './kindCheck';

describe('partner: "CSP direto" is the direct role', () => {
  checkKind([
    ['pt-BR', 'O Azure do cliente veio do EA. Seguimos como CSP direto.', { channel: 'ea', service: 'usage', partnerType: 'direct' }],
    [
      'pt-BR',
      'A gente aqui é CSP direta, o cliente comprou o Office 365 no site da Microsoft.',
      { channel: 'microsoft', service: 'license', partnerType: 'direct' },
    ],
    ['en-US', 'The customer has Azure from an EA. We carry on as a direct CSP.', { channel: 'ea', service: 'usage', partnerType: 'direct' }],
  ]);
});
