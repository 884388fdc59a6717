// A product said not to be concerned ("az Azure-t nem érinti", "az Azure-ra nem vonatkozik") is
// no answer: the product the message is about stays.
import { checkKind } from './kindCheck';

describe('negation: a product not concerned, in Hungarian', () => {
  checkKind([
    ['hu-HU', 'A Microsoft 365 előfizetésekről van szó, az Azure-t ez nem érinti.', { service: 'license' }],
    ['hu-HU', 'Az Azure-t nem érinti, csak a Teams licencekről beszélünk.', { service: 'license' }],
    ['hu-HU', 'Az Azure-ról van szó, a Microsoft 365 nem érintett.', { service: 'usage' }],
  ]);
});
