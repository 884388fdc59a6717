// A role set after another party by a comma and an article ("from their previous partner, a
// distributor") is said of that party, so the partner's own role stated elsewhere stands alone.
// A bare role after a comma ("…, direct bill partner here") or one in a sentence naming us stays ours.
import { checkKind } from './kindCheck';

describe('a role in apposition to another party', () => {
  checkKind([
    [
      'en-US',
      'Northwind Traders gets Office 365 from their previous partner, a distributor. We are an indirect reseller.',
      { channel: 'otherCsp', service: 'license', partnerType: 'indirectReseller' },
    ],
    [
      'en-US',
      "Fabrikam renews Azure through the customer's current partner, a direct bill CSP. We're an indirect reseller buying through Pax8.",
      { channel: 'otherCsp', service: 'usage', partnerType: 'indirectReseller' },
    ],
    ['en-US', "The customer's old partner, an indirect provider, still bills them. Nothing else is known.", {}],
    ['en-US', 'Fabrikam has Microsoft 365 from us, a direct bill partner, and wants support.', { service: 'license', goal: 'support', partnerType: 'direct' }],
    ['en-US', 'Spoke to the customer, direct bill partner here, they want to move Office 365.', { service: 'license', goal: 'move', partnerType: 'direct' }],
    [
      'pt-BR',
      'A Tailspin tem Microsoft 365 com o parceiro atual deles, uma revenda indireta. Nós somos parceiro direto.',
      { channel: 'otherCsp', service: 'license', partnerType: 'direct' },
    ],
    [
      'pt-BR',
      'A Tailspin tem Microsoft 365 com o parceiro atual deles, uma revenda indireta, e nós somos parceiro direto.',
      { channel: 'otherCsp', service: 'license' },
      ['partnerType'],
    ],
    [
      'hu-HU',
      'A Kovács Kft. a jelenlegi partnerétől, egy közvetett viszonteladótól veszi a Microsoft 365-öt. Mi közvetlen partner vagyunk.',
      { channel: 'otherCsp', service: 'license', partnerType: 'direct' },
    ],
  ]);
});
