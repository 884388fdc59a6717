// A subscription the customer set up themselves on the website: Microsoft's own online purchase.
import { checkKind } from './kindCheck';

describe('channel: set up themselves on the website', () => {
  checkKind([
    ['en-US', 'Their Azure is a pay-as-you-go subscription they set up themselves on the website.', { channel: 'microsoft', service: 'usage' }],
    ['en-US', 'They signed up themselves on the website for Microsoft 365 Business Basic.', { channel: 'microsoft', service: 'license' }],
  ]);
});
