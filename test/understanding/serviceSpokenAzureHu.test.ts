// Azure said as it sounds in Hungarian ("ázsúr", "azsúr") is Azure, as "azúr" already was; with the
// service read as usage, the goal is left out (a goal is only for licence-based services).
import { checkKind } from './kindCheck';

describe('service: Azure spelled as spoken in Hungarian', () => {
  checkKind([
    ['hu-HU', 'az ügyfél ázsúrt használ egy másik cé es pé partnernél', { channel: 'otherCsp', service: 'usage' }],
    ['hu-HU', 'szóval az ázsúr előfizetésüket át akarják hozni hozzánk mi viszonteladók vagyunk', { service: 'usage', partnerType: 'indirectReseller' }],
    ['hu-HU', 'Az azsur a Microsofttól van, közvetlenül.', { channel: 'microsoft', service: 'usage' }],
  ]);
});
