// QBR notes: an entity marked "(EA, out of scope)" or "not discussing" answers nothing of this case.
import { checkKind } from './kindCheck';

describe('scope: out of scope, not discussing', () => {
  checkKind([
    [
      'en-US',
      'Entities: the hospital (EA, out of scope), the clinics (the one we serve): Microsoft 365 E3 bought directly from Microsoft.',
      { channel: 'microsoft', service: 'license' },
    ],
    [
      'en-US',
      "Scope today: the lab ONLY (the hospital is on an EA with another partner, not discussing). The lab's Office 365 was bought as retail keys at a store.",
      { channel: 'thirdParty', service: 'license' },
    ],
  ]);
});
