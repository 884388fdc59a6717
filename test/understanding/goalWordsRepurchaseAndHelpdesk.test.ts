// Goal words: repurchasing through us, shifting the billing to us, invoices from us and pulling
// the licences into our Partner Center move them; being their IT people or helping their admins
// is support. "cannot" negates what follows as "can't" does, and a document's "Status: open" is
// no channel.
import { checkKind, KindCase } from './kindCheck';

const cases: KindCase[] = [
  ['en-US', 'They let the seats lapse and repurchase them through us.', { service: 'license', goal: 'move' }],
  ['en-US', 'They want to shift the billing to us for their licenses.', { service: 'license', goal: 'move' }],
  ['en-US', 'They want invoices from us going forward.', { goal: 'move' }],
  ['en-US', 'Pull the licenses into our Partner Center.', { service: 'license', goal: 'move' }],
  ['en-US', "We'd like you to be our IT people for the Microsoft 365 licenses.", { service: 'license', goal: 'support' }],
  ['en-US', 'We would just help their admins with the licenses.', { service: 'license', goal: 'support' }],
  ['en-US', 'These seats cannot be managed by us.', { service: 'license' }],
  ['en-US', 'Ticket status: open. They bought the licenses directly from Microsoft.', { channel: 'microsoft', service: 'license' }],
];

describe('Goal words: repurchase, shift the billing, IT people; cannot; a status that is open', () => {
  checkKind(cases);
});
