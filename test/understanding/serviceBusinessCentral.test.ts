// Product words: Dynamics 365 Business Central is a licensed product, often named without
// "Dynamics"; its name is the same in every language.
import { checkKind } from './kindCheck';

describe('product: "Business Central" alone is a licence-based service', () => {
  const said = { channel: 'otherCsp', service: 'license' } as const;
  checkKind([
    ['en-US', 'Their Business Central came from another CSP.', said],
    ['ru-RU', 'Business Central они купили у другого CSP-партнёра.', said],
    ['zh-CN', '他们的 Business Central 是从另一个 CSP 合作伙伴买的。', said],
    ['pt-BR', 'O Business Central deles veio de outro parceiro CSP.', said],
    ['hu-HU', 'A Business Centralt egy másik CSP partnertől vették.', said],
  ]);
});
