// Kind "channel in own words": "quem fatura é a Microsoft" (who bills the customer is Microsoft
// itself) says the customer buys from Microsoft, as "direto da Microsoft" does; "quem nos fatura"
// (who bills us) is the partner's own billing and says nothing of the customer's channel.
import { checkKind } from './kindCheck';

describe('kind: Microsoft named as who bills the customer is the channel', () => {
  checkKind([
    ['pt-BR', 'Vi a fatura do Azure: quem fatura é a própria Microsoft.', { channel: 'microsoft', service: 'usage' }],
    ['pt-BR', 'Quem cobra é a Microsoft, no cartão da empresa, pelas licenças de Microsoft 365.', { channel: 'microsoft', service: 'license' }],
    ['pt-BR', 'Quem nos fatura é a Microsoft.', {}],
  ]);
});
