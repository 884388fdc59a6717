// Kind "channel words": "compraram da própria Microsoft" (from Microsoft itself) is a purchase
// from Microsoft, like "compraram da Microsoft". The word "própria" between hid it.
import { checkKind } from './kindCheck';

describe('kind: channel words, bought from Microsoft itself', () => {
  checkKind([
    ['en-US', 'They bought it from Microsoft itself.', { channel: 'microsoft' }],
    ['pt-BR', 'Compraram da própria Microsoft.', { channel: 'microsoft' }],
    ['pt-BR', 'O cliente comprou o Office pela própria Microsoft.', { channel: 'microsoft', service: 'license' }],
  ]);
});
