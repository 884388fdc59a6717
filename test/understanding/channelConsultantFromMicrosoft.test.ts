// Channel words: a consultant or engineer "from Microsoft" («консультант от Microsoft») is a
// person who helped, not where the licences were bought: beside the Advisor program it leaves
// the channel Advisor. Written for these tests.
import { checkKind } from './kindCheck';

describe('channel: a consultant from Microsoft is no purchase from Microsoft', () => {
  checkKind([
    [
      'ru-RU',
      'Облако коммерческое. Лицензии Microsoft 365 куплены через программу Advisor, помогал консультант от Microsoft.',
      { cloud: 'global', channel: 'advisor', service: 'license' },
    ],
    ['ru-RU', 'Azure купили на сайте Microsoft, настраивал инженер из Microsoft.', { channel: 'microsoft', service: 'usage' }],
  ]);
});
