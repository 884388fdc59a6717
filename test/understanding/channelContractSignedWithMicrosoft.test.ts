// Kind "channel-goal-words": a contract the customer "signed with Microsoft" is an agreement
// (EA, MCA), no purchase made direct from Microsoft online. Read before as the channel
// "Microsoft": a wrong value where the agreement was an EA. The channel is asked.
import { checkKind } from './kindCheck';

describe('kind: a contract signed with Microsoft is not a purchase from Microsoft', () => {
  checkKind([
    ['pt-BR', 'O Azure está num contrato de 3 anos que a empresa assinou com a Microsoft.', { service: 'usage' }],
    ['pt-BR', 'O M365 está no acordo que eles assinaram com a Microsoft ano passado.', { service: 'license' }],
    // Bought from Microsoft: still the channel.
    ['pt-BR', 'Eles compraram o Azure com a Microsoft, no cartão.', { channel: 'microsoft', service: 'usage' }],
  ]);
});
