// Channel words a Brazilian agent types: Office in a carrier's plan (Vivo, Claro, TIM) or charged on
// the carrier's bill is syndication; "a própria Microsoft" and paying "direto pra Microsoft" are
// Microsoft; "na vdd" corrects; "hj" is today; a bare "Project" is the product.
import { checkKind } from './kindCheck';

describe('Channel words in Portuguese: carrier plans, Microsoft itself, short forms', () => {
  checkKind([
    ['pt-BR', 'o Office veio no plano de internet da Claro. querem suporte', { channel: 'syndication', service: 'license', goal: 'support' }],
    [
      'pt-BR',
      'Microsoft 365 Business Basic que a operadora cobra na fatura da operadora, querem trazer pra nós',
      { channel: 'syndication', service: 'license', goal: 'move' },
    ],
    ['pt-BR', 'não foi outro parceiro, foi a própria Microsoft. Exchange Online, só suporte', { channel: 'microsoft', service: 'license', goal: 'support' }],
    ['pt-BR', 'o Azure deles? hj pagam direto pra Microsoft, querem uma NF nossa', { channel: 'microsoft', service: 'usage' }],
    ['pt-BR', 'foi pelo EA? na vdd foi pelo Open. Visio só suporte', { channel: 'open', service: 'license', goal: 'support' }],
    ['pt-BR', 'antes comprava pelo Open. hj eles compram o Office 365 direto da Microsoft', { channel: 'microsoft', service: 'license' }],
    ['pt-BR', 'cliente tem Project comprado direto da Microsoft, quer suporte', { channel: 'microsoft', service: 'license', goal: 'support' }],
  ]);
});
