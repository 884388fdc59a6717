// A sentence wrapped across lines (a line ending in "on an", «по», "通过", "no", "már nem", or a mail
// hard-wrapped near a fixed width) goes on in the next line: the negation before the break reaches
// the words after it. A short note's lines, a label's line or a list item stay sentences of their own.
import { checkKind } from './kindCheck';

describe('a sentence wrapped across lines', () => {
  checkKind([
    [
      'en-US',
      'Spoke with the finance lead today. The tenant is no longer on an\nEA, they signed up with a different CSP last spring and now want to move to us.',
      { channel: 'otherCsp', goal: 'move' },
    ],
    [
      'en-US',
      "Had a short catch-up with the customer's finance lead this\nmorning. They have not been buying anything under an enterprise\nagreement since March, the whole Azure estate is billed by another\nCSP partner now.",
      { channel: 'otherCsp', service: 'usage' },
    ],
    ['en-US', 'Customer on EA\nwants to move their Azure to us', { channel: 'ea', service: 'usage' }],
    ['en-US', 'They first said EA but ignore that\nthe Azure plan is bought straight from Microsoft', { channel: 'microsoft', service: 'usage' }],
    ['en-US', 'Channel: EA\nthe rest of the estate runs on Azure and they want to move', { channel: 'ea', service: 'usage' }],
    ['ru-RU', 'Клиент уже не работает по\nEA, в прошлом году перешёл к другому CSP-партнёру, хочет перейти к нам.', { channel: 'otherCsp', goal: 'move' }],
    ['ru-RU', 'Клиент на EA\nхочет перевести Azure к нам', { channel: 'ea', service: 'usage' }],
    ['zh-CN', '客户的Azure不是通过\nEA买的，是从别的CSP合作伙伴那里买的', { channel: 'otherCsp', service: 'usage' }],
    ['zh-CN', '客户在EA\n想把Azure转给我们', { channel: 'ea', service: 'usage' }],
    ['zh-CN', '客户的Office 365是在微软官网直接买的\n现在想把账单转到我们这边', { channel: 'microsoft', service: 'license', goal: 'move' }],
    ['pt-BR', 'O cliente não está mais no\nEA, migrou para o CSP de outro parceiro no ano passado e quer vir para nós.', { channel: 'otherCsp', goal: 'move' }],
    ['pt-BR', 'Cliente no EA\nquer trazer o Azure para nós', { channel: 'ea', service: 'usage' }],
    ['hu-HU', 'Az ügyfél már nem\nEA-n van, tavaly átment egy másik CSP partnerhez, és most hozzánk szeretne jönni.', { channel: 'otherCsp', goal: 'move' }],
    ['hu-HU', 'Az ügyfél EA-n van\nát akar jönni hozzánk az Azure-ral', { channel: 'ea', service: 'usage' }],
  ]);
});
