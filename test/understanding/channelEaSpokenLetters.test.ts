// EA spelled out in speech: "é á" (Hungarian letter names) or "í á", "í éj" (the English E),
// before "szerződés" or "keresztül", is the Enterprise Agreement.
import { checkKind } from './kindCheck';

describe('channel: EA spelled as spoken in Hungarian', () => {
  checkKind([
    ['hu-HU', 'az ügyfél í á szerződésen keresztül vette a licenceket', { channel: 'ea', service: 'license' }],
    ['hu-HU', 'é á szerződésük van a Microsofttal', { channel: 'ea' }],
    ['hu-HU', 'í éj keresztül vették az offisz háromszázhatvanötöt', { channel: 'ea', service: 'license' }],
  ]);
});
