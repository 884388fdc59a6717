// An answer opening with "não é …" / "não foi …" is a negated clause, not a bare no followed by
// words of its own: "compraram pelo EA?" – "não é EA" never reads EA, and "não é terceiro, é
// syndication" takes the second. A no before a stop ("não, pelo Open") is still the answer's no,
// which turns down the question's option; the product it took for granted stays.
import { checkKind } from './kindCheck';

describe('transcript: a "não" that negates its own clause', () => {
  checkKind([
    ['pt-BR', 'Ana  10:01\no Microsoft 365 foi comprado pelo EA?\nLeo  10:02\nnão foi pelo EA.', { service: 'license' }],
    [
      'pt-BR',
      'Ana  10:01\no cliente comprou de terceiro, né?\nLeo  10:03\nnão é terceiro, é syndication, veio no pacote da operadora',
      { channel: 'syndication' },
    ],
    ['pt-BR', 'Ana  10:01\no Microsoft 365 foi comprado pelo EA?\nLeo  10:02\nnão, pelo Open Value.', { channel: 'open', service: 'license' }],
  ]);
});
