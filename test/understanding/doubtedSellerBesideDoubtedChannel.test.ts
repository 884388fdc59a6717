// A seller no answer places, said under a doubt ("maybe they bought the Azure from a hosting
// provider"), beside a channel that is an answer, also doubted ("or maybe it is under an EA"): the
// doubted answer is what is asked back, by name; the seller adds no question of its own.
import { checkDoubted } from './kindCheck';

describe('kind: a doubted seller beside a doubted channel asks the channel by the doubted answer', () => {
  checkDoubted([
    ['en-US', 'Maybe they bought the Azure from a hosting provider. Or maybe it is under an EA.', { service: 'usage' }, { channel: 'ea' }],
    ['en-US', 'They probably have an EA. Maybe they bought the Azure from a hosting provider.', { service: 'usage' }, { channel: 'ea' }],
  ]);
});
