// A vendor scorecard pasted as a table: a criterion ("Support", «Поддержка», "Suporte", "Támogatás")
// labelling a column or a row scored in numbers is no goal; the winner's line below it still states
// one ("assumes billing of all seats", "assumirá o faturamento") (scorecard.ts).
import { checkKind } from './kindCheck';

describe('kind: governance record, a scorecard criterion is no goal', () => {
  checkKind([
    [
      'en-US',
      'Supplier scorecard (Exchange Online)\n| Supplier | Cost | Support | Score |\n| NorthCloud (us, direct bill) | 3 | 4 | 7 - SELECTED |\n| OtherCo | 4 | 2 | 6 |\nNote: the selected supplier assumes billing at renewal.',
      { service: 'license', goal: 'move', partnerType: 'direct' },
    ],
    [
      'pt-BR',
      'Critério | Peso | Nuvem Sul | Outra\nPreço | 50% | 7 | 8\nSuporte | 50% | 9 | 5\nVencedor: Nuvem Sul — assumirá o faturamento do Exchange Online.',
      { service: 'license', goal: 'move' },
    ],
    [
      'ru-RU',
      'Критерий | Вес | Облакс | Другой\nЦена | 40% | 7 | 8\nПоддержка | 60% | 9 | 5\nИтог: Облакс, перенос подписок Exchange Online к нам.',
      { service: 'license', goal: 'move' },
    ],
  ]);
});
