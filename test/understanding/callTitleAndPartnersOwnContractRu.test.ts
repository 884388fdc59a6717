// Russian (ru-RU lexicon): «(Teams)» closing a call transcript's title is the meeting app, no
// service; the partner's own «прямого договора с Microsoft у нас больше нет» says nothing of the
// customer's channel; «они у Microsoft (числятся) как Advisor» is an Advisor, no purchase from
// Microsoft; «X у них больше нет» denies X. Written for these tests.
import { checkKind } from './kindCheck';

describe("call title app, the partner's own contract, an Advisor at Microsoft, a channel no longer held, in Russian", () => {
  checkKind([
    [
      'ru-RU',
      'Расшифровка созвона — «Север» / «Облако» (Teams)\n[00:01:10] Менеджер (Олег): Что у вас сейчас?\n[00:01:15] Клиент (Анна): Azure, платим картой напрямую Microsoft.',
      { channel: 'microsoft', service: 'usage' },
    ],
    [
      'ru-RU',
      'Письмо: мы реселлер через дистрибьютора, прямого договора с Microsoft у нас больше нет. У клиента Azure по EA.',
      { channel: 'ea', service: 'usage', partnerType: 'indirectReseller' },
    ],
    ['ru-RU', 'Клиент: Office 365, брали через «Альфа», они у Microsoft числятся как Advisor.', { channel: 'advisor', service: 'license' }],
    ['ru-RU', 'Open Value у них больше нет, Office 365 сейчас по EA.', { channel: 'ea', service: 'license' }],
  ]);
});
