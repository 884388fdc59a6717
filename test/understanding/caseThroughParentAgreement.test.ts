// "A leányvállalat az anyacég EA-jából kapja a licenceket": licences this customer gets from the
// parent company's EA are bought through an EA for this case too; the parent company named so
// does not take the sentence away from this case. Offered against the customer's own MPSA, the
// channel is asked. The parent company's own EA said alone stays its own.
import { checkKind } from './kindCheck';

describe('cases: licences taken from the parent company agreement are this case', () => {
  checkKind([
    ['hu-HU', 'A leányvállalat az anyacég EA-jából kapja az Office 365 licenceket.', { channel: 'ea', service: 'license' }],
    ['hu-HU', 'Nem tudjuk, hogy a holding EA-jából kapják a Teams licenceket, vagy saját Open Value szerződésük van.', { service: 'license' }, ['channel']],
    ['hu-HU', 'Az anyacég EA-t használ, ez a leányvállalat a Microsofttól vette az Office 365-öt.', { channel: 'microsoft', service: 'license' }],
  ]);
});
