// "A többi osztály / részleg" (the other departments) named in passing speaks of their own
// licences, not of this case's: "a többi osztály M365-e már nálunk van" answers nothing here.
import { checkKind } from './kindCheck';

describe('cases: the other departments named in passing', () => {
  checkKind([
    [
      'hu-HU',
      'A kutatási részleg Azure-ját egy tárhelycég adja, ami nem CSP partner. A többi részleg Office 365-e már nálunk van.',
      { channel: 'thirdParty', service: 'usage' },
    ],
    ['hu-HU', 'A pénzügy Office 365-e EA-n van, a többi osztály licencei pedig a Microsofttól jönnek.', { channel: 'ea', service: 'license' }],
  ]);
});
