// "Mi <role> vagyunk" (we are …) opens a clause of its own: a "nem" before it, about the seller
// ("ami nem CSP partner"), does not reach our role. Right after the "nem" ("nem mi vagyunk…")
// it is still negated.
import { checkKind } from './kindCheck';

describe('negation: "mi … vagyunk" opens its own clause, in Hungarian', () => {
  checkKind([
    ['hu-HU', 'egy webáruházban vették ami nem csp partner mi disztribútor vagyunk', { channel: 'thirdParty', partnerType: 'indirectProvider' }],
    ['hu-HU', 'az ügyfél nem ea-n keresztül vette mi viszonteladók vagyunk', { partnerType: 'indirectReseller' }],
    ['hu-HU', 'nem mi disztribútor vagyunk', {}],
  ]);
});
