// A call on Teams that goes wrong is the customer using Teams, a licence to support; only a note
// said to be written in Teams ("Comment in Teams: …") names the tool a message came from.
import { checkKind } from './kindCheck';

describe('a call on Teams is Teams in use', () => {
  checkKind([
    ['en-US', 'They need us to support them: each call on Teams freezes after a minute.', { service: 'license', goal: 'support' }],
    ['en-US', 'Comment in Teams: they buy through an EA.', { channel: 'ea' }],
  ]);
});
