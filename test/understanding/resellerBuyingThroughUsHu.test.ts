// Hungarian puts "buying through us" before the reseller it describes ("a rajtunk keresztül vásárló
// viszonteladó", "egy tőlünk rendelő viszonteladó"): that reseller is our customer, not our role;
// a reseller said to buy from a distributor ("disztribútortól vásárló viszonteladó") is still ours.
import { checkKind } from './kindCheck';

describe('a reseller said to buy through us, in the Hungarian word order', () => {
  checkKind([
    [
      'hu-HU',
      'Beküldő: Kék Kft., egy rajtunk keresztül vásárló viszonteladó. Az ügyfél Visio-ja Open szerződésen van.',
      { channel: 'open', service: 'license' },
    ],
    ['hu-HU', 'Egy tőlünk rendelő viszonteladó írt: az ügyfelük Azure-t közvetlenül a Microsofttól vesz.', { channel: 'microsoft', service: 'usage' }],
    ['hu-HU', 'Egy nálunk vásárló viszonteladó kérdezi, hogy a Project-et EA-n veszi-e az ügyfél.', { channel: 'ea', service: 'license' }],
    // Near misses: our own role buying from a distributor keeps its reading.
    [
      'hu-HU',
      'Mi egy disztribútoron át vásárló viszonteladó vagyunk, az ügyfél Open szerződésen veszi a Visio-t.',
      { channel: 'open', service: 'license', partnerType: 'indirectReseller' },
    ],
    ['hu-HU', 'A mi szerepünk: viszonteladók vagyunk, disztribútortól vásárló cég.', { partnerType: 'indirectReseller' }],
  ]);
});
