// Kind "rambling": a dismissal after a relative clause ("falou do Office, que eles têm licença
// perpétua…, mas não é esse o assunto") sets aside the clause that relative clause belongs to,
// not only the relative clause. Read before as the Office kept beside Azure: the service was asked.
import { checkKind } from './kindCheck';

describe('kind: a dismissal reaches over a relative clause to what it is about', () => {
  checkKind([
    ['pt-BR', 'O diretor falou do Office, que eles têm licença perpétua, mas não é esse o assunto. Querem trazer o Azure pra gente.', { service: 'usage' }],
    ['en-US', "They mentioned Dynamics 365, which they licensed last year, but that's another topic. Azure via EA.", { channel: 'ea', service: 'usage' }],
    ['ru-RU', 'Упомянули Dynamics 365, который у них с прошлого года, но это другая тема. Azure через EA.', { channel: 'ea', service: 'usage' }],
    ['pt-BR', 'Azure via EA, o Office é com outro parceiro, mas não é esse o assunto.', { channel: 'ea', service: 'usage' }],
  ]);
});
