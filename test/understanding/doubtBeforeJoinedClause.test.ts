// "She said both at different points so I don't know and we're a reseller": a doubt said last in
// its clause, followed by a joining word and a new subject ("and we", "but they"), doubts nothing
// in the new clause. Without a new subject («может, и по Open»: maybe through Open too) the doubt still reaches on.
import { checkRead } from './kindCheck';

describe('a doubt before a joined clause with its own subject doubts nothing in it', () => {
  checkRead([
    [
      'en-US',
      "Dynamics 365 from the Advisor program or the EA, she said both, so I don't know and we're a reseller buying through a distributor",
      { service: 'license', partnerType: 'indirectReseller' },
      { conflicts: ['channel'] },
    ],
    ['ru-RU', 'Azure по EA. Или нет, он говорит, может, и по Open.', { service: 'usage' }, { hedged: { channel: 'open' } }],
  ]);
});
