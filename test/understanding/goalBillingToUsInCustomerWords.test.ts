// Kind "goal words": the customer asks, in its own words, to pay the partner from now on ("eu
// pague pra vocês", "pagar a gente") or for the billing to be with it ("o faturamento seja com
// vocês"): the billing moves. The customer calls the partner "vocês". A billing that may "come
// along" with the management is the move offered against support, and "não ficou claro se" is
// a doubt over its options, not a "no" to the first.
import { checkKind } from './kindCheck';

describe("kind: goal words, paying us or the billing with us, in the customer's words, is a move", () => {
  checkKind([
    ['pt-BR', 'Temos Exchange Online e queremos que a cobrança seja com vocês.', { service: 'license', goal: 'move' }],
    ['pt-BR', 'O cliente quer parar de pagar a Microsoft e pagar a gente pelas licenças do Microsoft 365.', { service: 'license', goal: 'move' }],
    ['pt-BR', 'Quero pagar pra vocês o Microsoft 365, não mais pra Microsoft.', { service: 'license', goal: 'move' }],
    // "A gente" as the subject of the next verb is no one paid.
    ['pt-BR', 'O cliente quer Microsoft 365 e para pagar a gente precisa do boleto.', { service: 'license' }],
    // Refused, it is no goal; the support wanted is.
    ['pt-BR', 'O cliente não quer pagar pra gente, só quer suporte no Microsoft 365.', { service: 'license', goal: 'support' }],
    // Looking after it and being paid, wanted as one: the billing does not stay, a move.
    ['pt-BR', 'Querem que a gente cuide do Teams e que paguem pra gente.', { service: 'license', goal: 'move' }],
  ]);
});

describe('kind: goal words, "the billing comes along" against "only the management", in a doubt, is asked', () => {
  checkKind([
    ['pt-BR', 'O cliente quer a gente no Microsoft 365, mas não ficou claro se é só a gestão ou se a cobrança vem junto.', { service: 'license' }, ['goal']],
    ['pt-BR', 'Não ficou claro se é EA ou Open.', {}, ['channel']],
    // Told as how it is today, the billing that comes along is no wish.
    ['pt-BR', 'O cliente tem Exchange Online com a hospedagem, e a cobrança vem junto na fatura do site.', { service: 'license' }],
    ['pt-BR', 'Ficou claro que é EA.', { channel: 'ea' }],
  ]);
});
