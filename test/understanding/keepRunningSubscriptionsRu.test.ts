// «Чтобы мы вели подписки» (lead, run the customer's subscriptions) asks for support, and «стать
// нашим клиентом» is the customer coming over to us. «Вести» of a customer is how a partner runs
// its own account, no goal.
import { checkKind } from './kindCheck';

describe('running the subscriptions and becoming our customer (ru-RU)', () => {
  checkKind([
    ['ru-RU', 'Клиент на Office 365 через Open Value, просят, чтобы мы дальше вели их подписки.', { channel: 'open', service: 'license', goal: 'support' }],
    ['ru-RU', 'Лицензии Project куплены по EA, надо будет продолжать вести лицензии.', { channel: 'ea', service: 'license', goal: 'support' }],
    ['ru-RU', 'Power BI Pro по Open Value, заказчик хочет стать нашим клиентом.', { channel: 'open', service: 'license', goal: 'move' }],
    // Near miss: a customer the partner runs states no goal.
    ['ru-RU', 'Этого заказчика мы ведём третий год, у них Power BI Pro по Open Value.', { channel: 'open', service: 'license' }],
  ]);
});
