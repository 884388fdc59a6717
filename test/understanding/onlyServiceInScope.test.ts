// The service in scope: «речь не про Microsoft 365, а про Azure» says the case is Azure, as «речь
// только про Azure» does, so licences named beside it («лицензии они и так берут у нас») are
// background. A word for the scope restricts the product next to it, even when a dash dropped
// between leaves another service word right after that product.
import { checkKind } from './kindCheck';

describe('only service: "not about X but about Y" puts Y in scope', () => {
  checkKind([
    ['ru-RU', 'Речь не про Microsoft 365, а про Azure. Лицензии они и так берут у нас.', { service: 'usage' }],
    ['ru-RU', 'Разговор не об Azure, а об Office 365; виртуальные машины у них свои. Хотят перенести к нам.', { service: 'license', goal: 'move' }],
    [
      'ru-RU',
      'Речь не про Microsoft 365, а про Azure — лицензии они давно у нас берут. Azure у другого CSP-партнёра.',
      { channel: 'otherCsp', service: 'usage' },
    ],
  ]);
});

describe('only service: the word restricts the product next to it', () => {
  checkKind([
    ['ru-RU', 'Только Azure — лицензии у них давно от нас.', { service: 'usage' }],
    ['en-US', 'only Azure - the licenses they already buy from us', { service: 'usage' }],
  ]);
});
