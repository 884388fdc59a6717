// Kind "channel-goal-words": paying Microsoft directly by card, boleto or Pix ("pagava no cartão
// direto pra Microsoft"), or the customer paying Microsoft directly, is buying from Microsoft.
// Read before as no seller: the channel was asked. The partner paying Microsoft ("somos T1,
// pagamos direto pra Microsoft") is its role, not the customer's channel.
import { checkKind } from './kindCheck';

describe('kind: the customer paying Microsoft directly by card bought from Microsoft', () => {
  checkKind([
    ['pt-BR', 'As licenças do Microsoft 365 eles pagavam no cartão direto pra Microsoft.', { channel: 'microsoft', service: 'license' }],
    ['pt-BR', 'O cliente paga direto para a Microsoft o Azure deles.', { channel: 'microsoft', service: 'usage' }],
    ['pt-BR', 'Office 365: pagam direto pra Microsoft no boleto.', { channel: 'microsoft', service: 'license' }],
    ['pt-BR', 'Somos T1, pagamos direto pra Microsoft.', { partnerType: 'direct' }],
    ['en-US', 'They paid for Office 365 by card straight to Microsoft.', { channel: 'microsoft', service: 'license' }],
  ]);
});
