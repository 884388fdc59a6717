// Own words in Chinese for whom the customer bought from: 21Vianet's own site ("在世纪互联官网上买的"),
// 21Vianet on its own ("在世纪互联那边单独买的"), the money paid to 21Vianet ("钱直接付给世纪互联"), and
// the invoice Microsoft itself sends them ("发票是微软直接开给他们的").
import { checkKind } from './kindCheck';

describe('channel words: the site bought on, the seller paid, the one who invoices', () => {
  checkKind([
    ['zh-CN', '客户的 Office 365 是在世纪互联官网上买的，想让我们做运维。', { cloud: 'china', channel: 'vianet', service: 'license', goal: 'support' }],
    ['zh-CN', '这家分公司的 Office 365 是自己在世纪互联那边单独买的。', { cloud: 'china', channel: 'vianet', service: 'license' }],
    ['zh-CN', '客户每年都把 Office 365 的钱直接打款给世纪互联。', { cloud: 'china', channel: 'vianet', service: 'license' }],
    ['zh-CN', '客户的 Microsoft 365 发票是微软直接开给他们的。', { channel: 'microsoft', service: 'license' }],
  ]);
});
