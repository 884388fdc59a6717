// Dictated «не помнит сейчас, короче, …» (can't remember now, anyway …): «короче» closes the
// doubt also with a word between it and «не помнит», so the role said after it is stated, not doubted.
import { checkKind } from './kindCheck';

describe('kind: spoken, "anyway" closing a doubt a word after it', () => {
  checkKind([
    [
      'ru-RU',
      'то ли по и эй то ли по опен он не помнит уже короче офис триста шестьдесят пять мы прямой партнёр',
      { service: 'license', partnerType: 'direct' },
      ['channel'],
    ],
    ['ru-RU', 'клиент не знает пока короче эксчейндж онлайн мы реселлер через дистрибьютора', { service: 'license', partnerType: 'indirectReseller' }],
  ]);
});
