// A revised report tells its earlier version in words ("Rev. 1 stated …", "The original
// recommendation was …", "The earlier assumption that … is incorrect"): what that version said
// is background, and the revised text decides.
import { checkKind, KindCase } from './kindCheck';

const cases: KindCase[] = [
  [
    'en-US',
    'Rev. 2 of the finding. Rev. 1 stated the licenses were bought directly from Microsoft. The invoices show they are billed by another CSP partner.',
    { channel: 'otherCsp', service: 'license' },
  ],
  [
    'en-US',
    'Rev. B: Rev. A described us as an indirect reseller. Since October we are a direct partner, and the customer wants to move the licenses to us.',
    { partnerType: 'direct', service: 'license', goal: 'move' },
  ],
  [
    'en-US',
    'The original recommendation was to transfer the Business Premium licenses to us. Revised recommendation: provide support only.',
    { service: 'license', goal: 'support' },
  ],
  [
    'en-US',
    'The earlier assumption that the customer bought Azure through an EA is incorrect. They pay Microsoft directly.',
    { channel: 'microsoft', service: 'usage' },
  ],
];

describe('An earlier version told in words is background', () => {
  checkKind(cases);
});
