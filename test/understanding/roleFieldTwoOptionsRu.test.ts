// A role field holding two roles («Тип партнёра: прямой / через дистрибьютора — уточняем») leaves
// the partner's role open: asked, not read as the second one. A field labelled as ours («Тип
// партнёра (наш): Direct») says the partner's own role, in Russian or in English.
import { checkKind } from './kindCheck';

describe('role field: two roles listed, or a field labelled as ours (ru-RU)', () => {
  checkKind([
    [
      'ru-RU',
      'Тип партнёра: прямой / через дистрибьютора — выясняем у коммерческого отдела.\nПродукт: Teams Premium, 12 шт.',
      { service: 'license' },
      ['partnerType'],
    ],
    ['ru-RU', 'Наша роль: прямой или непрямой реселлер, спрошу у Веры.\nКлиент на EA.', { channel: 'ea' }, ['partnerType']],
    ['ru-RU', 'Тип партнёра (наш): Direct\nПродукт: Project Plan 3', { service: 'license', partnerType: 'direct' }],
    ['ru-RU', 'Тип партнёра (наш): прямой\nКанал: EA', { channel: 'ea', partnerType: 'direct' }],
  ]);
});
