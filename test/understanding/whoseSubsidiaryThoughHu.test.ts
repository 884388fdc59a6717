// "a magyar leányvállalat viszont ...": the subsidiary named with "viszont" after it (the natural
// Hungarian order) returns to this case after the parent company's words.
import { checkKind } from './kindCheck';

describe('whose: the subsidiary with "viszont" after it is this case', () => {
  checkKind([
    [
      'hu-HU',
      'Az anyacég közvetlenül a Microsofttól veszi az Office 365-öt, a magyar leányvállalat viszont egy másik CSP partnertől vette az Azure-t.',
      { channel: 'otherCsp', service: 'usage' },
    ],
    ['hu-HU', 'Az anyavállalat EA-n van, a leányvállalat viszont MPSA-n keresztül vásárol.', { channel: 'open' }],
  ]);
});
