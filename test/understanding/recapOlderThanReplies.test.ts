// A meeting recap or AI summary pasted above the replies or transcript lines beneath it is older
// than them: the replies correct it from the call, so they decide (the words above a chat are
// otherwise the paster's own note, read as newest). A speaker's line with a time in capitals
// ("Sam Ortiz  3:05 PM") opens a turn as one in small letters does.
import { checkKind } from './kindCheck';

describe('recap: a recap above the replies is older than them', () => {
  checkKind([
    [
      'en-US',
      'AI recap: Fabrikam Tools, 25 x Microsoft 365 Business Standard, bought under an Open Value agreement. Wants us to take over billing.\n\n[10:02] Nadia Perez: the recap got the channel wrong, they signed an EA with Microsoft, not Open Value.',
      { channel: 'ea', service: 'license', goal: 'move' },
    ],
    [
      'en-US',
      'Call summary - Contoso Dental\n\nKey points\n- 12 x Microsoft 365 Business Premium bought through another CSP\n- They want support only\n\nSam Ortiz  3:05 PM\nthe summary is off: they want us to take over the billing, not just support\nAna Lee  3:09 PM\nagreed',
      { channel: 'otherCsp', service: 'license', goal: 'move' },
    ],
  ]);
});
