// «Прямая покупка» beside EA or a partner is buying straight from Microsoft, as «купили
// напрямую» is; a direct purchase from someone named («прямая закупка у дистрибьютора») is not.
import { checkKind } from './kindCheck';

describe('kind: eitherOr, a direct purchase', () => {
  checkKind([
    ['ru-RU', 'В анкете вопрос «EA или прямая покупка?». Клиент выбрал второе. Речь про Office 365.', { channel: 'microsoft', service: 'license' }],
    ['ru-RU', 'Office 365 у них — прямая покупка, хотят передать оплату нам.', { channel: 'microsoft', service: 'license', goal: 'move' }],
    ['ru-RU', 'EA или прямая покупка? Клиент говорит, первое. Office 365.', { channel: 'ea', service: 'license' }],
  ]);
});
