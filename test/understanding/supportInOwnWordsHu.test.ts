// Hungarian support in the customer's words with the words in another order ("tartsák rajta a
// szemüket", "a fizetés marad" where it is): the goal is support; the order "rajta tartják a szemüket"
// read before still reads, and a payment that changes is no support.
import { checkKind } from './kindCheck';

describe('support in own words, Hungarian word order (hu-HU)', () => {
  checkKind([
    [
      'hu-HU',
      'Exchange Online, egy másik CSP-nél. Annyit kérnek, hogy tartsuk rajta a szemünket a postafiókokon.',
      { channel: 'otherCsp', service: 'license', goal: 'support' },
    ],
    ['hu-HU', 'Office 365 E1 EA-n. Mi csak adminisztrálunk, a fizetés marad a régi helyen.', { channel: 'ea', service: 'license', goal: 'support' }],
    ['hu-HU', 'Office 365 E1 EA-n. Rajta tartjuk a szemünket a bérlőn.', { channel: 'ea', service: 'license', goal: 'support' }],
    // Near miss: the payment moving to us is no support.
    ['hu-HU', 'Office 365 E1 EA-n. A fizetést átvisszük hozzánk.', { channel: 'ea', service: 'license', goal: 'move' }],
  ]);
});
