// "EA 是他们集团总部签的" (the EA is what their group's head office signed): the parent company's
// agreement, not this customer's channel, as "EA 是母公司的" is.
import { checkKind } from './kindCheck';

describe('whose words: what the parent company signed or bought is theirs', () => {
  checkKind([
    ['zh-CN', '是 Open Value，EA 是他们集团总部签的。', { channel: 'open' }],
    ['zh-CN', 'EA 是母公司签的，这家子公司的 Office 365 是从微软官网买的。', { channel: 'microsoft', service: 'license' }],
    ['zh-CN', 'Azure 走的是 MPSA，EA 是总公司买的。', { channel: 'open', service: 'usage' }],
    // Still this customer's when nobody else signed it.
    ['zh-CN', '客户的 Office 365 是 EA。', { channel: 'ea', service: 'license' }],
  ]);
});
