// Kind "thread": a chat copied with the time before the name on a line of its own ("[14:03] Lucas
// Andrade", the words below) is a transcript as "Lucas Andrade 14:03" is. Read before as one
// statement: the question "GCC?" answered "no" stated the government cloud, a wrong value.
import { checkKind } from './kindCheck';

describe('kind: "[time] Name" lines open the turns of a pasted chat', () => {
  checkKind([
    ['pt-BR', '[14:03] Lucas Andrade\ncliente é GCC?\n[14:05] Marina Souza\nnão', {}],
    ['pt-BR', '[14:03] Lucas Andrade\ncliente é GCC?\n[14:05] Marina Souza\nsim, GCC High', { cloud: 'usgov' }],
    ['en-US', '[10:02 AM] Priya Natarajan\nis it GCC?\n[10:03 AM] Tom Reyes\nno', {}],
    ['ru-RU', '[14:03] Иван Петров\nэто GCC?\n[14:05] Анна Смирнова\nнет', {}],
    ['hu-HU', '[14:03] Kovács Péter\nGCC?\n[14:05] Nagy Anna\nnem', {}],
  ]);
});
