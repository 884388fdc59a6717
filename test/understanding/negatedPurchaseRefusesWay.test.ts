// Kind "notXbutY": "we didn't buy Azure through the EA" denies the way it was bought, not the
// product: the product is still the customer's, and the channel after it is the one refused. The
// negation took the first answer after it, the product, and left the EA read as the channel.
import { checkKind } from './kindCheck';

describe('kind: notXbutY, a negated purchase refuses the channel, not the product named on the way', () => {
  checkKind([
    ['en-US', "We didn't buy Azure through the EA. It was through another CSP.", { channel: 'otherCsp', service: 'usage' }],
    ['ru-RU', 'Мы не покупали Azure через EA.', { service: 'usage' }],
    ['zh-CN', '客户没有通过 EA 买 Azure。', { service: 'usage' }],
    ['pt-BR', 'A gente não comprou o Azure pelo EA. Foi com um parceiro CSP, a nossa antiga revenda.', { channel: 'otherCsp', service: 'usage' }],
    ['pt-BR', 'O cliente não comprou o Microsoft 365 pelo EA.', { service: 'license' }],
    // A product refused on its own, a comma before the way, stays refused.
    ['en-US', "They didn't buy Azure, they bought Microsoft 365 through EA.", { channel: 'ea', service: 'license' }],
  ]);
});
