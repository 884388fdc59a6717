// Kind "usgov": in a Hungarian message "Azure Government" names the US government cloud and
// Azure with it, and "kereskedelmi Azure" the commercial one; offered together, the cloud is
// asked. Read before as no cloud. Only with a Hungarian word after it in its sentence: an English
// message about Azure Government is left to the English reader.
import { checkKind } from './kindCheck';

describe('kind: "Azure Government" in a Hungarian message is the US government cloud', () => {
  checkKind([
    ['hu-HU', 'A texasi irodájuk Azure Government, és az EA-n keresztül fizetik.', { cloud: 'usgov', channel: 'ea', service: 'usage' }],
    ['hu-HU', 'Még nem tudjuk, hogy Azure Government vagy kereskedelmi Azure, az EA-n fut.', { channel: 'ea', service: 'usage' }, ['cloud']],
  ]);
});
