// A ticket's requester is the party that asked, not the writer: the role written beside its name
// ("Solicitante: Alfa Sistemas (revenda)") is that party's. The writer's own role, said elsewhere
// in the ticket, is the partner's.
import { checkKind } from './kindCheck';

describe("partner: a ticket requester's role is not the writer's", () => {
  checkKind([
    [
      'pt-BR',
      'Ticket 7781 | Solicitante: Alfa Sistemas (revenda) | Prioridade: Baixa\nDescrição: o cliente tem Office 365 E3 comprado no EA e a Alfa quer dar suporte.\nAtendente: Joana, suporte do distribuidor.',
      { channel: 'ea', service: 'license', goal: 'support', partnerType: 'indirectProvider' },
    ],
    [
      'pt-BR',
      'Solicitante: Beta Informática (revenda)\nResumo: Azure comprado direto da Microsoft, querem trazer pro CSP.',
      { channel: 'microsoft', service: 'usage' },
    ],
    ['pt-BR', 'Solicitante: Gama TI (parceiro de faturamento direto)\nResumo: o cliente tem Dynamics 365 pelo EA.', { channel: 'ea', service: 'license' }],
    ['pt-BR', 'Somos revenda, compramos pela Ingram. O cliente tem Azure pelo EA.', { channel: 'ea', service: 'usage', partnerType: 'indirectReseller' }],
    [
      'en-US',
      'Ticket 7781 | Requester: Alpha Systems (reseller) | Priority: Low\nDescription: customer has Office 365 E3 on an EA and Alpha wants to support it.\nAssigned: Jo, distributor helpdesk.',
      { channel: 'ea', service: 'license', goal: 'support', partnerType: 'indirectProvider' },
    ],
  ]);
});
