// "Azzal ráér jövő hétig", "az még várhat" (that one can wait): the clause before it is set aside,
// like "that's another topic", so another customer's product named there answers nothing here.
import { checkKind } from './kindCheck';

describe('whose: another customer set aside as able to wait', () => {
  checkKind([
    ['hu-HU', 'A Dunai Hajózás az Azure-os, azzal ráér jövő hétig. A Pannon Pékség Microsoft 365-öt használ.', { service: 'license' }],
    ['hu-HU', 'A Dunai Hajózás az Azure-os, az még várhat. A Pannon Pékség Microsoft 365-öt használ.', { service: 'license' }],
    ['hu-HU', 'Két ügyfél van: a Tisza Kft. az Azure-os, azzal ráérünk. A mostani Office 365, EA-n vették.', { channel: 'ea', service: 'license' }],
  ]);
});
