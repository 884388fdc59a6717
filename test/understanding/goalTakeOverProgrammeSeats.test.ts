// "Take over their EA seats": the programme the seats come through may stand between "their" and
// the seats, and taking them over is still a move.
import { checkKind } from './kindCheck';

describe('goal words: taking over the seats of a named programme is a move', () => {
  checkKind([
    ['en-US', 'Can we take over their EA seats? The customer has Microsoft 365 E3 through their EA.', { channel: 'ea', service: 'license', goal: 'move' }],
    ['en-US', "We'd like to take over their Open licences, it's Office 365 under Open Value.", { channel: 'open', service: 'license', goal: 'move' }],
  ]);
});
