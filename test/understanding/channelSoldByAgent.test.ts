// Channel in the customer's own words: "一家代理商卖给他们的" (an agent sold it to them) is somewhere
// else than 21Vianet or Microsoft. In the China cloud that is the option "other"; elsewhere the
// agent may or may not be a CSP partner, so the channel is asked.
import { checkKind } from './kindCheck';

describe('channel: a seller of unknown kind that sold to the customer is "somewhere else"', () => {
  checkKind([
    ['zh-CN', '世纪互联运营的 Office 365，是上海一家代理商卖给他们的。', { cloud: 'china', channel: 'other', service: 'license' }],
    ['zh-CN', '客户在世纪互联云上，Office 365 是某家本地服务商卖给客户的。', { cloud: 'china', channel: 'other', service: 'license' }],
    ['zh-CN', '国际版的 Office 365，是一家经销商卖给客户的。', { cloud: 'global', service: 'license' }],
  ]);
});
