// "Disztribútoron keresztül rendeljük" (we order it through a distributor): a verb of buying with
// its object ("-juk") is no owned word ("their …"), so the role stays ours; "mi vagyunk a
// viszonteladó" (we are the reseller) names our role.
import { checkKind } from './kindCheck';

describe('roles: Hungarian ordering it through a distributor, we are the reseller', () => {
  checkKind([
    ['hu-HU', 'A Teams-licenceket disztribútoron keresztül rendeljük.', { service: 'license', partnerType: 'indirectReseller' }],
    ['hu-HU', 'Azure: mi vagyunk a viszonteladó ebben az ügyben.', { service: 'usage', partnerType: 'indirectReseller' }],
    ['hu-HU', 'A disztribútoruk ajánlott minket, Azure.', { service: 'usage' }],
  ]);
});
