// The verdict in Chinese ("以发票为准": the invoice prevails) takes back what was said before the
// last "but" of its clauses, as in Hungarian, also where no space stands between the words: an
// answer glued to the "但是" before or after it, or to the dash before the verdict; a "but" glued to
// that dash is not the one whose findings win.
import { checkKind } from './kindCheck';

describe('channelWords: the verdict for the invoice or the portal decides, its words glued (Chinese)', () => {
  checkKind([
    // The channel the invoice shows begins right after "但是".
    ['zh-CN', '客户说是从别的CSP合作伙伴买的Azure，但是微软直接开发票给他们。以发票为准。', { channel: 'microsoft', service: 'usage' }],
    // The channel the customer said ends right where "但是" begins.
    ['zh-CN', '客户说走的企业协议但是管理中心里显示的是别的CSP合作伙伴。以管理中心为准。', { channel: 'otherCsp' }],
    // The channel the portal shows ends right where the dash before the verdict stands.
    ['zh-CN', '客户说走的企业协议，但是管理中心里显示的是别的CSP合作伙伴——以管理中心为准。', { channel: 'otherCsp' }],
    // A "but" right before the verdict ("不过——以…为准") sets the verdict against what was said; what the portal shows after the "but" before it still wins.
    ['zh-CN', '客户说走的企业协议，但是管理中心里显示的是别的CSP合作伙伴，不过——以管理中心为准。', { channel: 'otherCsp' }],
    // No verdict: both are asked.
    ['zh-CN', '客户说走的企业协议，但是管理中心里显示的是别的CSP合作伙伴。', {}, ['channel']],
  ]);
});
