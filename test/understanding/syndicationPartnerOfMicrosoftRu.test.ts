// Channel in the speaker's words: «он у Microsoft синдикационный партнёр» (it is Microsoft's
// syndication partner) says whose partner the carrier is, not that the customer bought at Microsoft;
// «купили у Microsoft» still is.
import { checkKind } from './kindCheck';

describe('Microsoft’s syndication partner is no purchase at Microsoft (channel in own words)', () => {
  checkKind([
    [
      'ru-RU',
      'Microsoft 365 подключили вместе с интернетом от провайдера «Волна» (он у Microsoft синдикационный партнёр). Нужно, чтобы мы присматривали за тенантом.',
      { channel: 'syndication', service: 'license', goal: 'support' },
    ],
    ['ru-RU', 'Office 365 купили у Microsoft на сайте.', { channel: 'microsoft', service: 'license' }],
  ]);
});
