// A recap that read its channel in a cloud a comment below it corrects: a purchase from Microsoft's
// website is no option in the 21Vianet cloud (left to ask there), but it is in the global cloud the
// comment settles, so the thread reads it there.
import { checkKind } from './kindCheck';

describe("cloud corrected: an older part's channel read again in the cloud a newer part settles", () => {
  checkKind([
    [
      'en-US',
      'Meeting recap (Copilot) - Larkspur Hotels\n- Larkspur uses Microsoft 365 operated by 21Vianet, bought online from Microsoft with a company card.\n- They want us to take over the billing.\nComments\nAmy Cho: 21Vianet is wrong, I said they are on the global cloud.',
      { cloud: 'global', channel: 'microsoft', service: 'license', goal: 'move' },
    ],
    [
      'zh-CN',
      '会议纪要（AI）｜星河贸易\n· 客户使用世纪互联版 Microsoft 365，是在微软官网用信用卡自己买的。\n· 客户希望把账单转到我司。\n评论\n李娜：世纪互联版是错的，他们用的是国际版。',
      { cloud: 'global', channel: 'microsoft', service: 'license', goal: 'move' },
    ],
  ]);
});
