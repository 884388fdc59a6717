// "The parent company buys Azure from Microsoft, this customer though through MPSA": the product
// is said once, in the parent company's words, for both; this case's words name only the channel.
// A product of its own in this case's words is its own.
import { checkKind } from './kindCheck';

describe('whose: the product said once for the parent company and this case', () => {
  checkKind([
    [
      'hu-HU',
      'Az anyacég Grazban közvetlenül a Microsofttól veszi az Azure-t, a hazai leányvállalat viszont MPSA-n keresztül.',
      { channel: 'open', service: 'usage' },
    ],
    ['hu-HU', 'Az anyacég EA-n veszi az Office 365-öt, a leányvállalat viszont egy másik CSP partnertől.', { channel: 'otherCsp', service: 'license' }],
    [
      'hu-HU',
      'Az anyacég EA-n veszi az Office 365-öt, a leányvállalat viszont az Azure-t egy másik CSP partnertől.',
      { channel: 'otherCsp', service: 'usage' },
    ],
    ['en-US', 'The parent company buys Azure directly from Microsoft, but this customer itself through an MPSA.', { channel: 'open', service: 'usage' }],
    ['ru-RU', 'Материнская компания покупает Azure напрямую у Microsoft, а этот клиент — через MPSA.', { channel: 'open', service: 'usage' }],
    ['pt-BR', 'A matriz compra o Azure direto da Microsoft, mas esse aqui pelo MPSA.', { channel: 'open', service: 'usage' }],
  ]);
});
