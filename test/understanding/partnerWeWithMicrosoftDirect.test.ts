// «Мы с Microsoft работаем напрямую» (we work with Microsoft directly) is this partner's role,
// direct, in whichever order the words come; the customer's channel is what it bought from.
import { checkKind } from './kindCheck';

describe('kind: whoseWords, we work with Microsoft directly', () => {
  checkKind([
    ['ru-RU', 'мы с майкрософтом работаем напрямую, клиент купил Office 365 в магазине', { channel: 'thirdParty', service: 'license', partnerType: 'direct' }],
    ['ru-RU', 'Мы с Microsoft работаем напрямую. У клиента Azure по EA.', { channel: 'ea', service: 'usage', partnerType: 'direct' }],
  ]);
});
