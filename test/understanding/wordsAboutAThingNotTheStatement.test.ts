// Words that take a statement back must be about the statement: a product "which is obsolete" is
// an old product, not an answer withdrawn ("that's outdated" still is), and a commercial or
// public-sector organisation («коммерческая или государственная организация») is the customer's
// kind, not the commercial cloud.
import { checkKind } from './kindCheck';

describe('words about a thing are not about the statement', () => {
  checkKind([
    [
      'en-US',
      'They bought Dynamics CRM 2016 through Open Value, which is obsolete now. We want to take over the billing.',
      { channel: 'open', service: 'license', goal: 'move' },
    ],
    ['en-US', 'CRM says EA, which is no longer true: they buy Microsoft 365 from another CSP', { channel: 'otherCsp', service: 'license' }],
    ['ru-RU', 'Клиент у нас коммерческая или государственная организация; Microsoft 365 куплен по EA', { channel: 'ea', service: 'license' }],
    ['ru-RU', 'Заказчик — коммерческое или бюджетное учреждение, Microsoft 365 у них по Open Value', { channel: 'open', service: 'license' }],
    ['ru-RU', 'Облако: коммерческое или US Gov — пока неясно', {}, ['cloud']],
  ]);
});
