// A line after a numbered list that merely opens with "first" or "last" and a noun of its own
// ("the first call", «последнее продление», "a última renovação", "最后一个问题") picks no listed line;
// a place word picks after a decision word or a verb of choosing on the line, or alone as its whole answer.
import { checkKind } from './kindCheck';

describe('a place word opening the line after a list is no pick of a listed line', () => {
  checkKind([
    [
      'ru-RU',
      'Что у клиента:\n1) сейчас – EA\n2) до 2022 – Open Value\nПоследнее продление было в марте, хотят перевести биллинг Microsoft 365 к нам.',
      { service: 'license', goal: 'move' },
      ['channel'],
    ],
    [
      'en-US',
      'Northwind Dental has Microsoft 365 E3.\n1) EA today\n2) Open Value before 2022\nThe first call with them was last week, they want to move.',
      { service: 'license', goal: 'move' },
      ['channel'],
    ],
    ['zh-CN', '客户用 Microsoft 365：\n1) 现在是 EA\n2) 以前是 Open\n最后一个问题：他们想迁到我们这里。', { goal: 'move' }, ['channel']],
    [
      'pt-BR',
      'Cliente com Office 365:\n1) hoje EA\n2) antes Open Value\nA última renovação foi em março, querem migrar para nós.',
      { service: 'license', goal: 'move' },
      ['channel'],
    ],
    ['hu-HU', 'Ügyfél, Microsoft 365:\n1) most EA\n2) korábban Open Value\nAz első kérésük a támogatás.', { service: 'license', goal: 'support' }, ['channel']],
    ['hu-HU', 'EA vagy Open? Az utóbbi években sokat nőttek.', {}, ['channel']],
    ['hu-HU', 'EA vagy Open? Az utóbbi évek alapján nem tudni.', {}, ['channel']],
    // Near misses: the place word alone, or after a decision word, still picks.
    ['en-US', 'Client on Microsoft 365:\n1) EA\n2) Open Value\nThe latter.', { channel: 'open', service: 'license' }],
    ['ru-RU', 'Клиент:\n1) EA\n2) Open Value\nВторой вариант.', { channel: 'open' }],
    ['ru-RU', 'Клиент:\n1) EA\n2) Open Value\nВыбрали второй вариант, переносим к нам.', { channel: 'open', goal: 'move' }],
    ['hu-HU', 'EA vagy Open? Az utóbbi.', { channel: 'open' }],
    // A verb of choosing anywhere on the line, or a lead-in before the answer, still picks.
    [
      'en-US',
      'Two paths for their Microsoft 365:\n1) we support, Open stays\n2) we take over billing\nMaria said: "Option two, thanks."',
      { channel: 'open', service: 'license', goal: 'move' },
    ],
    ['en-US', 'Options:\n1) EA\n2) Open Value\nAfter some back and forth they went with the latter.', { channel: 'open' }],
    ['pt-BR', 'Opções:\n1) só suporte\n2) transferência para nós\nMarcos: "Vamos com a primeira, por enquanto."', { goal: 'support' }],
    ['hu-HU', 'Két út:\nA) csak támogatás\nB) átvesszük a számlázást\nA vevő végül az előbbit választotta.', { goal: 'support' }],
    ['ru-RU', 'Варианты:\n1) только поддержка\n2) перенос подписок к нам\nКлиент после обсуждения остановился на первом.', { goal: 'support' }],
    ['zh-CN', '两个方案：\n方案一：只做支持\n方案二：把订阅迁到我们这里\n客户选了后者。', { goal: 'move' }],
  ]);
});
