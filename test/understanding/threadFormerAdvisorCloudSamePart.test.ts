// A thread's part names the commercial cloud and, in the same words, says "we sold it when we were
// an Advisor": outside China that is the Advisor program, read so in the part itself.
import { checkKind } from './kindCheck';

describe('thread: "from us as an Advisor" beside the commercial cloud in the same part', () => {
  checkKind([
    [
      'en-US',
      "[09:10] Anna: we're in the commercial cloud, and we sold them Office 365 back when we were an Advisor\n[09:12] Ed: ok",
      { cloud: 'global', channel: 'advisor', service: 'license' },
    ],
  ]);
});
