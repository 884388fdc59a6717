// A record's field filled «неизвестно» states nothing of its own field and leaves the fields
// above it as they are; «Тип партнёра: прямой» is our direct role. Written for these tests.
import { checkKind } from './kindCheck';

describe('form: a field «неизвестно» states nothing, «Тип партнёра: прямой», in Russian', () => {
  checkKind([
    ['ru-RU', 'Клиент: ООО «Бор»\nУслуга: Azure\nКанал: неизвестно', { service: 'usage' }],
    ['ru-RU', 'Продукт: Microsoft 365 E5\nГде куплено: неизвестно\nТип партнёра: прямой', { service: 'license', partnerType: 'direct' }],
  ]);
});
