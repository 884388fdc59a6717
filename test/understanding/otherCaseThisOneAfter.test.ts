// Another customer named in passing speaks of its own case until a word for this one: «а у
// этого» with the noun left out ("but this one has …") turns back to this customer as «а у этого
// клиента» does.
import { checkKind } from './kindCheck';

describe('another customer, then "this one" without its noun', () => {
  checkKind([
    ['ru-RU', 'У прошлого клиента было EA, а у этого — MPSA, Office 365.', { channel: 'open', service: 'license' }],
    ['ru-RU', 'У другого заказчика была EA, но у этой — подписка у другого CSP-партнёра.', { channel: 'otherCsp' }],
    ['ru-RU', 'У другого нашего клиента EA, а у этого клиента Open Value.', { channel: 'open' }],
    ['en-US', 'Our other customer had an EA, but this one has Open Value.', { channel: 'open' }],
  ]);
});
