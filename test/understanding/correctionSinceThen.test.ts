// Kind "correction": "since then" opens what holds now after a change ("they got kicked off the
// parent's EA in March. Since then they just bought seats on the Microsoft website"): the later
// statement wins, as after "and now". Read before as two channels, asked. "Since then they also
// added Azure" adds, it replaces nothing.
import { checkKind } from './kindCheck';

describe('kind: "since then" says what holds now', () => {
  checkKind([
    [
      'en-US',
      'They were on the EA until last spring. Since then they buy Office 365 on the Microsoft website with a card.',
      { channel: 'microsoft', service: 'license' },
    ],
    ['en-US', 'Azure was under Open Value, it ended in 2021, ever since then it is with another CSP.', { channel: 'otherCsp', service: 'usage' }],
    ['en-US', 'Office 365 through an EA. Since then they have also added Azure.', { channel: 'ea' }, ['service']],
  ]);
});
