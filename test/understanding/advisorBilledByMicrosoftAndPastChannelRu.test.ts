// Russian (ru-RU lexicon): a partner «получал от Microsoft комиссию как Advisor», with the bills
// «шли от самого Microsoft», is the Advisor channel (Microsoft bills in it), not a purchase from
// Microsoft; a channel the customer «раньше был в / на» is a past one, so the one said for now
// stands. Written for these tests.
import { checkKind } from './kindCheck';

describe('channel: Advisor billed by Microsoft, and a past channel, in Russian', () => {
  checkKind([
    [
      'ru-RU',
      'Облако глобальное. Брали у интегратора, он получал от Microsoft вознаграждение как Advisor, а счета за Power BI приходили от самого Microsoft.',
      { cloud: 'global', channel: 'advisor', service: 'license' },
    ],
    ['ru-RU', 'Azure по карте у Microsoft напрямую, раньше была на Open Value.', { channel: 'microsoft', service: 'usage' }],
  ]);
});
