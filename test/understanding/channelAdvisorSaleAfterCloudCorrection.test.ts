// Kind "whose": a sale by us as an Advisor, told before the cloud was corrected away from China, is
// still the Advisor program's sale in the commercial cloud: the correction changes the cloud, not
// where the customer bought. (An EA told before a correction to China is no channel there.)
import { checkKind } from './kindCheck';

describe('kind: whose, our sale as an Advisor outlives a correction of the cloud', () => {
  checkKind([
    [
      'en-US',
      'We sold them Office 365 when we were an Advisor. It runs in China. Sorry, not China, the global cloud.',
      { cloud: 'global', channel: 'advisor', service: 'license' },
    ],
    [
      'ru-RU',
      'Мы продали им Office 365, когда были Advisor. Облако китайское. Нет, извините, не Китай, а глобальное.',
      { cloud: 'global', channel: 'advisor', service: 'license' },
    ],
    [
      'en-US',
      'We sold it to them when we were an Advisor, though finance says they bought it directly from Microsoft. It runs in China. Sorry, not China, the global cloud.',
      { cloud: 'global' },
      ['channel'],
    ],
  ]);
});
