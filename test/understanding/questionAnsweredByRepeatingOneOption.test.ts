// A question the writer answers at once with a word or two that repeat one option's own words
// ("qual nuvem, comercial ou governo dos EUA? comercial, …", "GCC or commercial? commercial, …"):
// that option is the answer (selfAnswered.ts with echoed.ts), though the word alone names nothing.
import { checkKind } from './kindCheck';

describe('A question answered at once by repeating one of its options', () => {
  checkKind([
    [
      'pt-BR',
      'qual nuvem, comercial ou governo dos EUA? comercial, a empresa fica em Goiânia. Compraram o Office 365 numa loja.',
      { cloud: 'global', channel: 'thirdParty', service: 'license' },
    ],
    [
      'en-US',
      'is it the GCC tenant or the commercial cloud? commercial, they are a dental office. Microsoft 365 Business Basic.',
      { cloud: 'global', service: 'license' },
    ],
    ['pt-BR', 'qual nuvem, comercial ou governo dos EUA? ninguém sabe ainda. Office 365.', { service: 'license' }, ['cloud']],
  ]);
});
