// A Microsoft Customer Agreement signed directly with Microsoft ("a direct MCA", "an MCA with
// Microsoft") is a purchase from Microsoft. Read, it also settles an either/or between it and an
// EA that a reference ("the second one") names; unread, the EA was kept as the answer.
import { checkKind } from './kindCheck';

describe('channel: a direct Microsoft Customer Agreement is bought from Microsoft', () => {
  checkKind([
    ['en-US', 'Their Azure runs under a direct MCA, we want to take it on.', { channel: 'microsoft', service: 'usage' }],
    ['en-US', 'The Azure subscriptions are on an MCA with Microsoft.', { channel: 'microsoft', service: 'usage' }],
    [
      'en-US',
      'I asked the customer whether the Azure is on their EA or on a direct MCA with Microsoft, and he said the second one.',
      { channel: 'microsoft', service: 'usage' },
    ],
    ['en-US', 'Is their Azure on the EA or on a direct MCA? He said the first one.', { channel: 'ea', service: 'usage' }],
  ]);
});
