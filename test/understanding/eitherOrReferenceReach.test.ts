// Two options framed by joining words ("either the old agreement or EA") are settled by a
// reference ("the second one") said soon after them; one said long after, past other sentences,
// leaves the option read asked about by name. A reference said under a doubt leaves its option
// asked too, also where the doubt stands right against it with no space (也许前者).
import { checkDoubted, checkRead } from './kindCheck';

describe('either/or: a reference settles it only soon after the options', () => {
  checkRead([
    ['en-US', "It's either the old agreement or EA. Checked in the end: the second one. Azure.", { channel: 'ea', service: 'usage' }, {}],
    [
      'en-US',
      "It's either the old agreement or EA. Nobody could say which for a while, the paperwork was lost for months and the old admin had left the company by then. Checked in the end: the second one. Azure.",
      { service: 'usage' },
      { hedged: { channel: 'ea' } },
    ],
  ]);
});

describe('either/or: a reference said under a doubt written against it does not settle it', () => {
  checkDoubted([['zh-CN', '可能是 EA 或者 Open。查了，也许前者。', {}, { channel: 'ea' }]]);
});
