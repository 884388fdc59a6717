// A thread's part says "we sold it when we were an Advisor" without naming the cloud, and the cloud
// is open in the thread: told two ways and left undecided, or only doubted ("maybe it is the
// 21Vianet cloud"). In China that is this partner as a former Advisor, elsewhere the Advisor
// program: with the cloud open, the channel is not answered either.
import { checkKind } from './kindCheck';

describe('thread: "from us as an Advisor" with the cloud open answers no channel', () => {
  checkKind([
    [
      'en-US',
      "[09:10] Anna: the customer is in the 21Vianet cloud\n[09:11] Ed: their IT says it is the global cloud\n[09:12] Anna: they haven't decided yet.\n[09:13] Anna: we sold them Office 365 back when we were an Advisor",
      { service: 'license' },
      ['cloud'],
    ],
    [
      'en-US',
      '[09:10] Anna: maybe it is the 21Vianet cloud, not sure\n[09:11] Anna: we sold them Office 365 back when we were an Advisor\n[09:12] Ed: ok',
      { service: 'license' },
    ],
  ]);
});
