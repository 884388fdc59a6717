// «Не обращайте внимания» (pay no attention) dismisses what was said before it, as «не смотрите»
// and «забудьте» do: a label in an export that the writer waves away answers nothing.
import { checkKind } from './kindCheck';

describe('kind: whoseWords, "pay no attention" dismisses what it follows', () => {
  checkKind([
    ['ru-RU', 'В CRM всё помечено как Azure, не обращайте внимания. Это Microsoft 365 E3 по EA.', { channel: 'ea', service: 'license' }],
    ['ru-RU', 'В выгрузке стоит Azure, но не обращайте внимания: у клиента Dynamics 365, куплен у Microsoft.', { channel: 'microsoft', service: 'license' }],
  ]);
});
