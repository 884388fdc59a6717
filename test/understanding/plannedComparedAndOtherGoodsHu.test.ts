// Hungarian words that set a channel aside: a plan for later said verb first ("jövőre tervezünk
// EA-t"), a similar case compared up to the "de" that returns to this one ("Hasonló eset, mint a
// …-nál (ott EA volt), de …"), and a shop that sold only the hardware ("a boltból csak a laptopok
// jöttek"). An Advisor's sale billed by Microsoft ("a számlát a Microsoft állítja ki") is the Advisor program.
import { checkKind } from './kindCheck';

describe('channel: Hungarian plans, a compared case, other goods and an Advisor billed by Microsoft', () => {
  checkKind([
    [
      'hu-HU',
      'Az Office 365 E3-at egy CSP partnertől vesszük. Jövőre tervezünk nagyvállalati szerződést, de ez még bizonytalan. Most csak támogatást kérünk.',
      { channel: 'otherCsp', service: 'license', goal: 'support' },
    ],
    [
      'hu-HU',
      'Hasonló eset, mint tavaly a Kelet-Pharmánál (ott EA volt), de itt más a helyzet: a Dunakavics Zrt. az Azure-t közvetlenül a Microsofttól vette.',
      { channel: 'microsoft', service: 'usage' },
    ],
    [
      'hu-HU',
      'Helyesbítés: a Dynamics 365-öt közvetlenül a Microsofttól vették. A webáruházból csak a monitorok jöttek.',
      { channel: 'microsoft', service: 'license' },
    ],
    [
      'hu-HU',
      'A Dynamics 365-öt egy Advisor partner ajánlásával vették, a számlát a Microsoft állítja ki. Globális felhő.',
      { cloud: 'global', channel: 'advisor', service: 'license' },
    ],
  ]);
});
