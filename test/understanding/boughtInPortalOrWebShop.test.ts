// Where a customer bought: signed up or paid by card in the admin center or the Azure portal is a
// purchase from Microsoft; a web or online software shop, a random or local shop, a retail
// electronics chain is a third party. A form's "Partner type: Direct" is our direct-bill model.
import { checkKind } from './kindCheck';

describe('bought in a portal, at a web shop; the partner type field', () => {
  checkKind([
    ['en-US', 'The owner subscribed straight in the Office 365 admin center, 12 Business Basic seats.', { channel: 'microsoft', service: 'license' }],
    ['en-US', 'They pay for Azure with a visa in the Azure portal.', { channel: 'microsoft', service: 'usage' }],
    ['en-US', 'We look after their Azure and check the costs in the Azure portal every week.', { service: 'usage' }],
    ['en-US', 'Their Office 365 keys came from an online software shop.', { channel: 'thirdParty', service: 'license' }],
    ['en-US', 'Picked up the Microsoft 365 seats from a random web store.', { channel: 'thirdParty', service: 'license' }],
    ['en-US', 'Licences for Office 365 bought at an electronics retail chain.', { channel: 'thirdParty', service: 'license' }],
    ['en-US', 'Partner type: Direct\nChannel: Enterprise Agreement, Azure.', { channel: 'ea', service: 'usage', partnerType: 'direct' }],
  ]);
});
