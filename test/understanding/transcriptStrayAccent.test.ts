// A caption has no question marks: a statement the other speaker answers with a bare no is asked,
// and the no turns it down. An accent typed by mistake before the no (a dead key, "´não") leaves
// it a bare no.
import { checkKind } from './kindCheck';

describe('transcript: a bare no after a stray accent still turns the statement before it down', () => {
  checkKind([
    ['en-US', 'Agent: they bought it through EA\nCustomer: ´no', {}],
    ['pt-BR', 'Atendente: eles compraram pelo EA\nCliente: ´não', {}],
    ['hu-HU', 'Ügyintéző: EA-n keresztül vették\nÜgyfél: ´nem', {}],
  ]);
});
