// An either/or between a seller the reader cannot place and a channel it can, with a comma before
// the "or" ("the hosting company that built their site, or some other CSP partner"): the comma
// is no stop between the two options. A reference after them settles it (the seller named: the
// channel is asked, not named); without one the option read is asked about by name.
import { checkRead } from './kindCheck';

describe('either/or with a seller and a comma before the "or"', () => {
  checkRead([
    [
      'en-US',
      'Who sold them the Azure: the hosting company that built their site, or another CSP partner that closed down. The invoice says the first one.',
      { service: 'usage' },
      {},
    ],
    [
      'en-US',
      'Who sold them the Azure: the hosting company that built their site, or another CSP partner that closed down. The invoice says the second one.',
      { channel: 'otherCsp', service: 'usage' },
      {},
    ],
    [
      'en-US',
      'Who sold them the Azure: the hosting company that built their site, or another CSP partner, nobody remembers.',
      { service: 'usage' },
      { hedged: { channel: 'otherCsp' } },
    ],
    [
      'pt-BR',
      'Quem vendeu o Azure: a empresa de hospedagem que fez o site, ou outro parceiro CSP que fechou. A fatura diz: o primeiro.',
      { service: 'usage' },
      {},
    ],
  ]);
});
