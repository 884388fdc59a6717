// eMAG, the large Hungarian online marketplace, is a retailer: licences or keys bought "az
// eMAG-on / eMAG-ról" came through a third party (as 京东 and 淘宝 do in Chinese).
import { checkKind } from './kindCheck';

describe('channel words: bought on the eMAG marketplace', () => {
  checkKind([
    [
      'hu-HU',
      'Az Office 2021 kulcsokat az eMAG-ról rendelték, mi csak telepítenénk és üzemeltetnénk.',
      { channel: 'thirdParty', service: 'license', goal: 'support' },
    ],
  ]);
});
