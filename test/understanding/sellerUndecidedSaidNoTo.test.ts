// "Bought directly from Microsoft, but finance says not from a local reseller; not settled yet": the
// local reseller is read (somewhere else, said no to), so it is no seller of unknown kind left open
// against the channel, as "not from a shop" is not. Read before: Microsoft was asked back by name.
import { checkRead } from './kindCheck';

describe('channel words: a local seller said no to after "but" leaves the channel read before it standing', () => {
  checkRead([
    [
      'en-US',
      'Azure: the customer says they bought it directly from Microsoft, but finance says not from a local reseller; not settled yet.',
      { channel: 'microsoft', service: 'usage' },
      {},
    ],
    [
      'en-US',
      'Azure: the customer says they bought it directly from Microsoft, but finance says not from a local shop; not settled yet.',
      { channel: 'microsoft', service: 'usage' },
      {},
    ],
  ]);
});
