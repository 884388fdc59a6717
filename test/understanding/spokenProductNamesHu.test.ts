// Hungarian writes a product or programme name as it is said, with its case ending ("az offiszt",
// "az offiszukat", "az advájzor programon"): it is the name itself, a licence or the Advisor
// programme; the spoken "offisz háromszázhatvanöt" and the written names read as before.
import { checkKind } from './kindCheck';

describe('a product or programme name written as Hungarian says it', () => {
  checkKind([
    ['hu-HU', 'Az ügyfél az offiszt Open szerződésen vette tavaly.', { channel: 'open', service: 'license' }],
    ['hu-HU', 'Az offiszukat egy MPSA-n keresztül veszik, és szeretnék, ha átvennénk.', { channel: 'open', service: 'license', goal: 'move' }],
    ['hu-HU', 'Az Azure-t az advájzor programon keresztül vették, mi akkor még advájzor partnerek voltunk.', { channel: 'advisor', service: 'usage' }],
    ['hu-HU', 'Az Azure-t az advájzoron keresztül vették.', { channel: 'advisor', service: 'usage' }],
    // Near misses: the spoken number after it and the written name keep their reading.
    ['hu-HU', 'Az offisz háromszázhatvanötöt EA-n veszik.', { channel: 'ea', service: 'license' }],
    ['hu-HU', 'Az ügyfél EA-n veszi az Office 365-öt.', { channel: 'ea', service: 'license' }],
  ]);
});
