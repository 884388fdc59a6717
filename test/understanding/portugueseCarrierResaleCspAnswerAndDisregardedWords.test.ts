// Portuguese words of the agents' notes and pastes (pt-BR lexicon): a carrier that "não é CSP,
// só revende o pacote" is a third party's seller, and "o pacote da operadora era só a internet"
// sets the carrier aside; "desconsiderem o que escrevi antes sobre X" and "não mandar a proposta
// de X" take X back; "CORREÇÃO após a ligação:" corrects; "é CSP" answers "parceiro Advisor ou
// parceiro CSP?"; the subscriptions bought "através de um parceiro CSP" some words later, and
// "do outro partner", are another CSP's; "o distribuidor se apresenta como …" is the
// distributor's words, not ours; "não lembram direito é Azure" doubts what came before only.
import { checkKind } from './kindCheck';

describe('Portuguese: carrier resale, a CSP answer, words disregarded and corrected', () => {
  checkKind([
    ['pt-BR', 'O Microsoft 365 deles veio com a fibra. A operadora não é CSP, só revende o combo.', { channel: 'thirdParty', service: 'license' }],
    [
      'pt-BR',
      'Eles compram o Microsoft 365 no site da Microsoft com cartão. O plano da operadora é só a internet.',
      { channel: 'microsoft', service: 'license' },
    ],
    ['pt-BR', 'Galera, desconsiderem o que escrevi antes sobre MPSA. A escola está num EA, vi o contrato.', { channel: 'ea' }],
    ['pt-BR', 'Status: o cliente quer só suporte do Microsoft 365. Não mandar a proposta de migração ainda.', { service: 'license', goal: 'support' }],
    [
      'pt-BR',
      'Nota 10/04: vamos assumir a cobrança do Office 365.\nNota 11/04: CORREÇÃO após a reunião: é só suporte.',
      { service: 'license', goal: 'support' },
    ],
    [
      'pt-BR',
      'P: É parceiro Advisor ou parceiro CSP?\nR: Advisor, eu acho... não, pera, olhei a nota fiscal. É CSP.\nP: Qual produto?\nR: Exchange Online.',
      { channel: 'otherCsp', service: 'license' },
    ],
    ['pt-BR', 'A empresa adquiriu as assinaturas do Exchange Online através de um parceiro CSP.', { channel: 'otherCsp', service: 'license' }],
    [
      'pt-BR',
      'Querem trazer pra gente as subscriptions do outro partner, 30 seats de Office 365 E1.',
      { channel: 'otherCsp', service: 'license', goal: 'move' },
    ],
    [
      'pt-BR',
      'O distribuidor se apresenta como provedor indireto; nós somos a revenda que compra dele. Azure via EA.',
      { channel: 'ea', service: 'usage', partnerType: 'indirectReseller' },
    ],
    ['pt-BR', 'pode ter sido via EA ou via Open eles não lembram direito é azure', { service: 'usage' }, ['channel']],
  ]);
});
