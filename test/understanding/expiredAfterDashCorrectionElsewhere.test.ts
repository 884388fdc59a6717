// "They had an EA - it expired in March. Office 365, sorry, I mean Microsoft 365": the correction
// later in the message is not at the dash, so the ending after the dash still says no to the EA.
// Only a correction standing right at the dash keeps the answer before it.
import { checkRead } from './kindCheck';

describe('negation: a correction elsewhere does not stop an ending after a dash', () => {
  checkRead([
    [
      'en-US',
      'They had an Enterprise Agreement - it expired in March. Office 365, sorry, I mean Microsoft 365.',
      { service: 'license' },
      { negated: ['channel'] },
    ],
    ['zh-CN', '客户以前是 EA——已经过期了。Office 365，不对，我说错了，是 Microsoft 365。', { service: 'license' }, { negated: ['channel'] }],
  ]);
});
