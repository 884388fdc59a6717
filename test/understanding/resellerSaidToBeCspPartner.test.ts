// The customer's seller named as a reseller or dealer and then said, in the clause after it, to be
// a CSP partner ("…a kereskedőtől vették, aki szintén CSP-partner", «у дилера, он партнёр CSP»,
// "revendedor, ele é parceiro CSP") is another CSP partner; said of ourselves it stays our role.
import { checkKind } from './kindCheck';

describe('a reseller said to be a CSP partner is another CSP partner', () => {
  checkKind([
    ['hu-HU', 'A Dynamics 365-öt a helyi kereskedőtől vették, aki szintén CSP-partner.', { channel: 'otherCsp', service: 'license' }],
    ['hu-HU', 'Az Intune licenceket a viszonteladójuktól vették, aki CSP-partner.', { channel: 'otherCsp', service: 'license' }],
    ['ru-RU', 'Dynamics 365 купили у местного дилера, он тоже партнёр CSP.', { channel: 'otherCsp', service: 'license' }],
    ['pt-BR', 'O Dynamics 365 foi comprado do revendedor local, ele é parceiro CSP.', { channel: 'otherCsp', service: 'license' }],
    ['zh-CN', 'Dynamics 365 是从当地的经销商买的，他们是 CSP 合作伙伴。', { channel: 'otherCsp', service: 'license' }],
    ['en-US', 'They bought Dynamics 365 from the local reseller, who is a CSP partner.', { channel: 'otherCsp', service: 'license' }],
    // Said of ourselves: our role, no seller.
    ['hu-HU', 'Mi viszonteladó vagyunk, aki CSP-partner.', { partnerType: 'indirectReseller' }],
    ['zh-CN', '我们是经销商，我们是 CSP 合作伙伴。', { partnerType: 'indirectReseller' }],
  ]);
});
