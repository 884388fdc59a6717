// Chinese words for paying Microsoft with no one between, for the bills signed or issued by us
// from now on, for support said in short ("出了问题就找我们", "维运") and for the customer's present CSP.
import { checkKind } from './kindCheck';

describe('zh-CN words: paid to Microsoft, billing with us, support in short, the present CSP', () => {
  checkKind([
    ['zh-CN', 'Azure 两个订阅，信用卡每月被扣一笔，没有通过任何渠道。', { channel: 'microsoft', service: 'usage' }],
    ['zh-CN', 'Exchange Online：出了问题就找我们，钱还是在官网付给微软。', { channel: 'microsoft', service: 'license', goal: 'support' }],
    ['zh-CN', '客户的 Azure 是跟微软的客户经理直接签的，三个订阅。', { channel: 'microsoft', service: 'usage' }],
    ['zh-CN', 'Microsoft 365 E3，今后账单要由我们来出。', { service: 'license', goal: 'move' }],
    ['zh-CN', 'Office 365 E3 客户想换供应商，合同、账单全跟我们签。', { service: 'license', goal: 'move' }],
    ['zh-CN', 'Microsoft 365 E5 的账单转为由我们开票。', { service: 'license', goal: 'move' }],
    ['zh-CN', '客户的 Visio 只希望我们维运。', { service: 'license', goal: 'support' }],
    ['zh-CN', '目前的合作伙伴是一家 CSP，Dynamics 365 留在那边计费，客户想让我们一起支持。', { channel: 'otherCsp', service: 'license', goal: 'support' }],
    ['zh-CN', '更正：我们没有分销商，是我们直接跟客户签约。', { partnerType: 'direct' }],
  ]);
});
