// «Сейчас его не обсуждаем» sets aside what it follows, as «его сейчас не обсуждаем» does: the
// other office's cloud is not this case's.
import { checkKind } from './kindCheck';

describe('ru: «сейчас его не обсуждаем» sets aside the words before it', () => {
  checkKind([
    ['ru-RU', 'Клиент в китайском облаке. Российский офис — свой тенант в глобальном облаке, сейчас его не обсуждаем.', { cloud: 'china' }],
    ['ru-RU', 'Облако китайское. У московского филиала глобальное облако, пока его не обсуждаем.', { cloud: 'china' }],
  ]);
});
