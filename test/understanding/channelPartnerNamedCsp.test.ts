// Kind "channel words": a partner named, then said to be a CSP in apposition («их обслуживал
// партнёр «Альфа-Софт», CSP, он им и продавал…») is the customer's other CSP partner. The
// partner's own name so described («мы партнёр «Альфа», CSP») states no channel.
import { checkKind } from './kindCheck';

describe('kind: channel words, a partner named as a CSP', () => {
  checkKind([
    ['ru-RU', 'Раньше клиента вёл партнёр «Бета Системс», CSP, он и продал им Microsoft 365.', { channel: 'otherCsp', service: 'license' }],
    ['ru-RU', 'У них интегратор Гамма, CSP, там и куплен Azure.', { channel: 'otherCsp', service: 'usage' }],
  ]);
});

describe('kind: channel words, our own name as a CSP', () => {
  checkKind([['ru-RU', 'Мы партнёр «Альфа», CSP, клиент купил Azure по EA.', { channel: 'ea', service: 'usage' }]]);
});
