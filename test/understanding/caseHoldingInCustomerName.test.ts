// «Холдинг» as the last word of the customer's own name («Кедр Холдинг»: …, клиент «Альфа
// Холдинг»): the name of this case, not the parent company named in passing, so the answers
// after it are this customer's. The parent holding is still another case.
import { checkKind } from './kindCheck';

describe('kind: whose, "Holding" in the customer\'s own name', () => {
  checkKind([
    ['ru-RU', '«Сосна Холдинг»: Microsoft 365 E3 у другого CSP-партнёра.', { channel: 'otherCsp', service: 'license' }],
    ['ru-RU', 'Клиент «Вега Холдинг», Office 365 брали напрямую у Microsoft.', { channel: 'microsoft', service: 'license' }],
    ['ru-RU', 'Их холдинг сидит на EA, а клиент брал Office 365 у другого CSP.', { channel: 'otherCsp', service: 'license' }],
  ]);
});
