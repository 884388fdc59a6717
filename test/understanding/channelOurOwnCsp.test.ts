// "We are their CSP" is this partner speaking of itself: it says no channel of the customer's
// (another CSP partner is said by "their CSP is another partner", "their current CSP"). A
// channel said beside it is read alone, not as a conflict with another CSP.
import { checkKind } from './kindCheck';

describe('a partner saying it is the customer s CSP', () => {
  checkKind([
    ['en-US', 'We are their CSP.', {}],
    ['en-US', "We're their current CSP partner.", {}],
    ['en-US', 'We are their CSP partner, and the customer got Office 365 via an EA.', { channel: 'ea', service: 'license' }],
    ['en-US', 'Their current CSP is Contoso.', { channel: 'otherCsp' }],
    ['ru-RU', 'Мы их CSP-партнёр, а Office 365 они купили по EA.', { channel: 'ea', service: 'license' }],
    ['zh-CN', '我们是他们的 CSP，他们的 Office 365 是通过 EA 买的', { channel: 'ea', service: 'license' }],
    ['pt-BR', 'Somos o CSP deles, mas o Office 365 eles compraram via EA.', { channel: 'ea', service: 'license' }],
    ['hu-HU', 'Mi vagyunk a CSP partnerük, az Office 365-öt EA-n keresztül vették.', { channel: 'ea', service: 'license' }],
  ]);
});
