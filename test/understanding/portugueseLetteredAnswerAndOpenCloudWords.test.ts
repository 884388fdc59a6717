// Portuguese words (pt-BR lexicon): a questionnaire's answer "Alternativa (a)" / "letra b" keeps
// the option it names (`structure.first`, `structure.second`); "assumissem também o faturamento"
// is taking over the billing; "o admin center comercial" and "o tenant … é o global" name the
// commercial cloud, so against a GCC said by someone else the cloud is asked; "não batemos o
// martelo" leaves the case undecided. Written for these tests.
import { checkKind } from './kindCheck';

describe('Portuguese: a lettered answer, taking over the billing too, and the commercial cloud in other words', () => {
  checkKind([
    [
      'pt-BR',
      'Questão 4: o Microsoft 365 foi comprado (a) via Open License ou (b) via Enterprise Agreement? Resposta: alternativa (b).',
      { channel: 'ea', service: 'license' },
    ],
    [
      'pt-BR',
      'O hospital tem Microsoft 365 com outro CSP e pediu que vocês assumissem também o faturamento.',
      { channel: 'otherCsp', service: 'license', goal: 'move' },
    ],
    ['pt-BR', 'No print aparece o admin center comercial, mas o diretor afirma que estão no GCC.', {}, ['cloud']],
    [
      'pt-BR',
      'A Ana diz que o tenant da fábrica é o global; o Léo disse que é 21Vianet. Não batemos o martelo ainda. Office 365 E3.',
      { service: 'license' },
      ['cloud'],
    ],
  ]);
});
