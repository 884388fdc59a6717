// A form's options as radio buttons: the chosen one ("(o)", "(x)", "◉") holds, the empty ones
// ("( )", "○") are options not chosen. A line of two or more empty boxes or buttons and none
// chosen is a question left unanswered: it states nothing (a lone empty box is a task to do).
import { checkKind } from './kindCheck';

describe('form: radio buttons, and a line of boxes left empty', () => {
  checkKind([
    [
      'en-US',
      "Products: Microsoft 365 Business Premium\nCurrent agreement:  ( ) EA   (o) Open Value   ( ) Don't know",
      { channel: 'open', service: 'license' },
    ],
    ['en-US', 'Products: Azure\nHow do you buy it?  (x) Another CSP   ( ) Enterprise Agreement', { channel: 'otherCsp', service: 'usage' }],
    [
      'en-US',
      'Products: Microsoft 365 E3 via an Enterprise Agreement\nWhat do you need?  [ ] Support only   [ ] Move the billing to you',
      { channel: 'ea', service: 'license' },
    ],
    ['pt-BR', 'Produto: Microsoft 365 E3\nCanal atual:  ○ EA   ◉ Open Value   ○ CSP', { channel: 'open', service: 'license' }],
    ['hu-HU', 'Termék: Microsoft 365 E3\nJelenlegi csatorna:  [ ] EA   [ ] Open Value', { service: 'license' }],
  ]);
});
