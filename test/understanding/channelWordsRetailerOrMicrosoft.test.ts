// Chinese channel words: a retailer ("在电脑城一家零售商那里买的") is a seller outside CSP, the third
// party outside China and "somewhere else" in the 21Vianet cloud; "微软直接买的" (bought from Microsoft
// directly, with no "from") is Microsoft.
import { checkKind } from './kindCheck';

describe('channel words: a retailer, Microsoft directly', () => {
  checkKind([
    ['zh-CN', '客户的 Teams 许可是在电脑城一家零售商那里买的。', { channel: 'thirdParty', service: 'license' }],
    ['zh-CN', '客户的 Office 365 是世纪互联版，在一家零售商那里买的。', { cloud: 'china', channel: 'other', service: 'license' }],
    ['zh-CN', '客户的 Office 365 是微软直接买的，想让我们做支持。', { channel: 'microsoft', service: 'license', goal: 'support' }],
  ]);
});
