// Chinese words for a spoken product, 21Vianet's own site, future invoices, a seller that is a CSP
// too, an IT provider that helped buy, a condition said only as a question's premise, the EA's yearly true-up.
import { checkKind } from './kindCheck';

describe('kind: Chinese spoken product, own-site order, future invoice and condition words', () => {
  checkKind([
    // "欧三六五" glued to the plan after it ("欧三六五 E 五" prepared as "欧三六五e五") is still Office 365 E5.
    ['zh-CN', '他们现在用欧三六五 E 五，一百二十个账号', { service: 'license' }],
    // Ordered on 21Vianet's own website: 21Vianet's channel.
    ['zh-CN', '客户是自己在世纪互联网站上下的单，Microsoft 365 商业基础版', { cloud: 'china', channel: 'vianet', service: 'license' }],
    // The invoices from now on issued by us: a move.
    ['zh-CN', '今后 Project 的账单我们来出', { service: 'license', goal: 'move' }],
    // Bought from a company that is a CSP too.
    ['zh-CN', '客户之前通过一家也做 CSP 的代理商买的 Exchange Online', { channel: 'otherCsp', service: 'license' }],
    // The customer's IT provider helped them buy it, and is a CSP: another CSP's, not a company named in passing.
    ['zh-CN', '原来的IT外包公司（深圳启明）帮我们买的，他们是微软 CSP，国际版', { cloud: 'global', channel: 'otherCsp' }],
    // The yearly true-up said with its count ("每年补一次差") is the EA's.
    ['zh-CN', '客户跟微软签的是每年补一次差的那种协议，这回只看 Power BI Pro', { channel: 'ea', service: 'license' }],
    // "If they were on MPSA, …?": the premise of a question states nothing.
    ['zh-CN', '要是客户用的是 MPSA 的话，我们可以接吗？现在只知道是 Dynamics 365。', { service: 'license' }],
  ]);
});
