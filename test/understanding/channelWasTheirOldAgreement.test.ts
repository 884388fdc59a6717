// "X was their old agreement" says the agreement X is past: beside the channel named now
// ("an Advisor purchase (MPSA was their old agreement)") it is no rival, and the channel stands.
import { checkKind } from './kindCheck';

describe('channel: "X was their old agreement" beside the channel now, en-US', () => {
  checkKind([
    ['en-US', 'The Visio seats are an Advisor purchase now (Open Value was their old agreement until 2021).', { channel: 'advisor', service: 'license' }],
    ['en-US', "Their Project licences come from an Advisor; the EA was the customer's previous contract.", { channel: 'advisor', service: 'license' }],
  ]);
});
