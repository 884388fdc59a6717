// Own words in Chinese: moving the billing or the subscription over ("转计费", "转订阅") is moving,
// also in a short note of slashes.
import { checkKind } from './kindCheck';

describe('goal words: moving the billing over is moving', () => {
  checkKind([
    ['zh-CN', 'O365 / 微软官网 / 转计费', { channel: 'microsoft', service: 'license', goal: 'move' }],
    ['zh-CN', '客户的 Dynamics 365 想转订阅，我们是 T1。', { service: 'license', goal: 'move', partnerType: 'direct' }],
    ['zh-CN', '客户的 Office 365 不转计费，只要我们做支持。', { service: 'license', goal: 'support' }],
  ]);
});
