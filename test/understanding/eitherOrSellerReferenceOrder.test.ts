// An either/or between a seller the reader cannot place and a channel it can, the seller said
// first ("some hosting company or their previous CSP"): "the first one" names the seller (the
// channel is set aside and asked), "the second one" the channel (kept). The earliest reference
// settles it ("the second one, not the first one"), and only one said after both options and soon
// after them: "the first" inside an option ("the first hosting company they had") is no reference,
// and one said long after leaves the channel asked about by name.
import { checkRead } from './kindCheck';

describe('either/or with the seller said first: a reference settles it', () => {
  checkRead([
    ['en-US', 'Their licences came from some hosting company or from their previous CSP. Their admin checked: the first one.', { service: 'license' }, {}],
    [
      'en-US',
      'Their licences came from some hosting company or from their previous CSP. Their admin checked: the second one.',
      { channel: 'otherCsp', service: 'license' },
      {},
    ],
    [
      'en-US',
      'Their licences came from some hosting company or from their previous CSP, nobody knows.',
      { service: 'license' },
      { hedged: { channel: 'otherCsp' } },
    ],
  ]);
});

describe('either/or with a seller: the earliest reference, said soon after both options, settles it', () => {
  checkRead([
    [
      'en-US',
      'The licences came either from their previous CSP or from the first hosting company they had, nobody knows.',
      { service: 'license' },
      { hedged: { channel: 'otherCsp' } },
    ],
    [
      'en-US',
      'The licences came from their previous CSP or from some hosting company. Their admin checked: the second one, not the first one.',
      { service: 'license' },
      {},
    ],
    [
      'en-US',
      'The licences came from their previous CSP or from some hosting company. Nobody could say which for a while, the paperwork was lost for months and the old admin had left the company by then. Their admin checked in the end: the second one.',
      { service: 'license' },
      { hedged: { channel: 'otherCsp' } },
    ],
  ]);
});
