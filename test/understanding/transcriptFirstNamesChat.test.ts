// A chat among people named by their first name alone («Лена: …» / «Костя: …»), each opening two
// lines or more, is a conversation: a question is no answer, and "not X but Y" in the answer
// decides. One exchange, or a form's fields, are read as written. Written for these tests.
import { checkKind } from './kindCheck';

describe('kind: transcript, a chat of first names', () => {
  checkKind([
    [
      'ru-RU',
      'Лена: у них Office 365?\nКостя: да, Office 365 E1\nЛена: им нужна поддержка?\nКостя: нет, не поддержка, а перенос подписок к нам',
      { service: 'license', goal: 'move' },
    ],
    [
      'ru-RU',
      'Лена: клиенту просто администрирование?\nКостя: не администрирование, а чтобы мы стали партнёром записи\nЛена: понял\nКостя: Microsoft 365 E3 у них',
      { service: 'license', goal: 'move' },
    ],
    [
      'en-US',
      'Anna: is it Azure?\nMike: no, Microsoft 365 E3\nAnna: and they only want support?\nMike: not support, they want us to become partner of record',
      { service: 'license', goal: 'move' },
    ],
    [
      'pt-BR',
      'Ana: eles querem só suporte?\nJoão: não é suporte, querem que a gente vire o parceiro de registro\nAna: e é Microsoft 365?\nJoão: sim, Microsoft 365 E3',
      { service: 'license', goal: 'move' },
    ],
  ]);
});
