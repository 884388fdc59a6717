// The admin access a previous partner held (DAP, delegated rights) tells who once managed the
// tenant, not who sold the subscriptions: it names no channel, and what the message says of the
// purchase stands alone.
import { checkKind } from './kindCheck';

describe("kind: channel words, a previous partner's admin access is no seller (Russian)", () => {
  checkKind([
    [
      'ru-RU',
      'DAP предыдущего партнёра сняли, лицензии M365 куплены у Microsoft напрямую; нужна поддержка',
      { channel: 'microsoft', service: 'license', goal: 'support' },
    ],
    ['ru-RU', 'делегированный доступ прежнего партнёра ещё висит, Microsoft 365 куплен на сайте Microsoft', { channel: 'microsoft', service: 'license' }],
  ]);
});
