// A form offers options that are nobody's answer: the options listed in a round bracket inside a
// field's label, just before its colon, and the boxes left empty on a row where one box is ticked.
// A lone empty box in a checklist is a task still to do and is read.
import { checkKind } from './kindCheck';

describe('form hints: options in a label and boxes not ticked', () => {
  checkKind([
    ['en-US', 'Current billing (EA / CSP / Direct / Other): Open Value\nSeats: 40 Office 365 E1', { channel: 'open', service: 'license' }],
    ['en-US', 'Who sells to you now? (EA / MCA / other CSP): Advisor partner\nAzure, two subscriptions.', { channel: 'advisor', service: 'usage' }],
    ['en-US', 'Interested in: [ ] Azure  [x] Dynamics 365\nCurrent vendor: an Advisor partner', { channel: 'advisor', service: 'license' }],
    ['en-US', 'Cloud: [x] US Gov [ ] Commercial\nProducts: Azure from their Enterprise Agreement', { cloud: 'usgov', channel: 'ea', service: 'usage' }],
    ['en-US', '[ ] Move billing to us', { goal: 'move' }],
    ['pt-BR', 'Produto: [x] Azure  [ ] Microsoft 365\nCompraram pelo Enterprise Agreement.', { channel: 'ea', service: 'usage' }],
  ]);
});
