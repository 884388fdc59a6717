// "They bought it from Brightline. Brightline is a T2 reseller": a sentence opened by the name of
// the seller the customer bought from speaks of that seller, so its role is not the partner's.
import { checkKind } from './kindCheck';

describe('whose: a role said of the seller named where the customer bought', () => {
  checkKind([
    [
      'en-US',
      'They bought Office 365 from Brightline, another CSP partner. Brightline is a T2 reseller under TD Synnex. We are direct bill ourselves.',
      { channel: 'otherCsp', service: 'license', partnerType: 'direct' },
    ],
    [
      'en-US',
      'Customer got Microsoft 365 through Kestrel Systems, their old CSP. Kestrel was an indirect reseller, we are an indirect provider.',
      { channel: 'otherCsp', service: 'license', partnerType: 'indirectProvider' },
    ],
    ['en-US', 'We buy from Ingram. We are a T2 reseller, the customer wants Office 365.', { service: 'license', partnerType: 'indirectReseller' }],
  ]);
});
