// Two people of the customer's saying two goals in a log, then "they didn't agree, they'll decide
// between them": the case is undecided, so the goal is asked, not taken from whoever spoke last.
// Written for these tests.
import { checkKind } from './kindCheck';

describe('kind: thread, two goals in a log then "they will decide between them" leaves the goal open', () => {
  checkKind([
    [
      'pt-BR',
      '08:30 – Diretor: só queremos suporte do Office 365.\n09:10 – Sócia: quero transferir as assinaturas pra vocês.\n09:40 – Não se entenderam. Tudo comprado pelo Open Value.',
      { channel: 'open', service: 'license' },
      ['goal'],
    ],
    [
      'pt-BR',
      '08:30 – Diretor: só queremos suporte do Office 365.\n09:10 – Sócia: quero transferir as assinaturas pra vocês.\n09:40 – Vão decidir entre eles. Tudo comprado pelo Open Value.',
      { channel: 'open', service: 'license' },
      ['goal'],
    ],
    [
      'hu-HU',
      '08:30 – Informatikus: csak támogatás kell az Office 365-höz.\n09:10 – Pénzügyes: át akarjuk hozni hozzátok az előfizetéseket.\n09:40 – Ellentmondanak egymásnak. EA-n vannak.',
      { channel: 'ea', service: 'license' },
      ['goal'],
    ],
    [
      'hu-HU',
      '08:30 – Informatikus: csak támogatás kell az Office 365-höz.\n09:10 – Pénzügyes: át akarjuk hozni hozzátok az előfizetéseket.\n09:40 – Megvárjuk, mit mond a tulajdonos. EA-n vannak.',
      { channel: 'ea', service: 'license' },
      ['goal'],
    ],
  ]);
});
