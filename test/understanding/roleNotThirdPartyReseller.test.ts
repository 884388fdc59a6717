// Kind "whose": "revenda terceira" (a third-party reseller) is the seller the customer bought from,
// never our own role. Read before as our role beside the channel: a wrong partner type.
import { checkKind } from './kindCheck';

describe('kind: a third-party reseller is the seller, not our role', () => {
  checkKind([
    ['pt-BR', 'Canal: revenda terceira. Microsoft 365 E3.', { channel: 'thirdParty', service: 'license' }],
    ['pt-BR', 'O Exchange Online veio de um revendedor terceiro, querem passar pra gente.', { channel: 'thirdParty', service: 'license', goal: 'move' }],
    // Our role said on its own still counts.
    ['pt-BR', 'Comprou de uma revenda terceira. Nós somos revenda indireta.', { channel: 'thirdParty', partnerType: 'indirectReseller' }],
  ]);
});
