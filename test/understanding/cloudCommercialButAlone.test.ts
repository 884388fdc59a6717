// "Nem a kormányzati felhő, hanem a sima kereskedelmi": the commercial cloud after "hanem" with
// its noun left out, as "hanem a globális" is; "kereskedelmi" before another noun is no cloud.
import { checkKind } from './kindCheck';

describe('cloud: "hanem a kereskedelmi" with the noun left out', () => {
  checkKind([
    ['hu-HU', 'Nem a kormányzati felhő, hanem a sima kereskedelmi. Azure-t használnak.', { cloud: 'global', service: 'usage' }],
    ['hu-HU', 'Nem a kormányzati felhőben, hanem a kereskedelmiben vannak, Office 365.', { cloud: 'global', service: 'license' }],
    ['hu-HU', 'Nem Open, hanem kereskedelmi szerződés, Office 365.', { service: 'license' }],
  ]);
});
