// An answer naming the seller and adding that it is a CSP partner («У «Север-Софта», это
// CSP-партнёр») is another CSP; "with us, it's CSP" is not.
import { checkKind } from './kindCheck';

describe('inline reply: a seller named, then "it is a CSP partner", is another CSP', () => {
  checkKind([
    ['ru-RU', '> Откуда лицензии?\nУ «Север-Софта», это CSP-партнёр. M365 E3.', { channel: 'otherCsp', service: 'license' }],
    ['ru-RU', 'Через Инфосистемы, это CSP-провайдер. Azure.', { channel: 'otherCsp', service: 'usage' }],
    ['ru-RU', 'У нас, это CSP-партнёр. Azure.', { service: 'usage' }],
  ]);
});
