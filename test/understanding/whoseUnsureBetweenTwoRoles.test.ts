// Whose words: a partner naming two roles of its own joined by "or" is unsure of its role, which
// is asked; "we … reseller" reaches over a few words («мы у них реселлер») but not over another
// role and an "or" before it. Written in five languages for these tests.
import { checkKind } from './kindCheck';

describe('kind: whose, "we are a distributor or a reseller" is asked, never the second role', () => {
  const said = { service: 'license', goal: 'support' } as const;
  checkKind([
    ['ru-RU', 'Office 365, поддержка. Мы дистрибьютор или реселлер, уточню.', said, ['partnerType']],
    ['ru-RU', 'Office 365, поддержка. Мы — дистр или реселлер.', said, ['partnerType']],
    ['ru-RU', 'Мы прямой партнёр или реселлер, не помню.', {}, ['partnerType']],
    // Read so before in the other languages; kept as guards.
    ['en-US', "Office 365, support. We're a disty or a reseller, I'll check.", said, ['partnerType']],
    ['zh-CN', 'Office 365，支持。我们是分销商还是经销商，我再确认一下。', said, ['partnerType']],
    ['pt-BR', 'Office 365, suporte. Somos distribuidor ou revenda, vou confirmar.', said, ['partnerType']],
    ['hu-HU', 'Office 365, támogatás. Disztribútor vagy viszonteladó vagyunk, utánanézek.', said, ['partnerType']],
  ]);
});

describe('kind: whose, "we … reseller" with a few words between is still the partner\'s role (guards)', () => {
  const ours = { partnerType: 'indirectReseller' } as const;
  checkKind([
    ['ru-RU', 'Мы у них реселлер.', ours],
    ['ru-RU', 'Мы тут как бы реселлер.', ours],
    ['ru-RU', 'Мы по этому клиенту непрямой реселлер.', ours],
  ]);
});
