// "The EA is the parent company's", "belongs to the parent": a channel said to be another case's
// by a possessive after it is theirs, and this customer's own purchase said next is the channel.
// A word joining the next clause ("… the old parent's and they got kicked off it") closes it too.
import { checkKind } from './kindCheck';

describe("whose: an answer said to be the parent company's is theirs", () => {
  checkKind([
    [
      'en-US',
      "the EA is the old parent's and they got kicked off it last year. Since then they bought Microsoft 365 on the Microsoft website with a card.",
      { channel: 'microsoft', service: 'license' },
    ],
    ['en-US', 'The EA belongs to the holding company. This customer bought Azure from another CSP.', { channel: 'otherCsp', service: 'usage' }],
    ['pt-BR', 'O EA é da matriz. Eles compraram o Microsoft 365 direto da Microsoft.', { channel: 'microsoft', service: 'license' }],
    ['ru-RU', 'EA принадлежит материнской компании. Microsoft 365 они купили напрямую у Microsoft.', { channel: 'microsoft', service: 'license' }],
    ['zh-CN', 'EA 是母公司的。Microsoft 365 是他们自己在微软官网买的。', { channel: 'microsoft', service: 'license' }],
    ['hu-HU', 'Az EA az anyacégé. A Microsoft 365-öt közvetlenül a Microsofttól vették.', { channel: 'microsoft', service: 'license' }],
  ]);
});
