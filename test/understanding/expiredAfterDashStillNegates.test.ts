// "The customer had an EA — it expired in March": a word of ending said after a dash is no
// correction, so the dash does not stop it: the answer before the dash is still said no to.
// Only a "no" after a dash that also takes back ("Office 365——不对，是 MPSA") negates nothing.
import { checkRead } from './kindCheck';

describe('negation: an ending said after a dash still negates the answer before it', () => {
  checkRead([
    ['en-US', 'The customer had an EA — it expired in March.', {}, { negated: ['channel'] }],
    ['en-US', 'They had an Enterprise Agreement - it expired in March.', {}, { negated: ['channel'] }],
    ['zh-CN', '客户以前是 EA——已经过期了。', {}, { negated: ['channel'] }],
    ['zh-CN', '他们买的 Office 365——已经到期了。', {}, { negated: ['service'] }],
  ]);
});
