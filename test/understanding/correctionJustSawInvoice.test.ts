// "Acabei de ver a fatura", having just looked at the invoice, corrects what was said before it
// as "olhei a fatura" does: the invoice's channel replaces the one said from memory. Not read as
// a correction, the two channels stood side by side and the channel was asked.
import { checkKind } from './kindCheck';

describe('kind: correction, an invoice just looked at replaces the channel said before', () => {
  checkKind([
    ['pt-BR', 'O Microsoft 365 veio de um EA, eu acho. Acabei de ver a fatura: foi comprado num contrato Open.', { channel: 'open', service: 'license' }],
    [
      'pt-BR',
      'Azure com outro parceiro CSP. O cliente acabou de conferir a nota fiscal: Azure direto com a Microsoft no site, no cartão.',
      { channel: 'microsoft', service: 'usage' },
    ],
    // The invoice confirms: nothing changes.
    ['pt-BR', 'O Office 365 veio pelo EA. Acabamos de receber a fatura, é EA mesmo.', { channel: 'ea', service: 'license' }],
  ]);
});
