// Under 21Vianet, "别的经销商" (another reseller) and "一家 IT 代理" (an agent with a short Latin
// name before its word) are "somewhere else".
import { checkKind } from './kindCheck';

describe('kind: channel in own words, another seller under 21Vianet (Chinese)', () => {
  checkKind([
    ['zh-CN', '客户的世纪互联 Office 365 是从别的经销商那里买的。', { cloud: 'china', channel: 'other', service: 'license' }],
    ['zh-CN', '世纪互联的 Office 365，客户是从一家 IT 代理买的。', { cloud: 'china', channel: 'other', service: 'license' }],
  ]);
});
