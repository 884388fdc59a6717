// Ways of saying the bills should come from us: to be invoiced by us, to have us bill the seats,
// us billing them, taking or flipping the billing over, seats put onto our invoice.
import { checkKind } from './kindCheck';

describe('goal: the billing coming to us, in other words', () => {
  checkKind([
    ['en-US', 'The customer has Visio Plan 2 and wants to be invoiced by us from July.', { service: 'license', goal: 'move' }],
    ['en-US', "They'd like to have us bill the Project Plan 3 seats instead.", { service: 'license', goal: 'move' }],
    ['en-US', 'They want us billing the Teams Phone licenses, not their current provider.', { service: 'license', goal: 'move' }],
    ['en-US', 'We would take the billing over for their Office 365 E3 when the term ends.', { service: 'license', goal: 'move' }],
    ['en-US', 'Can we flip the invoicing over for their Exchange Online?', { service: 'license', goal: 'move' }],
    ['en-US', 'Finance wants the Power BI seats consolidated onto our invoice.', { service: 'license', goal: 'move' }],
  ]);
});
