// Kind "notButY" for products, its edges: a product denied in a later sentence takes back the
// same product said before only when another product, one said without a "not" and of the other
// kind (license or usage), follows the denial in the denial's own sentence. Another answer there
// (a goal), a product of the same kind, a product said before the denial or in a later sentence
// replaces nothing. A denied goal takes back nothing said before, even with a product after it,
// and neither does a product denied with another said before it, even with a seller after it.
// A wish before the denial keeps the product's denial what it is.
import { checkKind } from './kindCheck';

describe('service: a product denied later is replaced only by a product of the other kind after it in its sentence', () => {
  checkKind([
    // A goal after the denial replaces no product: Office 365 said before stands.
    ['en-US', 'They have Office 365. The problem is not Office 365, they want us to take over support.', { service: 'license', goal: 'support' }],
    // A product of the same kind after it (and doubted) changes no answer: license either way.
    ['en-US', 'Our export says Office 365. It is not Office 365, it is probably Dynamics 365.', { service: 'license' }],
    // Office 365 said before the denial of Azure replaces it not: both stand, asked which.
    ['en-US', 'They have Office 365 and Azure. The Copilot add-on is not Azure.', {}, ['service']],
    // Nor Office 365 in the sentence after the denial.
    ['en-US', 'They use Azure. The Copilot add-on is not Azure. They also have Office 365.', {}, ['service']],
    // The product right after the denied one, not even a comma between, replaces it.
    ['zh-CN', '客户之前说是按量付费。不是按量付费按席位。', { service: 'license' }],
    ['zh-CN', '客户之前说是按量付费。不是按量付费，按席位。', { service: 'license' }],
    // So does the product that ends the message, no full stop after it.
    ['en-US', 'The export line says Azure. It is not Azure, it is Office 365', { service: 'license' }],
    // A goal denied later, a product after it: the goal said before stands.
    ['en-US', 'They want us to manage their tenant. Their old partner did not manage their Office 365 well.', { service: 'license', goal: 'support' }],
    // A wish before the denial of a product: the product is still taken back and replaced.
    ['en-US', 'They have Azure. They want to move to us, and it is not Azure, it is Office 365.', { service: 'license', goal: 'move' }],
    // Azure denied after Office 365 was said, a seller named after it: Office 365 stands.
    ['en-US', 'They have Office 365. It is not Azure, it is probably Dynamics 365, says their IT consultant.', { service: 'license' }],
  ]);
});
