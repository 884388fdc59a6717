// "Azure 客户没有" (the customer has no Azure) and "Azure 只是他们对 Entra ID 的叫法" (only their name for
// Entra ID) say no to the product named before them.
import { checkKind } from './kindCheck';

describe('kind: not X but Y, a product they do not have (Chinese)', () => {
  checkKind([
    ['zh-CN', '是 Microsoft 365 商业标准版，Azure 客户没有。想把账单转给我们。', { service: 'license', goal: 'move' }],
    ['zh-CN', '客户说的 Azure 只是他们对 Entra ID 的叫法，买的是 Office 365 E3。', { service: 'license' }],
  ]);
});
