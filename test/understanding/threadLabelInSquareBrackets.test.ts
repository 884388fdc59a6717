// Kind "thread": a history whose parts are labelled in square brackets with no colon ("[latest
// email] …" above "[earlier email] …", "[legújabb levél] …" above "[korábbi levél] …"): the label
// orders the parts as the colon's label does, so the newest part's correction decides.
import { checkKind } from './kindCheck';

describe('kind: a thread whose parts are labelled in square brackets', () => {
  checkKind([
    [
      'en-US',
      '[latest email] Sorry, not GCC after all, it is the commercial cloud. Azure stays as I said.\n[earlier email] GCC tenant, Azure bought under an EA.',
      { cloud: 'global', channel: 'ea', service: 'usage' },
    ],
    [
      'en-US',
      '[earlier email] They buy Dynamics 365 through Open Value.\n[latest email] Update: Open Value ended, it is with another CSP now.',
      { channel: 'otherCsp', service: 'license' },
    ],
    [
      'hu-HU',
      '[legújabb levél] Javítás: nem GCC, hanem kereskedelmi felhő. Minden más ugyanaz (Exchange Online, EA).\n[korábbi levél] GCC-s bérlő, Exchange Online EA-n.',
      { cloud: 'global', channel: 'ea', service: 'license' },
    ],
    [
      'hu-HU',
      '[korábbi üzenet] Az Azure-t EA-n veszik.\n[legfrissebb üzenet] Pontosítás: nem EA, egy másik CSP partnertől veszik.',
      { channel: 'otherCsp', service: 'usage' },
    ],
  ]);
});
