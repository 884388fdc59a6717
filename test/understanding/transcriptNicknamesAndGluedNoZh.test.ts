// A Chinese chat whose speakers are named by nicknames ("小周", "老吴", "阿梅"): two such names make
// it a transcript, read turn by turn. An answer whose no is glued to the words after it ("不是 Azure，
// 是 Office 365", "不是只要支持，是要…") negates those words; it is no bare no.
import { checkKind } from './kindCheck';

describe('understanding: a Chinese chat by nicknames, and a no glued to its words', () => {
  checkKind([
    [
      'zh-CN',
      '小周：他们用的是 Azure 吗？\n老吴：不是 Azure，是 Office 365 E1\n小周：只要支持？\n老吴：不是只要支持，是要把订阅迁到我们这边',
      { service: 'license', goal: 'move' },
    ],
    [
      'zh-CN',
      '阿梅：他们只想有人帮着盯一下 IT 运维，费用还是照旧付\n小赵：那记录合作伙伴不变？\n阿梅：不变\n小赵：好，Microsoft 365 E5 是吧\n阿梅：是的',
      { service: 'license', goal: 'support' },
    ],
    // A summary's label is no nickname.
    ['zh-CN', '小结：客户想把 Office 365 迁到我们这边\n客户：华明贸易', { service: 'license', goal: 'move' }],
    ['en-US', 'Agent: just support?\nCustomer: no, they want to move it all to us. Office 365', { service: 'license', goal: 'move' }],
  ]);
});
