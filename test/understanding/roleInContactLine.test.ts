// Threads: the newest mail's contact line ("Name | Firm | Tier 1 direct bill CSP partner") is dropped
// with the rest of the signature, but for the cell that states the writer's role and nothing else.
// A title naming a product ("Azure Architect") is still no answer.
import { checkKind } from './kindCheck';

describe('the writer’s role in the contact line of the newest mail (thread)', () => {
  checkKind([
    [
      'en-US',
      'From: Ana Ruiz\nSent: Monday\nSubject: RE: Dynamics\n\nCorrection: they are on Open Value now, not EA. They want support only.\n\nAna Ruiz | Northwind IT | Tier 1 direct bill CSP partner\n\n-----Original Message-----\nFrom: Ana Ruiz\nSubject: Dynamics\nDynamics 365 through their EA.',
      { channel: 'open', service: 'license', goal: 'support', partnerType: 'direct' },
    ],
    [
      'pt-BR',
      'De: Rita Luz\nAssunto: RES: Dynamics\n\nCorrigindo: é Open Value, não EA. Querem só suporte.\n\nRita Luz | Nuvem Sul | parceira CSP direct bill (Tier 1)\n\n-----Mensagem original-----\nDe: Rita Luz\nO Dynamics 365 é via EA.',
      { channel: 'open', service: 'license', goal: 'support', partnerType: 'direct' },
    ],
    [
      'hu-HU',
      'Feladó: Kiss Anna\nTárgy: VÁ: Dynamics\n\nHelyesbítés: már nem EA, hanem Open Value. Csak supportot kérnek.\n\nKiss Anna | Felhő Kft. | Tier 1 direct bill CSP partner\n\n-----Eredeti üzenet-----\nFeladó: Kiss Anna\nA Dynamics 365 EA-n keresztül van.',
      { channel: 'open', service: 'license', goal: 'support', partnerType: 'direct' },
    ],
    [
      'en-US',
      'From: Ana Ruiz\nSubject: RE: Azure\n\nThey bought Azure from another CSP.\n\nAna Ruiz | Azure Architect | Northwind IT\n\n-----Original Message-----\nFrom: Ana Ruiz\nWhere did they buy it?',
      { channel: 'otherCsp', service: 'usage' },
    ],
  ]);
});
