// Kind "whose": the parent company named inside brackets ("the branch (its parent company is on
// an EA) bought … from Microsoft") speaks only up to the bracket's close; what follows is this
// customer's again. It mattered where the brackets sat in the sentence's middle: the parent's
// words took the rest of the sentence, this customer's channel and goal with them.
import { checkKind } from './kindCheck';

describe('kind: whose, the parent company named in brackets speaks only inside them', () => {
  checkKind([
    [
      'en-US',
      'The Brazilian branch of Stratos (its parent company is on an EA) bought Microsoft 365 directly from Microsoft.',
      { channel: 'microsoft', service: 'license' },
    ],
    ['ru-RU', 'Дочерняя компания (головная компания на EA) купила Microsoft 365 напрямую у Microsoft.', { channel: 'microsoft', service: 'license' }],
    ['zh-CN', '子公司（母公司用的是 EA）是直接从微软买的 Microsoft 365。', { channel: 'microsoft', service: 'license' }],
    ['hu-HU', 'A leányvállalat (az anyacég EA-n van) közvetlenül a Microsofttól vette a Microsoft 365-öt.', { channel: 'microsoft', service: 'license' }],
    [
      'pt-BR',
      'A filial (a matriz tem EA) comprou o Microsoft 365 direto da Microsoft e quer suporte.',
      { channel: 'microsoft', service: 'license', goal: 'support' },
    ],
    // The parent's words inside the brackets stay the parent's.
    ['pt-BR', 'A filial comprou o Microsoft 365 direto da Microsoft (a matriz tem EA).', { channel: 'microsoft', service: 'license' }],
  ]);
});
