// The seller named after «у»/«через» and then said to be a CSP («у „Ромашки“, они CSP») is
// another CSP partner anywhere in a sentence, not only when the sentence opens with it; not when
// we buy through them (our own distributor).
import { checkKind } from './kindCheck';

describe('kind: channelWords, the seller is a CSP (Russian, mid-sentence)', () => {
  checkKind([
    ['ru-RU', 'Подписки Office 365 E3 брали у «Альфа-Софта», они CSP. Хотят перейти к нам.', { channel: 'otherCsp', service: 'license', goal: 'move' }],
    ['ru-RU', 'Сначала сказали, что у «Альфа-Софта», потом уточнили: через «Бета Групп», это CSP-партнёр. Azure.', { channel: 'otherCsp', service: 'usage' }],
    ['ru-RU', 'Microsoft 365 брали у «Альфа-Софта», они не CSP.', { service: 'license' }],
    ['ru-RU', 'Мы закупаемся через «Дельту», они CSP. У клиента Office 365.', { service: 'license' }],
  ]);
});
