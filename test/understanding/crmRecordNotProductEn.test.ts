// "The CRM" a partner keeps its records in is no Dynamics 365 licence: "typo'd / entered it in the
// CRM", "our CRM record / notes" name where something is written, not a product bought.
import { checkKind } from './kindCheck';

describe('crmRecordNotProductEn: the partner’s CRM is where notes are kept', () => {
  checkKind([
    ['en-US', 'Support only, as entered in our CRM. Product: Visio Plan 2.', { service: 'license', goal: 'support' }],
    ['en-US', 'The channel is not EA but Open Value, somebody mistyped it in our CRM.', { channel: 'open' }],
    ['en-US', 'Our CRM record lists Azure, bought through another CSP.', { channel: 'otherCsp', service: 'usage' }],
    ['en-US', 'They want to move their CRM to Dynamics 365 Sales.', { service: 'license', goal: 'move' }],
  ]);
});
