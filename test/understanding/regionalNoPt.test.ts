// Spoken and regional Portuguese writes "não" as "nã" before a verb ("nã somos", "nã é"): it is
// the same negation, so the role or channel it denies sets nothing and the one stated stands.
// The preposition "na" before a noun ("na nuvem") is left as it is.
import { checkKind } from './kindCheck';

describe('a regional "nã" negates (pt-BR)', () => {
  checkKind([
    ['pt-BR', 'A gente é distribuidor aqui, nã somos revenda de ninguém.', { partnerType: 'indirectProvider' }],
    ['pt-BR', 'O Azure do cliente nã é pelo EA, é pelo Open.', { channel: 'open', service: 'usage' }],
    ['pt-BR', 'O Azure do cliente está na nuvem comercial, pelo EA.', { cloud: 'global', channel: 'ea', service: 'usage' }],
  ]);
});
