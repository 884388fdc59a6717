// A role glossing a named company ("Bejelentő: TechPont Kft. (viszonteladó)") or a field naming
// one ("Viszonteladó: KódKert Kft.") is that company's role, not this partner's.
import { checkKind } from './kindCheck';

describe("whose words: a named company's role is not ours", () => {
  checkKind([
    [
      'hu-HU',
      'Jegy #77 | Bejelentő: Délkert Kft. (viszonteladó)\nMegjegyzés: mi vagyunk a disztribútor, az ügyfél Azure-t EA-n használ.',
      { channel: 'ea', service: 'usage', partnerType: 'indirectProvider' },
    ],
    [
      'hu-HU',
      'Viszonteladó: Kódfa Kft. Office 365, át akarja venni a számlázást. Nekünk mint disztribútornak mi a dolgunk?',
      { service: 'license', goal: 'move', partnerType: 'indirectProvider' },
    ],
    [
      'hu-HU',
      'Bejelentő: Bitház Rendszerház (viszonteladó). Office 365, a disztribútor helpdeskjén vagyok.',
      { service: 'license', partnerType: 'indirectProvider' },
    ],
    // Said of us, the role stays ours.
    ['hu-HU', 'Viszonteladók vagyunk, az ügyfél Azure-t használ.', { service: 'usage', partnerType: 'indirectReseller' }],
  ]);
});
