// A dismissal after a comma sets aside its own clause ("o parceiro antigo … era um distribuidor,
// mas isso não importa"); a relative word inside that clause, or in a clause before it, does not
// carry it back to the answers said before.
import { checkKind } from './kindCheck';

describe('a dismissal beside a relative word sets aside its own clause only', () => {
  checkKind([
    ['pt-BR', 'O Azure é via EA, o parceiro antigo que eles tinham era um distribuidor, mas isso não importa.', { channel: 'ea', service: 'usage' }],
    ['pt-BR', 'O Office que eles têm é via EA, o parceiro antigo era um distribuidor, mas isso não importa.', { channel: 'ea', service: 'license' }],
  ]);
});
