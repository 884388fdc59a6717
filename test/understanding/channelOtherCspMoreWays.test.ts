// Another CSP said in other words: "came from a CSP", "their old provider, who used to be in CSP".
import { checkKind } from './kindCheck';

describe('channel: another CSP in other words', () => {
  checkKind([
    ['en-US', 'Their Office 365 E3 came from a CSP that lost its authorization last year.', { channel: 'otherCsp', service: 'license' }],
    ['en-US', 'The Azure came from their old IT provider, who used to be in CSP.', { channel: 'otherCsp', service: 'usage' }],
  ]);
});
