// Kind "crm card": a card's fields ("Nuvem: comercial", "Objetivo do cliente: …") are no
// transcript's speakers. A field named after the customer ("Objetivo do cliente") is not the
// customer speaking, and the field "Nuvem" with its value "comercial" names the commercial cloud.
import { checkKind } from './kindCheck';

describe('kind: crm card, fields are not speakers and "Nuvem: comercial" is the cloud', () => {
  checkKind([
    ['pt-BR', 'Nuvem: comercial', { cloud: 'global' }],
    [
      'pt-BR',
      'Cliente: Padaria Pão Quente\nNuvem: comercial (global)\nServiço: Microsoft 365\nObjetivo do cliente: dar suporte',
      { cloud: 'global', service: 'license', goal: 'support' },
    ],
    ['en-US', 'Customer: Contoso\nCloud: commercial\nService: Microsoft 365\nGoal: support', { cloud: 'global', service: 'license', goal: 'support' }],
    // A transcript's customer still speaks.
    ['pt-BR', 'Atendente: Compraram pelo EA?\nCliente: Sim.', { channel: 'ea' }],
  ]);
});
