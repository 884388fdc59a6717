// Kind "either/or": a channel read, "or" a seller the reader cannot place, and a reference after
// both that names the seller ("through EA or from some hosting company. The second one."): the
// channel is set aside, never kept as the answer, and the channel is asked (the seller may or may
// not be a CSP partner).
import { checkKind } from './kindCheck';

describe('kind: either/or, a reference to the unplaced seller sets the read channel aside', () => {
  checkKind([
    ['en-US', 'They bought Office 365 through EA or from some hosting company. The second one.', { service: 'license' }],
    ['en-US', 'They bought Office 365 through an EA or from a hosting company, the second one.', { service: 'license' }],
  ]);
});
