// Hungarian: a role first planned ("eleinte disztribútoron keresztül terveztük, de …") is said under a
// doubt, so the one decided after it answers; "disztribútoron át" at a clause's end, like "keresztül",
// names the provider supplying us, so we are its reseller.
import { checkKind } from './kindCheck';

describe('a first plan and buying through a distributor (hu-HU)', () => {
  checkKind([
    [
      'hu-HU',
      'Eleinte disztribútoron keresztül terveztük, de a vezetés döntött: direkt partnerként visszük. Microsoft 365, EA.',
      { channel: 'ea', service: 'license', partnerType: 'direct' },
    ],
    [
      'hu-HU',
      'Közvetlenül vagy disztribútoron át? — Disztin át, viszonteladók vagyunk. Azure, EA.',
      { channel: 'ea', service: 'usage', partnerType: 'indirectReseller' },
    ],
  ]);
});
