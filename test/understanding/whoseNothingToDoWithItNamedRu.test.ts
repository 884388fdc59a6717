// A party said to have nothing to do with the case stays out of it when its name stands beside
// it in brackets or quotes, or when the "no" is made stronger («вообще», «совсем»): it is no
// second role beside the partner's own.
import { checkKind } from './kindCheck';

describe('kind: whose, a named party said to have nothing to do with the case (Russian)', () => {
  checkKind([
    [
      'ru-RU',
      'дистрибьютор (Ingram) здесь ни при чём, мы direct bill. Нужна поддержка Microsoft 365',
      { service: 'license', goal: 'support', partnerType: 'direct' },
    ],
    ['ru-RU', 'дистрибьютор «Мерлион» тут ни при чём: клиенту нужна поддержка Microsoft 365', { service: 'license', goal: 'support' }],
    ['ru-RU', 'дистр тут вообще ни при чём, клиенту нужна поддержка Microsoft 365', { service: 'license', goal: 'support' }],
    [
      'ru-RU',
      'мы работаем через дистрибьютора (Merlion) как реселлер, нужна поддержка Microsoft 365',
      { service: 'license', goal: 'support', partnerType: 'indirectReseller' },
    ],
  ]);
});
