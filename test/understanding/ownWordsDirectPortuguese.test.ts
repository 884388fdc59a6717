// Own words for the partner's direct role in Portuguese: "a gente é direto" (as "somos diretos"),
// "temos conta direta no Partner Center", and a role said of "pra gente" ("passar pra gente, que é
// parceiro direto": the contraction of "para a gente" is us, as "a gente" is). Direct with the
// customer, or the customer's own account, is not our role.
import { checkKind } from './kindCheck';

describe('own words: the partner is direct (Portuguese)', () => {
  checkKind([
    ['pt-BR', 'A gente é direta: o cliente tem Microsoft 365.', { service: 'license', partnerType: 'direct' }],
    ['pt-BR', 'o cliente usa Azure e a gente é direto nesse contrato', { service: 'usage', partnerType: 'direct' }],
    ['pt-BR', 'Temos conta direta no Partner Center; o cliente tem Azure.', { service: 'usage', partnerType: 'direct' }],
    ['pt-BR', 'o cliente tem Microsoft 365 e quer passar pra gente, que é parceiro direto', { service: 'license', goal: 'move', partnerType: 'direct' }],
  ]);
});

describe('own words: direct with the customer is not our role', () => {
  checkKind([
    ['pt-BR', 'A gente é direto junto ao cliente.', {}],
    ['pt-BR', 'O cliente tem conta direta no Partner Center.', {}],
  ]);
});
