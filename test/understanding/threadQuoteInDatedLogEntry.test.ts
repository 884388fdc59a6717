// Words quoted inline in one entry of a log stamped line by line, oldest first ("03/10 Reopened by
// the customer: "…""), are that entry's, as new as its day: they are not older than the message
// around them, so an older entry does not decide over them.
import { checkKind } from './kindCheck';

describe('thread: a quotation inside a dated log entry', () => {
  checkKind([
    [
      'pt-BR',
      '01/10 Fechado — mandamos o guia do Azure\n03/10 Reaberto pela cliente: "não é o Azure, queremos trazer pra vocês o Power BI Pro que compramos de outra CSP"',
      { channel: 'otherCsp', service: 'license', goal: 'move' },
    ],
    [
      'en-US',
      '10/01 Closed — sent the Azure how-to\n10/03 Reopened by the customer: "it is not Azure, we want you to take over billing for our Power BI Pro, bought from another CSP"',
      { channel: 'otherCsp', service: 'license', goal: 'move' },
    ],
    // A quotation on a line of its own, outside a log, stays older than the words around it.
    ['pt-BR', 'Vamos fazer só o suporte do Power BI Pro.\nA cliente escreveu: "queremos transferir a cobrança"', { service: 'license', goal: 'support' }],
  ]);
});
