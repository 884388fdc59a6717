// The parent company named in passing speaks of another case; but where the message says the
// customer IS the parent company, what the parent bought is this case's channel and product.
// A customer that is the parent's subsidiary or branch keeps the parent's words apart.
import { checkKind } from './kindCheck';

describe('kind: whose, the customer is the parent company itself', () => {
  checkKind([
    [
      'en-US',
      'Our customer is the parent company itself. The parent bought Microsoft 365 E3 under an EA; we should take over billing.',
      { channel: 'ea', service: 'license', goal: 'move' },
    ],
    ['ru-RU', 'Клиент — сама материнская компания. Материнская компания купила Microsoft 365 по EA.', { channel: 'ea', service: 'license' }],
    ['zh-CN', '客户就是母公司本身，母公司通过 EA 买的 Microsoft 365。', { channel: 'ea', service: 'license' }],
    ['pt-BR', 'O cliente é a própria matriz. A matriz comprou Microsoft 365 via EA.', { channel: 'ea', service: 'license' }],
    ['hu-HU', 'Az ügyfél maga az anyavállalat. Az anyavállalat EA-n vette a Microsoft 365-öt.', { channel: 'ea', service: 'license' }],
    // Near misses: the customer is the parent's subsidiary or branch, so the parent's purchase is another case's.
    ['en-US', "The customer is their parent's subsidiary; the parent bought it under an EA.", {}],
    ['en-US', "The customer is the parent company's branch office; the parent bought Microsoft 365 under an EA.", {}],
    ['zh-CN', '客户是母公司的子公司，母公司通过 EA 买的 Microsoft 365。', {}],
    ['hu-HU', 'Az ügyfél az anyavállalat leányvállalata, az anyavállalat EA-n vette a Microsoft 365-öt.', {}],
    ['pt-BR', 'O cliente é a filial; a matriz comprou Microsoft 365 via EA.', {}],
  ]);
});
