// Kind "whose": "a gente não é distribuidor nesse cliente, é direto com a Microsoft" says what we
// are: the "é direto" goes on with our own subject, so it is our role (direct), no channel of the
// customer. Read before as the customer's purchase direct from Microsoft: a wrong channel, and no
// role.
import { checkKind } from './kindCheck';

describe('kind: "we are not X, (we) are direct with Microsoft" is our role, not the channel', () => {
  checkKind([
    ['pt-BR', 'A gente não é distribuidor nesse cliente, é direto com a Microsoft.', { partnerType: 'direct' }],
    [
      'pt-BR',
      'Nós não somos revenda aqui, somos diretos com a Microsoft. O Azure deles veio do EA.',
      { channel: 'ea', service: 'usage', partnerType: 'direct' },
    ],
    ['pt-BR', 'Não somos revenda T2, é direto.', { partnerType: 'direct' }],
    // The customer's purchase, said of the customer: still the channel.
    ['pt-BR', 'O cliente não comprou de revenda, comprou direto com a Microsoft.', { channel: 'microsoft' }],
  ]);
});
