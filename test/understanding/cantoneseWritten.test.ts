// Variant: Cantonese written in Hong Kong ("佢哋", "係", "喺", "嘅", "唔係", "搬過嚟我哋度")
// reads as the Mandarin words it stands for; "關係" keeps its own character.
import { checkKind } from './kindCheck';

describe('variant: written Cantonese reads as Mandarin', () => {
  checkKind([
    ['zh-CN', '佢哋嘅 Office 365 係喺微軟官網買嘅，想搬過嚟我哋度。', { channel: 'microsoft', service: 'license', goal: 'move' }],
    ['zh-CN', '我哋係經分銷商落單嘅經銷商。', { partnerType: 'indirectReseller' }],
    ['zh-CN', '客戶嘅 Office 365 係喺一間本地公司買嘅，嗰間公司唔係 CSP。', { channel: 'thirdParty', service: 'license' }],
    ['zh-CN', '客戶嘅 Office 365 係喺世紀互聯買嘅，母公司嘅 EA 跟我哋冇關係。', { cloud: 'china', channel: 'vianet', service: 'license' }],
  ]);
});
