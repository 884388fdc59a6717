// Hungarian: a recap's or note's header naming the tool that wrote it ("Összefoglaló (Copilot) —
// …", "Copilot által készített jegyzet") names no product; a card entered in the Azure portal
// ("a kártya az Azure portálon van megadva") is a direct purchase from Microsoft.
import { checkKind } from './kindCheck';

describe('words: Hungarian recap tool name, a card in the Azure portal', () => {
  checkKind([
    ['hu-HU', 'Összefoglaló (Copilot) — Zempléni Fűrészüzem\n• Az Azure-t egy másik CSP partnertől veszik.', { channel: 'otherCsp', service: 'usage' }, []],
    [
      'hu-HU',
      'Copilot által készített jegyzet: az Azure előfizetés felhasználásalapú, egy másik CSP partnernél.',
      { channel: 'otherCsp', service: 'usage' },
      [],
    ],
    ['hu-HU', 'Az Azure-t bankkártyával fizetik, a kártya az Azure portálon van rögzítve.', { channel: 'microsoft', service: 'usage' }, []],
    ['hu-HU', 'Csak Copilot licenceket vennének, 12 darabot, egy másik CSP partnertől.', { channel: 'otherCsp', service: 'license' }, []],
  ]);
});
