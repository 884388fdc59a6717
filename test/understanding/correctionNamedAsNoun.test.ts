// A correction announced by its noun before a colon («Поправка:», "Correção:", "Javítás:") opens
// a new statement, as "correction:" and "更正：" did: the product said before it is replaced.
// Written in five languages for these tests.
import { checkKind } from './kindCheck';

describe('kind: correction, "Correction:" as a noun before a colon replaces what was said before it', () => {
  const said = { channel: 'ea', service: 'license' } as const;
  checkKind([
    ['en-US', 'They bought Azure through an EA. Correction: not Azure, Office 365.', said],
    ['ru-RU', 'Клиент брал Azure по EA. Поправка: не Azure, а Office 365.', said],
    ['zh-CN', '客户通过EA买了Azure。更正：不是Azure，是Office 365。', said],
    ['pt-BR', 'O cliente comprou Azure via EA. Correção: não é Azure, é Office 365.', said],
    ['hu-HU', 'Az ügyfél EA-n vett Azure-t. Javítás: nem Azure, hanem Office 365.', said],
  ]);
});
