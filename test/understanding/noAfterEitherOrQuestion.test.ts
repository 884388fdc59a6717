// A "no" right after a question that offers two options of one question ("commercial or US Gov?
// No, …") answers no yes-or-no question: it takes back neither option, so the question stays open
// and is asked. A "no" after a question about one option still denies that option.
import { checkKind } from './kindCheck';

describe('a "no" after an either/or question', () => {
  checkKind([
    [
      'en-US',
      'Their tenant: commercial or US Gov? No, nobody has confirmed that yet. The Azure is paid to Microsoft directly.',
      { channel: 'microsoft', service: 'usage' },
      ['cloud'],
    ],
    [
      'pt-BR',
      'Nuvem do cliente: comercial ou US Gov? Não confirmamos ainda. O Azure vem direto da Microsoft.',
      { channel: 'microsoft', service: 'usage' },
      ['cloud'],
    ],
    [
      'hu-HU',
      'Kereskedelmi vagy US Gov a felhő? Nem tudtuk még megerősíteni, az Azure-t közvetlenül a Microsofttól veszik.',
      { channel: 'microsoft', service: 'usage' },
      ['cloud'],
    ],
    [
      'ru-RU',
      'Облако коммерческое или US Gov? Нет, пока не подтвердили. Azure берут напрямую у Microsoft.',
      { channel: 'microsoft', service: 'usage' },
      ['cloud'],
    ],
    // A question about one option: the "no" denies it.
    ['en-US', 'Is the customer on Open Value? No, on EA.', { channel: 'ea' }],
    ['pt-BR', 'O cliente está no Open Value? Não, no EA.', { channel: 'ea' }],
    ['hu-HU', 'Open Value-n vannak? Nem, EA-n.', { channel: 'ea' }],
    // The question answered by one of its options.
    ['en-US', 'Commercial or US Gov? US Gov, confirmed yesterday.', { cloud: 'usgov' }],
  ]);
});
