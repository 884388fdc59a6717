// Meeting notes: what someone said "today" replaces what was asked before.
import { checkKind } from './kindCheck';

describe('corrections: "Today X said" after an older wish', () => {
  checkKind([
    [
      'en-US',
      'Last month they asked us to take over billing for their Office 365. Today the CFO said they would rather keep paying Microsoft, support only.',
      { service: 'license', goal: 'support' },
    ],
    [
      'en-US',
      'In March they wanted support only for their Office 365. Today Priya told us they want to move it to our CSP.',
      { service: 'license', goal: 'move' },
    ],
    // "Today" not followed by someone saying something corrects nothing: both wishes stand.
    [
      'en-US',
      'They asked us to take over billing for their Office 365. Today is the renewal call, and we will also support it.',
      { service: 'license', goal: 'move' },
    ],
  ]);
});
