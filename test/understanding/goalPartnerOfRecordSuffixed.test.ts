// "Partner of record" takes Hungarian endings ("partner of recordnak", "partner of recordként"):
// the partner wanted as partner of record is a move, as the bare words already were.
import { checkKind } from './kindCheck';

describe('goal: partner of record with a Hungarian ending is a move', () => {
  checkKind([
    ['hu-HU', 'Office 365, EA-n. Partner of recordnak szeretnének minket.', { channel: 'ea', service: 'license', goal: 'move' }],
    ['hu-HU', 'A Dynamics 365-höz partner of recordként jelölnének meg minket.', { service: 'license', goal: 'move' }],
    ['en-US', 'Dynamics 365 on an EA, they want us as partner of record.', { channel: 'ea', service: 'license', goal: 'move' }],
  ]);
});
