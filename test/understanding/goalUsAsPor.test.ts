// "POR" written short and in one case (as typed on a phone) moves the subscriptions when we are
// to become it ("they want us as POR", "we'd be por"), as "partner of record" does.
import { checkKind, KindCase } from './kindCheck';

const cases: KindCase[] = [
  ['en-US', 'They want us as POR for the M365 licenses.', { service: 'license', goal: 'move' }],
  ['en-US', 'cust wants us to be por for their licenses', { service: 'license', goal: 'move' }],
];

describe('Us as POR moves the subscriptions', () => {
  checkKind(cases);
});
