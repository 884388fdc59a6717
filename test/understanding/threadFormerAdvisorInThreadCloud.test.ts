// A thread whose part says "we sold it when we were an Advisor" without naming the cloud, and
// another part names the China cloud: the channel is this partner as a former Advisor there
// (outside China, or with no cloud at all, it stays the Advisor program).
import { checkKind } from './kindCheck';

describe('thread: "from us as an Advisor" read in the cloud another part names', () => {
  checkKind([
    [
      'hu-HU',
      '[09:10] Kiss Anna: az ügyfél 21Vianet-es felhőben van\n[09:11] Kiss Anna: az Office 365-öt még mi adtuk el nekik, amikor Advisorok voltunk\n[09:12] Szabó Ede: rendben',
      { cloud: 'china', channel: 'formerAdvisor', service: 'license' },
    ],
    [
      'en-US',
      '[09:10] Anna: the customer is in the 21Vianet cloud\n[09:11] Anna: we sold them Office 365 back when we were an Advisor\n[09:12] Ed: ok',
      { cloud: 'china', channel: 'formerAdvisor', service: 'license' },
    ],
    [
      'hu-HU',
      '[09:10] Kiss Anna: sima kereskedelmi felhő\n[09:11] Kiss Anna: az Office 365-öt még mi adtuk el nekik, amikor Advisorok voltunk\n[09:12] Szabó Ede: rendben',
      { cloud: 'global', channel: 'advisor', service: 'license' },
    ],
    [
      'hu-HU',
      '[09:11] Kiss Anna: az Office 365-öt még mi adtuk el nekik, amikor Advisorok voltunk\n[09:12] Szabó Ede: rendben, köszi',
      { channel: 'advisor', service: 'license' },
    ],
  ]);
});
