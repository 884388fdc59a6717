// A seller the customer buys through, named as a CSP partner beside its name ("via Norland
// Systems, a CSP partner", "through CSP partner Quillon") is another CSP partner: the channel. Our
// own orders through such a partner, and a CSP partner program, state no channel.
import { checkKind } from './kindCheck';

describe('a seller named as a CSP partner beside its name', () => {
  checkKind([
    ['en-US', 'Westbury procures its Microsoft 365 E3 seats via Norland Systems, a CSP partner.', { channel: 'otherCsp', service: 'license' }],
    ['en-US', 'The hospital gets Office 365 through CSP partner Quillon Tech.', { channel: 'otherCsp', service: 'license' }],
    ['en-US', 'We order all of it via Tessel Group, a CSP partner.', {}],
    ['en-US', 'The school buys its licences through the CSP partner program of its region.', { service: 'license' }],
    ['ru-RU', 'Больница покупает Office 365 через Quillon Tech, партнёра CSP.', { channel: 'otherCsp', service: 'license' }],
    ['ru-RU', 'Больница закупает Office 365 у CSP-партнёра Quillon.', { channel: 'otherCsp', service: 'license' }],
    ['ru-RU', 'Мы закупаем Office 365 у CSP-партнёра Quillon.', { service: 'license' }],
    ['zh-CN', '医院通过 CSP 合作伙伴 Quillon 采购 Office 365 许可。', { channel: 'otherCsp', service: 'license' }],
    ['zh-CN', '我们通过 CSP 合作伙伴 Quillon 下单 Office 365。', { service: 'license' }],
    ['pt-BR', 'A escola compra as licenças pelo parceiro CSP Quillon.', { channel: 'otherCsp', service: 'license' }],
    ['pt-BR', 'O hospital compra o Office 365 pela Quillon, um parceiro CSP.', { channel: 'otherCsp', service: 'license' }],
    ['pt-BR', 'Compramos as licenças pelo parceiro CSP Quillon.', { service: 'license' }],
    ['hu-HU', 'A kórház az Office 365-öt a Quillon CSP-partnertől vásárolja.', { channel: 'otherCsp', service: 'license' }],
    ['hu-HU', 'A kórház az Office 365-öt a saját CSP-partnerétől vásárolja.', { service: 'license' }],
  ]);
});
