// In hand-filled JSON a key set true states its words ("direct_bill": true is "direct bill") and
// one set false states nothing: "through_distributor": false is no indirect role.
import { checkKind } from './kindCheck';

describe('kind: json-snippet, a key set true or false', () => {
  checkKind([
    [
      'en-US',
      '{"cloud": "commercial", "through_distributor": false, "direct_bill": true, "service": "Microsoft 365"}',
      { cloud: 'global', service: 'license', partnerType: 'direct' },
    ],
    ['en-US', '{"direct_bill": true, "product": "Microsoft 365"}', { service: 'license', partnerType: 'direct' }],
  ]);
});
