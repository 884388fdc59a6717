// Hungarian cloud words: "vagy a globálisban" (or in the global one) takes its case ending and
// leaves the cloud asked beside the 21Vianet tenant; "felhő, sima globális" (cloud: plain global)
// names the global cloud; "semmi köze a US Govhoz" (nothing to do with US Gov) negates the
// government cloud. Read before as china, nothing, and usgov.
import { checkKind } from './kindCheck';

describe('cloud words: the global cloud named in Hungarian', () => {
  checkKind([
    ['hu-HU', 'Office 365. Nem tudni, a 21Vianet-es tenantban vannak vagy a globálisban.', { service: 'license' }, ['cloud']],
    ['hu-HU', 'Felhő, sima globális. Az Azure-t egy másik CSP-től vették.', { cloud: 'global', channel: 'otherCsp', service: 'usage' }, []],
    ['hu-HU', 'Megyei kórház, de semmi köze a US Govhoz. Microsoft 365 E3.', { service: 'license' }, []],
  ]);
});
