// Which company the case is about when a parent and a subsidiary are both named: the subsidiary
// said after the parent's clause, past a comma ("az anyacég amerikai, a magyar leányvállalat …"),
// is this case again; the parent named as the source of a claim ("az anyacég IT-ja szerint …")
// speaks of this case, not of its own tenant. "Kereskedelmi bérlő" is the commercial cloud.
import { checkKind } from './kindCheck';

describe('cases: the Hungarian subsidiary after the parent, and the parent as the one who says', () => {
  checkKind([
    ['hu-HU', 'Javítom magam: az anyavállalat GCC-n van, a szegedi leánycég viszont kereskedelmi felhőben, és ez a jegy a szegedié.', { cloud: 'global' }, []],
    ['hu-HU', 'Az anyacég kanadai, a győri leányvállalat kereskedelmi bérlőn van. Azure-t használnak.', { cloud: 'global', service: 'usage' }, []],
    [
      'hu-HU',
      'A leánycég bérlőjéről van szó. A helyi kolléga szerint GCC, az anyacég informatikusa szerint kereskedelmi bérlő. Nem tudjuk még, melyik.',
      {},
      ['cloud'],
    ],
    ['hu-HU', 'Az anyacég szerint EA-n vannak, Microsoft 365 E3-mal.', { channel: 'ea', service: 'license' }, []],
    // The parent's own agreement is still the parent's.
    ['hu-HU', 'Az anyacég EA-n van, a leányvállalat a Microsofttól vett Azure-t.', { channel: 'microsoft', service: 'usage' }, []],
  ]);
});
