// "Disztribútorunk" (our distributor) names the one the writer buys through: the writer is an
// indirect reseller, also when the word stands bare ("disztribútorunk a TD Synnex"), not only
// with a case ending; a distributor the writer is ("disztribútor vagyunk") keeps its reading.
import { checkKind } from './kindCheck';

describe('our distributor named bare (hu-HU)', () => {
  checkKind([
    ['hu-HU', 'Beszerzés a szokásos: disztribútorunk a TD Synnex, rajta keresztül rendelünk.', { partnerType: 'indirectReseller' }],
    ['hu-HU', 'Ellátás: disztribútorunk az Ingram.', { partnerType: 'indirectReseller' }],
    ['hu-HU', 'Mi disztribútor vagyunk.', { partnerType: 'indirectProvider' }],
    ['hu-HU', 'A disztribútor szerint ez rendben van.', {}],
  ]);
});
