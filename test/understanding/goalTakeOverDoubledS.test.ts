// "Átvesszük" (we take over) is written with a double s: "átvesszük a számlázást", "vesszük át a licenceket"
// are a move, as "átvesszük"'s single-s forms ("átveszik", "átvenni") already were.
import { checkKind } from './kindCheck';

describe('goal: "átvesszük" (we take over, double s) is a move', () => {
  checkKind([
    ['hu-HU', 'Office 365, EA-n. Átvesszük a számlázást.', { channel: 'ea', service: 'license', goal: 'move' }],
    ['hu-HU', 'A Microsoft 365-nél vesszük át a licenceket a másik CSP partnertől.', { channel: 'otherCsp', service: 'license', goal: 'move' }],
    ['hu-HU', 'Office 365: nem vesszük át a számlázást, csak támogatást kérnek.', { service: 'license', goal: 'support' }],
  ]);
});
