// Kind "whose": when the call is about one product only ("Azure only") and a contract said as the
// subject only covers a product of another kind ("the EA only covers their Microsoft 365"), that
// contract is the other product's, not this one's. Read before as the channel of the Azure.
import { checkKind } from './kindCheck';

describe('kind: a contract that only covers another kind of product is not the channel of the one in scope', () => {
  checkKind([
    [
      'en-US',
      'Scope is Azure only. The EA only covers their Microsoft 365, and they pay the Azure by card straight from Microsoft.',
      { channel: 'microsoft', service: 'usage' },
    ],
    ['en-US', 'Azure only. The EA only covers their Office 365.', { service: 'usage' }],
    ['ru-RU', 'Речь только про Azure. EA только на Office 365.', { service: 'usage' }],
    ['pt-BR', 'Só o Azure. O EA deles é só do Office 365, o Azure eles pagam no cartão direto com a Microsoft.', { channel: 'microsoft', service: 'usage' }],
    [
      'hu-HU',
      'Csak az Azure-ról van szó. Az EA csak az Office 365-re szól, az Azure-t közvetlenül a Microsofttól vették.',
      { channel: 'microsoft', service: 'usage' },
    ],
    // The contract covers the product in scope: it stays the channel.
    ['en-US', 'Office 365 only. The EA only covers their Office 365.', { channel: 'ea', service: 'license' }],
    ['en-US', 'Azure only. The EA covers their Azure and Office 365.', { channel: 'ea', service: 'usage' }],
  ]);
});
