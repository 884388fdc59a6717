// A role named as the one who wrote to us ("分销商给我们的邮件", "总代给我们的通知") is the
// sender's, not ours: the role said in its words of us ("贵司作为我司的二级经销商") is.
import { checkKind } from './kindCheck';

describe('zh-CN: the role of who wrote to us is not ours', () => {
  checkKind([
    [
      'zh-CN',
      '总代给我们的通知里写着："贵司作为我司的二级经销商，需要先签补充协议。" 客户在微软官网买的 M365。',
      { partnerType: 'indirectReseller', channel: 'microsoft', service: 'license' },
    ],
    ['zh-CN', '分销商发给我们的邮件说这个客户的 Azure 是 EA。', { channel: 'ea', service: 'usage' }],
  ]);
});
