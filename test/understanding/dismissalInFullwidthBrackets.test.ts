// Kind "whose": a dismissal inside full-width brackets ("（一家本地公司，不重要）", as Chinese is typed)
// sets aside the bracket's own words, not the statement the brackets stand in, as inside "(…)".
import { checkKind } from './kindCheck';

describe('kind: whose, a dismissal inside full-width brackets', () => {
  checkKind([
    ['zh-CN', 'Azure 是从另一家 CSP 伙伴买的（一家本地公司，不重要），客户想转到我们这边。', { channel: 'otherCsp', service: 'usage' }],
    ['zh-CN', 'Office 365 是通过 EA 买的（那边的联系人换了，这个不重要）。客户只要我们做支持。', { channel: 'ea', service: 'license', goal: 'support' }],
  ]);
});
