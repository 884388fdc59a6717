// «У Microsoft через консультанта» (from Microsoft through a consultant): bought through someone,
// so no purchase straight from Microsoft; what that someone was (an Advisor) is the channel.
import { checkKind } from './kindCheck';

describe('kind: channelWords, from Microsoft through someone', () => {
  checkKind([
    [
      'ru-RU',
      'Брали «у Microsoft через консультанта», а консультант был в программе Microsoft Advisor. Облако коммерческое, Azure.',
      { cloud: 'global', channel: 'advisor', service: 'usage' },
    ],
    ['ru-RU', 'Office 365 купили у Microsoft через посредника, мелкую фирму.', { service: 'license' }],
    ['ru-RU', 'Office 365 купили у Microsoft через сайт.', { channel: 'microsoft', service: 'license' }],
  ]);
});
