// English with Spanish words mixed in: "they're with otro CSP" is another CSP partner, the
// customer's current one. Spanish "otro" elsewhere (not after "they're with", not before a
// partner's word) reads nothing.
import { checkKind } from './kindCheck';

describe('Spanish otro before a CSP in an English sentence', () => {
  checkKind([
    ['en-US', 'Their Visio, pues, they are with otro CSP desde 2023.', { channel: 'otherCsp', service: 'license' }],
    ['en-US', 'Azure on their EA, otro CSP never touched it.', { channel: 'ea', service: 'usage' }],
  ]);
});
