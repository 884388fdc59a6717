// Something that comes to us from the distributor («инвайт от дистра») says a distributor is
// above us, as "from the distributor" does in English; writing or calling from the distributor
// («пишу от дистрибьютора») is the speaker's own side.
import { checkKind } from './kindCheck';

describe('kind: whose, something comes from the distributor', () => {
  checkKind([
    [
      'ru-RU',
      'Мы реселлер через «Технопарк». Ссылка на отношения от дистра идёт? Клиент на Microsoft 365 по Open.',
      { channel: 'open', service: 'license', partnerType: 'indirectReseller' },
    ],
    ['ru-RU', 'Запрос на отношения от дистрибьютора придёт завтра, мы его примем.', { partnerType: 'indirectReseller' }],
    ['ru-RU', 'Пишу от дистрибьютора: реселлер спрашивает про клиента на EA.', { channel: 'ea', partnerType: 'indirectProvider' }],
    ['ru-RU', 'Я от дистрибьютора, клиент нашего реселлера на EA.', { channel: 'ea', partnerType: 'indirectProvider' }],
    ['en-US', 'We are a reseller through Ingram. Does the relationship request come from the distributor?', { partnerType: 'indirectReseller' }],
  ]);
});
