// "暂不考虑" / "先不考虑" (not considered for now) sets the clause before it aside as "不考虑"
// does: a product the customer may buy later is not this case's service.
import { checkKind } from './kindCheck';

describe('kind: whose, "not considered for now" sets a later product aside', () => {
  checkKind([
    ['zh-CN', '客户的 Azure 是通过 EA 买的。他们说明年可能上 Dynamics，暂不考虑。', { channel: 'ea', service: 'usage' }],
    ['zh-CN', 'Azure 全球版，按量付费。客户还问了 Office 365，先不考虑。', { cloud: 'global', service: 'usage' }],
    ['zh-CN', '客户在微软官网买的 Azure，提到过 Microsoft 365，暂时不考虑。', { channel: 'microsoft', service: 'usage' }],
  ]);
});
