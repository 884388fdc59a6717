// «Поменял поле — …», «поле ошибочное — …», «отправлен по ошибке — …»: a note saying a form's
// field, or a macro, was wrong corrects what it said; the words after it decide. Written for these tests.
import { checkKind } from './kindCheck';

describe('kind: correction, a field or macro said to be wrong, in Russian', () => {
  checkKind([
    [
      'ru-RU',
      'Тип партнёра: Direct bill\nКомментарий: изменил поле — мы непрямой реселлер, покупаем через дистрибьютора.',
      { partnerType: 'indirectReseller' },
    ],
    [
      'ru-RU',
      'Облако: GCC\nВнутр.: поле заполнено неверно — у клиента обычный коммерческий тенант. Microsoft 365 E3.',
      { cloud: 'global', service: 'license' },
    ],
    [
      'ru-RU',
      'Шаблон «Прямой партнёр» выбран по ошибке — мы непрямой реселлер у дистрибьютора. Azure по EA.',
      { channel: 'ea', service: 'usage', partnerType: 'indirectReseller' },
    ],
  ]);
});
