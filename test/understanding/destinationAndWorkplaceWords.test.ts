// Whose words: the CSP partner the subscriptions are to go to ("para a parceira CSP contratada") is
// this partner, not the seller; the shop the writer works in ("egy kicsi számítógépes boltban
// dolgozunk") is no seller; and "pull them across to you" asks for the move.
import { checkKind } from './kindCheck';

describe('destination and workplace words are no channel (whose words)', () => {
  checkKind([
    [
      'pt-BR',
      'As licenças Office 365 E3 foram adquiridas junto a parceiro do programa Microsoft Advisor. Requer-se a transferência das assinaturas para a parceira CSP contratada.',
      { channel: 'advisor', service: 'license', goal: 'move' },
    ],
    [
      'hu-HU',
      'Mi egy kicsi számítógépes boltban dolgozunk. Az ügyfél egy másik CSP partnertől vett Microsoft 365-öt, tartsuk karban.',
      { channel: 'otherCsp', service: 'license', goal: 'support' },
    ],
    ['hu-HU', 'Az ügyfél egy számítógépes boltban vette a Microsoft 365-öt.', { channel: 'thirdParty', service: 'license' }],
    [
      'en-US',
      'Office 365 E3 through a partner in the Advisor program; they said pull them across to you.',
      { channel: 'advisor', service: 'license', goal: 'move' },
    ],
  ]);
});
