// A doubt asking its own question ("not sure which channel it was, …") ends at the comma only
// when a new subject opens the next clause right after it. A subject elsewhere (before the doubt,
// or in the next sentence) does not end it, nor does a question word that is not the doubt's own
// (said before it, or several words on): what follows the comma stays doubted.
import { checkDoubted } from './kindCheck';

describe('doubt: a doubt asking its own question runs on past the comma without a new subject there', () => {
  checkDoubted([
    ['en-US', "They're not sure which channel it was, EA?", {}, { channel: 'ea' }],
    ['en-US', 'The customer is not sure which channel it was, EA?', {}, { channel: 'ea' }],
    ['en-US', 'Not sure which channel it was, EA? They will check.', {}, { channel: 'ea' }],
    ['en-US', "The ticket is about Azure, they're not sure whether it was bought through EA.", { service: 'usage' }, { channel: 'ea' }],
    ['en-US', 'Not sure the customer remembers how it was bought, they said EA.', {}, { channel: 'ea' }],
  ]);
});
