// Kind "whose": an agent writes of the partner on the line in the third person ("the partner is a
// reseller", «Партнёр — реселлер», "合作伙伴是经销商", "o parceiro é uma revenda", "a partner
// viszonteladó"): that is the partner's own role. Another party's partner ("their partner",
// «их партнёр», "客户的合作伙伴") is not.
import { checkKind } from './kindCheck';

describe('kind: whose, "the partner is …" said of the partner on the line is its role', () => {
  checkKind([
    ['en-US', 'The partner is a reseller, they want support for the Office 365.', { partnerType: 'indirectReseller', service: 'license', goal: 'support' }],
    ['ru-RU', 'Партнёр — реселлер, хотят поддержку Office 365.', { partnerType: 'indirectReseller', service: 'license', goal: 'support' }],
    ['ru-RU', 'Партнёр прямой, хотят поддержку Office 365.', { partnerType: 'direct', service: 'license', goal: 'support' }],
    ['zh-CN', '合作伙伴是经销商，想要支持Office 365。', { partnerType: 'indirectReseller', service: 'license', goal: 'support' }],
    ['pt-BR', 'O parceiro é uma revenda, querem suporte no Office 365.', { partnerType: 'indirectReseller', service: 'license', goal: 'support' }],
    ['hu-HU', 'A partner viszonteladó, támogatást kérnek az Office 365-höz.', { partnerType: 'indirectReseller', service: 'license', goal: 'support' }],
  ]);
});

describe("kind: whose, another party's partner said to be a reseller is not the partner's role", () => {
  checkKind([
    ['en-US', 'Their partner is a reseller.', {}],
    ['en-US', "The customer's partner is a reseller.", {}],
    ['ru-RU', 'Их партнёр — реселлер.', {}],
    ['zh-CN', '客户的合作伙伴是经销商。', {}],
  ]);
});

describe("kind: whose, another party's partner in Portuguese is not the partner's role", () => {
  checkKind([['pt-BR', 'O parceiro deles é uma revenda.', {}]]);
});
