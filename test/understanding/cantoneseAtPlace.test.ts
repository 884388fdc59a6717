// Written Cantonese "喺世紀互聯度買" (bought at 21Vianet's): "度" after a place and before a verb
// of buying is "there", so the purchase from 21Vianet is read; Mandarin "年度购买" is untouched.
import { checkKind } from './kindCheck';

describe('Cantonese: bought at a place ("喺…度買")', () => {
  checkKind([
    ['zh-CN', '佢哋嘅Office 365係喺世紀互聯度買嘅。', { cloud: 'china', channel: 'vianet', service: 'license' }],
    ['zh-CN', '客户有年度购买计划，Office 365 国际版。', { cloud: 'global', service: 'license' }],
  ]);
});
