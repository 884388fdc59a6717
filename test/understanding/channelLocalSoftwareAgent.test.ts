// "本地一家软件代理商" (a local software agent) is a local seller as "本地一家代理商" is: in the
// China cloud, bought somewhere else (channel other).
import { checkKind } from './kindCheck';

describe('kind: channelWords, a local software or IT agent is bought elsewhere', () => {
  checkKind([
    ['zh-CN', '客户用的是世纪互联运营的 Office 365，是在本地一家软件代理商买的。', { cloud: 'china', channel: 'other', service: 'license' }],
    ['zh-CN', '中国版 Azure，渠道：当地的 IT 经销商。', { cloud: 'china', channel: 'other', service: 'usage' }],
  ]);
});
