// Under the Advisor program the customer pays Microsoft directly: «платят напрямую Microsoft,
// через Advisor» is one channel, Advisor, not two. A previous partner said to have been in the
// Advisor program was an Advisor, not a CSP partner. Offered as two options, both are asked.
import { checkKind } from './kindCheck';

describe('kind: channel words, paid to Microsoft directly through Advisor', () => {
  checkKind([
    ['ru-RU', 'Azure у них по программе Advisor, платят напрямую Microsoft, облако глобальное', { cloud: 'global', channel: 'advisor', service: 'usage' }],
    ['ru-RU', 'Office 365 покупали напрямую у Microsoft, через Advisor, глобальное облако', { cloud: 'global', channel: 'advisor', service: 'license' }],
    ['ru-RU', 'Их прежний партнёр был в программе Advisor, Dynamics 365, облако коммерческое.', { cloud: 'global', channel: 'advisor', service: 'license' }],
    [
      'ru-RU',
      'Их прошлый партнёр участвовал в программе Microsoft Advisor, Office 365, облако глобальное.',
      { cloud: 'global', channel: 'advisor', service: 'license' },
    ],
    ['ru-RU', 'Office 365 покупали напрямую у Microsoft или через Advisor, глобальное облако', { cloud: 'global', service: 'license' }, ['channel']],
  ]);
});
