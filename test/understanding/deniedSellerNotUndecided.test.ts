// "The customer says they bought it directly from Microsoft, but finance says not from a shop; not
// settled yet": the shop after "but" is denied, so it is read (a third party said no to), not a
// seller of unknown kind left open against the channel. Microsoft stands; nothing is asked back.
import { checkRead } from './kindCheck';

describe('channel words: a seller said no to after "but" leaves the channel read before it standing', () => {
  checkRead([
    [
      'en-US',
      'Azure: the customer says they bought it directly from Microsoft, but finance says not from a shop; not settled yet.',
      { channel: 'microsoft', service: 'usage' },
      {},
    ],
    [
      'en-US',
      'Azure: the customer says they bought it directly from Microsoft, but finance says it was not a shop; not settled yet.',
      { channel: 'microsoft', service: 'usage' },
      {},
    ],
  ]);
});
