// Kind "whose", Hungarian: another customer used for comparison ("X-szel ellentétben (ők …)",
// "X esetében …; ennél az ügyfélnél …"), a rule quoted from Microsoft ("a Microsoft szerint …-ra
// nem vonatkozik"), and a product said to be with us already ("az Azure már nálunk van") state
// nothing of the case; "openes" is Open.
import { checkKind } from './kindCheck';

describe('kind: a Hungarian comparison, a quoted rule, a product already ours', () => {
  checkKind([
    [
      'hu-HU',
      'A Nagy Építővel ellentétben (ők EA-n voltak) ez a cég egy másik CSP-től veszi a Teams Essentialst.',
      { channel: 'otherCsp', service: 'license' },
    ],
    [
      'hu-HU',
      'A Microsoft szerint Open Value-s ügyfelekre ez nem vonatkozik. A mi ügyfelünk Azure-t vesz egy másik CSP-től.',
      { channel: 'otherCsp', service: 'usage' },
    ],
    ['hu-HU', 'A Horváth Bt. esetében Open volt; ennél az ügyfélnél EA van, Dynamics 365.', { channel: 'ea', service: 'license' }],
    ['hu-HU', 'Az Exchange Online már nálunk van. Az Azure még szindikációs partnernél van.', { channel: 'syndication', service: 'usage' }],
    ['hu-HU', 'Openes Visio, csak támogatás kellene.', { channel: 'open', service: 'license', goal: 'support' }],
  ]);
});
