// Whose case: «эта „дочка“» written in quotes turns back to this customer as «эта дочка» does,
// after words about the parent company. Written for these tests.
import { checkKind } from './kindCheck';

describe('kind: whose, this subsidiary in quotes is this customer again', () => {
  checkKind([
    ['ru-RU', 'Материнская компания сидит на EA, но эта «дочка» покупала Microsoft 365 у другого CSP-партнёра.', { channel: 'otherCsp', service: 'license' }],
    ['ru-RU', 'Их головная компания по EA, а сама эта «дочка» берёт Azure у другого партнёра.', { channel: 'otherCsp', service: 'usage' }],
  ]);
});
