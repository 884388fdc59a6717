// "Esta / essa / aquela última" picks the second option of a question like "a última"; "no caso da
// X, …" opens the case at hand (only "o caso da X" sets another customer against it); and "o
// Azure fica com a equipe interna deles" sets that product aside (pt-BR lexicon, `structure.second`,
// `structure.otherCase`, `structure.dismiss`).
import { checkKind } from './kindCheck';

describe('Portuguese: the latter said with "esta", the case "no caso da", a product kept in house', () => {
  checkKind([
    [
      'pt-BR',
      '[09:02] Júlia: no caso da Papelaria Estrela, a gente vai cuidar do Azure ou do Microsoft 365?\n[09:04] Tiago: essa última.',
      { service: 'license', goal: 'support' },
    ],
    ['pt-BR', 'É o Azure ou o Office 365 que vai pra nossa conta? Aquela última.', { service: 'license', goal: 'move' }],
    ['pt-BR', 'Querem que a gente administre o Microsoft 365. O Azure fica com o time interno deles.', { service: 'license', goal: 'support' }],
  ]);
});
