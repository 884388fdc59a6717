// "a GCC egy másik ügyfél volt": a cloud said to have been another customer's is not this
// customer's, and a commercial tenant ("kereskedelmi tenant", "kereskedelmi (global)") is the
// global cloud.
import { checkKind } from './kindCheck';

describe('cloud: a mention that was another customer, and the commercial tenant', () => {
  checkKind([
    ['hu-HU', 'Az ügyfél Azure-t használ, a GCC egy másik ügyfél volt. Egy másik CSP partnertől vették.', { service: 'usage', channel: 'otherCsp' }],
    ['hu-HU', 'Azure, a kormányzati felhő egy másik ügyfélnél volt, itt nem kérdés.', { service: 'usage' }],
    ['hu-HU', 'Javítom: kereskedelmi tenantjuk van, nem GCC. Microsoft 365-öt használnak.', { cloud: 'global', service: 'license' }],
    ['hu-HU', 'Az ügyfélnek globális tenantja van, Azure-t használ.', { cloud: 'global', service: 'usage' }],
    ['hu-HU', 'Nem GCC, hanem kereskedelmi (global) felhő, Azure-ral.', { cloud: 'global', service: 'usage' }],
    ['en-US', 'The customer is on Azure, the GCC was another customer. Bought from another CSP partner.', { service: 'usage', channel: 'otherCsp' }],
    ['en-US', 'Correction: not GCC, a regular commercial tenant. They use Azure.', { cloud: 'global', service: 'usage' }],
  ]);
});
