// "Office 365 is on Open Value, but at first they said EA": the "but" stands before what was said at
// first, so it does not end it. EA is only what they said at first; Open Value is the answer.
import { checkRead } from './kindCheck';

describe('kind: rambling, a "but" before what was said at first does not cut it short', () => {
  checkRead([['en-US', 'Office 365 is on Open Value, but at first they said EA.', { channel: 'open', service: 'license' }, {}]]);
});
