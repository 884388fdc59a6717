// Own words for the partner's role: one of our companies working directly with Microsoft («у нас
// одно юрлицо работает напрямую с Microsoft») is a direct-bill role, not a purchase from
// Microsoft; with another of ours buying through a distributor and no choice made, the role is asked.
import { checkKind } from './kindCheck';

describe('own words: our company works directly with Microsoft', () => {
  checkKind([
    ['ru-RU', 'У нас одно юрлицо работает напрямую с Microsoft, через него и поведём. Azure.', { partnerType: 'direct', service: 'usage' }],
    ['ru-RU', 'наша компания работает напрямую с Майкрософт, клиент на EA', { partnerType: 'direct', channel: 'ea' }],
    [
      'ru-RU',
      'Клиент на EA. Не знаю, кто из нас поведёт: одно наше юрлицо работает напрямую с Microsoft, другое закупается через дистрибьютора.',
      { channel: 'ea' },
      ['partnerType'],
    ],
  ]);
});
