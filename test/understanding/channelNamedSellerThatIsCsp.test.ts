// Kind "channel-goal-words": "com a Alfa Cloud, que é CSP" — a named company the customer is
// with, then said to be a CSP, is another CSP. Read before as no seller: the channel was asked.
import { checkKind } from './kindCheck';

describe('kind: a named company the customer is with, said to be a CSP, is another CSP', () => {
  checkKind([
    ['pt-BR', 'O Microsoft 365 deles está com a Nuvem Sul, que é CSP.', { channel: 'otherCsp', service: 'license' }],
    ['pt-BR', 'Compraram o Azure pela Contoso, que é parceira CSP.', { channel: 'otherCsp', service: 'usage' }],
    ['pt-BR', 'Compraram o Azure com a gente, que é CSP.', { service: 'usage' }],
  ]);
});
