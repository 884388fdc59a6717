// Portuguese: "o contratão enterprise" (the big enterprise contract, an augmentative) is the EA,
// as "contrato enterprise" is.
import { checkKind } from './kindCheck';

describe('channel: the big enterprise contract is the EA', () => {
  checkKind([['pt-BR', 'O Azure sai do contratão enterprise que eles renovam a cada três anos.', { channel: 'ea', service: 'usage' }]]);
});
