// «Не путать с …: у них Azure, там отдельный тикет»: another customer's words set aside by «там
// отдельный тикет», as by «это отдельный тикет», answer nothing of this case.
import { checkKind } from './kindCheck';

describe('ru: «там отдельный тикет» sets aside the words before it', () => {
  checkKind([
    [
      'ru-RU',
      'По «Альфа-Строй» (не путать с «Альфа-Сервис»: у них Azure, там отдельный тикет): лицензии Microsoft 365 по EA.',
      { channel: 'ea', service: 'license' },
    ],
  ]);
});
