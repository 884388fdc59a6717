// "A rendes Partnerközpont" (the regular Partner Center) is the commercial one, also with the
// word glossed in brackets ("a rendes (globális) Partnerközpont").
import { checkKind } from './kindCheck';

describe('variant: the regular Partner Center in Hungarian, glossed or not', () => {
  checkKind([
    ['hu-HU', 'A rendes Partnerközpontban vannak.', { cloud: 'global' }],
    ['hu-HU', 'A rendes (globális) Partnerközpontban vannak.', { cloud: 'global' }],
    ['en-US', 'They are in the regular Partner Center.', { cloud: 'global' }],
  ]);
});
