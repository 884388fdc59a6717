// Russian (ru-RU lexicon): a card «привязана в портале Azure / в админке» and a purchase «в Microsoft
// на сайте» are bought from Microsoft; a direct-bill partner's own «счета от Microsoft получаем сами»
// says nothing of the customer's channel; «в случае перехода» is a clause's condition, no move;
// a customer who «присматривается» looks around, no support wanted. Written for these tests.
import { checkKind } from './kindCheck';

describe("a card in the portal, a purchase on the site, a partner's own invoices, a condition, in Russian", () => {
  checkKind([
    ['ru-RU', 'Списания MSFT *AZURE: это Azure, карта привязана прямо в портале Azure, посредников нет.', { channel: 'microsoft', service: 'usage' }],
    ['ru-RU', 'Клиент (Олжас): Power BI Pro мы в Microsoft на сайте купили, двадцать штук.', { channel: 'microsoft', service: 'license' }],
    [
      'ru-RU',
      'Ответ контролёру: мы партнёр с прямым биллингом, счета от Microsoft получаем сами. Azure клиента сейчас у другого CSP-партнёра.',
      { channel: 'otherCsp', service: 'usage', partnerType: 'direct' },
    ],
    [
      'ru-RU',
      'П. 7.2: в случае перехода на новый тариф стороны подпишут допсоглашение. Exchange Online у них по Open Value.',
      { channel: 'open', service: 'license' },
    ],
    ['ru-RU', 'Visio Plan 2 ×6, покупали у Microsoft напрямую. Цели нет, клиент пока присматривается.', { channel: 'microsoft', service: 'license' }],
  ]);
});
