// «Мы на этом клиенте прямой партнёр» (on this customer we are a direct partner) is our role for
// this customer: «на этом клиенте» names the case, not the customer's words.
import { checkKind } from './kindCheck';

describe('kind: whose words, our role on this customer', () => {
  checkKind([
    ['ru-RU', 'Мы на этом клиенте прямой партнёр, у них Office 365 по Open.', { channel: 'open', service: 'license', partnerType: 'direct' }],
    ['ru-RU', 'Мы на данном клиенте работаем как прямой партнёр (T1), Azure по EA.', { channel: 'ea', service: 'usage', partnerType: 'direct' }],
  ]);
});
