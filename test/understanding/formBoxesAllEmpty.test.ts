// A form's field whose boxes are all left empty ("[ ] да [ ] нет", "☐ Yes ☐ No") was not answered:
// its label ("передача биллинга партнёру") states nothing. A line with one box ticked keeps it.
// Written for these tests.
import { checkKind } from './kindCheck';

describe('form: a field with every box left empty states nothing', () => {
  checkKind([
    ['ru-RU', 'Анкета клиента\nПродукты: Microsoft 365 Business Basic\nПеревод биллинга к партнёру:  [ ] да   [ ] нет\nКанал: Н/Д', { service: 'license' }],
    ['en-US', 'Intake form\nProducts: Microsoft 365 E3\nTransfer billing to the new partner? ☐ Yes ☐ No\nChannel: unknown', { service: 'license' }],
    ['ru-RU', 'Анкета клиента\nПродукты: Microsoft 365 Business Basic\nПеревод биллинга к партнёру:  [x] да   [ ] нет', { service: 'license', goal: 'move' }],
  ]);
});
