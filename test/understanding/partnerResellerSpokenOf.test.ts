// "Revenda" said of a reseller the message speaks about is no role of the partner's: the subject
// of a verb in the third person ("revenda quer administrar", "a revenda dá suporte"), a reseller
// named as a company ("a revenda é a Norte TI"), the one billed ("faturamento pra revenda") or a
// reseller of another distributor (where the customer bought: another CSP).
import { checkKind } from './kindCheck';

describe('partner: a reseller spoken of is not the partner', () => {
  checkKind([
    [
      'pt-BR',
      'Aqui é o distribuidor. Descrição: revenda quer administrar o Exchange Online do cliente.',
      { service: 'license', goal: 'support', partnerType: 'indirectProvider' },
    ],
    [
      'pt-BR',
      'O Office 365 está no EA e a revenda dá suporte. Eu sou do helpdesk do distribuidor.',
      { channel: 'ea', service: 'license', goal: 'support', partnerType: 'indirectProvider' },
    ],
    [
      'pt-BR',
      'Office 365 no EA. Ou a revenda assume o faturamento ou a revenda dá suporte. Somos o distribuidor.',
      { channel: 'ea', service: 'license', partnerType: 'indirectProvider' },
      ['goal'],
    ],
    [
      'pt-BR',
      'Somos o distribuidor — a revenda é a Norte TI. O Office 365 deles é do EA.',
      { channel: 'ea', service: 'license', partnerType: 'indirectProvider' },
    ],
    ['pt-BR', 'Sou do financeiro do distribuidor: como fica o faturamento pra revenda?', { partnerType: 'indirectProvider' }],
    ['pt-BR', 'O cliente comprou o Microsoft 365 de uma revenda de outro distribuidor.', { channel: 'otherCsp', service: 'license' }],
    [
      'pt-BR',
      'A gente é revenda, e o cliente comprou o Azure direto da Microsoft.',
      { channel: 'microsoft', service: 'usage', partnerType: 'indirectReseller' },
    ],
    ['pt-BR', 'Somos revenda da Ingram, o cliente tem Azure no EA.', { channel: 'ea', service: 'usage', partnerType: 'indirectReseller' }],
    [
      'en-US',
      "We're the distributor. The customer has Azure on an EA and the reseller supports it.",
      { channel: 'ea', service: 'usage', partnerType: 'indirectProvider' },
    ],
  ]);
});
