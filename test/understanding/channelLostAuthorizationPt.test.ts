// A seller that "perdeu a autorização" lost its CSP authorisation, the word CSP said or not: it
// was another CSP partner. "Outra empresa parceira" is a partner company, no third party.
import { checkKind } from './kindCheck';

describe('channel: a seller that lost its authorisation was another CSP', () => {
  checkKind([
    ['pt-BR', 'Quem fatura o Office 365 é um integrador que perdeu a autorização em março.', { channel: 'otherCsp', service: 'license' }],
    ['pt-BR', 'O Microsoft 365 vem de outra empresa parceira, a mesma que perdeu o credenciamento.', { channel: 'otherCsp', service: 'license' }],
  ]);
});
