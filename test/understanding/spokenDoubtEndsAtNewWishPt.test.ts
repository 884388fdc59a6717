// Spoken Portuguese without punctuation: a doubt ("ele não lembra", "ninguém sabe") followed at once
// by what the customer wants ("… não sabe quer que a gente passe a faturar") doubts what came before,
// not the wish said after it; "não sei se querem que…" still doubts the wish.
import { checkKind, checkDoubted } from './kindCheck';

describe('spoken Portuguese: a doubt ends where a new wish begins', () => {
  checkKind([
    [
      'pt-BR',
      'então o cliente da academia comprou o visio de uma parceira advisor ou foi direto com a microsoft o dono não lembra quer que a gente passe a faturar já em agosto',
      { service: 'license', goal: 'move' },
      ['channel'],
    ],
  ]);
  checkDoubted([['pt-BR', 'não sei se querem que a gente passe a faturar o Office 365 E3.', { service: 'license' }, { goal: 'move' }]]);
});
