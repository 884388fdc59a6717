// When only one kind of service is in scope, a channel said in the clause of a product set aside
// ("dobozos Office 2016", boxed Office) is that product's and goes with it; a channel whose clause
// also names the product in scope stays ("EA-n vették az Office 365-öt és az Azure-t").
import { checkKind } from './kindCheck';

describe('only: a channel said with a product out of scope goes with it', () => {
  checkKind([
    [
      'hu-HU',
      'Van dobozos Office 2016-juk, meg egy Azure-juk, amit egy másik CSP partnertől vettek. Kizárólag az Azure a téma.',
      { channel: 'otherCsp', service: 'usage' },
    ],
    ['hu-HU', 'EA-n vették az Office 365-öt és az Azure-t, de csak az Azure érdekes.', { channel: 'ea', service: 'usage' }],
    [
      'en-US',
      'They have boxed Office 2016, and an Azure subscription from another CSP partner; this is about Azure only.',
      { channel: 'otherCsp', service: 'usage' },
    ],
  ]);
});
