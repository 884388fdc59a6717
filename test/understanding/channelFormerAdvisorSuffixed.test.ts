// "Advisorként adtuk el" (sold it as an Advisor), the suffix written on the word, is the Advisor
// channel: in the 21Vianet cloud a former Advisor sale, in the global cloud an Advisor sale.
// "Globális (kereskedelmi) Partner Center" is the global cloud, the gloss between.
import { checkKind } from './kindCheck';

describe('channel words: "Advisorként" and the global Partner Center with a gloss', () => {
  checkKind([
    ['hu-HU', '21Vianet Partner Center. Még Advisorként adtuk el nekik az Office 365-öt.', { cloud: 'china', channel: 'formerAdvisor', service: 'license' }],
    [
      'hu-HU',
      'Globális (kereskedelmi) Partner Center. Az ügyfél Advisor programon keresztül vette az Office 365-öt.',
      { cloud: 'global', channel: 'advisor', service: 'license' },
    ],
    ['hu-HU', 'Kereskedelmi (globális) partnerközpont, Azure EA-n.', { cloud: 'global', channel: 'ea', service: 'usage' }],
  ]);
});
