// A doubt on a count with an answer inside the count's clause ("Probably 20 Office 365 users,
// some on the EA and some on Open") does not end at the comma: it reaches the options after it,
// and a doubt over options of one question is about that question, not the product they share.
import { checkKind } from './kindCheck';

describe('a doubt on a count with an answer in its clause reaches past the comma', () => {
  checkKind([['en-US', 'Probably 20 Office 365 users, some on the EA and some on Open.', { service: 'license' }, ['channel']]]);
});
