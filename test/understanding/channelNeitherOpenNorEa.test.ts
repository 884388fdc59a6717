// "Neither Open nor EA - it's from another CSP": the "neither" that leads Open in (a word that
// makes a bare "open" the channel) also negates it, so Open and EA are both said no to and the
// other CSP is the answer.
import { checkRead } from './kindCheck';

describe('channel: neither Open nor EA, then the answer', () => {
  checkRead([
    ['en-US', "Neither Open nor EA, it's from another CSP. Azure only.", { channel: 'otherCsp', service: 'usage' }, {}],
    ['en-US', 'Neither EA nor Open: they bought Office 365 straight from Microsoft.', { channel: 'microsoft', service: 'license' }, {}],
    ['en-US', 'Office 365 through Open, I checked.', { channel: 'open', service: 'license' }, {}],
  ]);
});
