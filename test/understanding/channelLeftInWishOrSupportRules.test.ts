// Kind "notButY", its edges: "they want support from us, not from Microsoft" sets the party wished
// against the one left as a wish to move does, and takes back no channel said before. The wish
// counts in the denial's own sentence only (from its first word on), and only a purchase told
// between the wish and the denial makes the denial one of its own again: not one told before
// the wish, nor one after the denial, nor one glued to the wish as what they wish to do.
import { checkRead } from './kindCheck';

describe('kind: "not X but Y": the wish (to move, or for support) and the purchase that count are those between the sentence\'s start and the denial', () => {
  checkRead([
    // A wish for support from us, set against Microsoft or EA: the channel said before stands.
    [
      'en-US',
      'They have Microsoft 365 from Microsoft directly. They want support from us, not from Microsoft.',
      { channel: 'microsoft', service: 'license', goal: 'support' },
      {},
    ],
    ['ru-RU', 'Microsoft 365 у клиента по EA. Хотят поддержку от нас, а не по EA.', { channel: 'ea', service: 'license', goal: 'support' }, {}],
    // Another answer before the denial in its sentence is no wish: taken back, asked.
    ['en-US', 'They have Microsoft 365 through EA. Well, Microsoft 365 is not through EA.', { service: 'license' }, { negated: ['channel'] }],
    // The wish in a sentence before the denial's: the denial takes the channel back, asked.
    [
      'en-US',
      'They have Microsoft 365 from Microsoft directly. They want to move to us. Not from Microsoft, from a local shop.',
      { service: 'license', goal: 'move' },
      {},
    ],
    // The wish opening the message, or touching the channel it leaves: that channel is neither said nor denied.
    ['en-US', 'Move to us, not from Microsoft.', { goal: 'move' }, {}],
    ['zh-CN', '客户的 Microsoft 365 是直接从微软买的。以后由我们开票从微软买不对。', { channel: 'microsoft', service: 'license', goal: 'move' }, {}],
    // A purchase glued to the wish is what they wish to do ("搬过来买", move over to buy), no purchase told.
    ['zh-CN', '客户的 Microsoft 365 是直接从微软买的。他们想搬过来买不是从微软买。', { channel: 'microsoft', service: 'license', goal: 'move' }, {}],
    // A purchase told after the wish, touching the channel denied: taken back, asked.
    ['zh-CN', '客户的 Microsoft 365 是直接从微软买的。以后由我们开票，下单从微软买不对。', { service: 'license', goal: 'move' }, { negated: ['channel'] }],
    // A purchase told before the wish, or after the denial: the channel said before stands.
    [
      'en-US',
      'They bought Microsoft 365 from Microsoft. They want the bills to come from us, not from Microsoft.',
      { channel: 'microsoft', service: 'license', goal: 'move' },
      {},
    ],
    [
      'en-US',
      'They have Microsoft 365 from Microsoft directly. They want the bills to come from us, not from Microsoft. They bought it last year.',
      { channel: 'microsoft', service: 'license', goal: 'move' },
      {},
    ],
  ]);
});
