// "The parent company buys Azure from Microsoft, but this customer itself through an MPSA": the
// product said once for both stays this case's. Where that holds: the words for this case must
// close the parent company's part and name a channel (a role alone takes no product along); the
// product must be said nowhere in this case's part (one said right where its words begin, or in
// a later sentence, is its own); a bracket about the parent company shares nothing. A message may
// end without a stop, and the case may be named earlier too. Written for these tests.
import { checkKind } from './kindCheck';

describe("whose: where the product said once for the parent company is this case's too", () => {
  checkKind([
    // No stop at the end: the channel ends the sentence.
    ['en-US', 'The parent company buys Azure directly from Microsoft, but this customer itself through an MPSA', { channel: 'open', service: 'usage' }],
    ['ru-RU', 'Материнская компания покупает Azure напрямую у Microsoft, а этот клиент — через MPSA', { channel: 'open', service: 'usage' }],
    ['pt-BR', 'A matriz compra o Azure direto da Microsoft, mas esse aqui pelo MPSA', { channel: 'open', service: 'usage' }],
    // This case named in the sentence before as well.
    [
      'en-US',
      'This customer is a subsidiary. The parent company buys Azure directly from Microsoft, but this customer itself through an MPSA.',
      { channel: 'open', service: 'usage' },
    ],
    ['pt-BR', 'Esse cliente é uma filial. A matriz compra o Azure direto da Microsoft, mas esse aqui pelo MPSA.', { channel: 'open', service: 'usage' }],
    // The parent company's product said in a bracket: the branch buys through MPSA, what is not said.
    ['en-US', 'The local branch (the parent company buys Azure directly from Microsoft) buys through an MPSA.', { channel: 'open' }],
    [
      'en-US',
      'This customer is a subsidiary. The local branch (the parent company buys Azure directly from Microsoft) buys through an MPSA.',
      { channel: 'open' },
    ],
    ['pt-BR', 'A filial (a matriz compra o Azure direto da Microsoft) compra pelo MPSA.', { channel: 'open' }],
    ['ru-RU', 'Филиал (материнская компания покупает Azure напрямую у Microsoft) покупает через MPSA.', { channel: 'open' }],
    // This case's own product, the first word of its part: the parent company's Office 365 is theirs.
    [
      'en-US',
      'The parent company has Office 365 on an EA, but Azure is not on it, they buy it through another CSP partner.',
      { channel: 'otherCsp', service: 'usage' },
    ],
    // Another product in the next sentence: two products, asked.
    [
      'en-US',
      'The parent company buys Azure directly from Microsoft, but this customer itself through an MPSA. They also use Office 365.',
      { channel: 'open' },
      ['service'],
    ],
    ['ru-RU', 'Материнская компания покупает Azure напрямую у Microsoft, а этот клиент — через MPSA. Ещё у них Office 365.', { channel: 'open' }, ['service']],
    // This case's words name our role, no channel: the product stays the parent company's.
    ['en-US', 'The parent company buys Azure directly from Microsoft, but for this customer we are a T1 partner.', { partnerType: 'direct' }],
    ['en-US', 'The parent company buys Azure directly from Microsoft, but for this customer we are the reseller.', { partnerType: 'indirectReseller' }],
  ]);
});
