// "Not X …, but Y": the clause a negation opens runs to the comma before the joining word, so the
// same answer named again inside it («как к партнёру записи» after «не перенос») is negated with
// it and the answer given instead stands alone. Written for these tests.
import { checkKind } from './kindCheck';

describe('kind: notButY, the negated clause runs to the comma before the answer given instead', () => {
  checkKind([
    ['ru-RU', 'Им нужен не перевод подписок к нам как к партнёру записи, а только помощь с поддержкой Office 365.', { service: 'license', goal: 'support' }],
    ['en-US', 'What they need is not a move to us as the partner of record, but support for their Office 365 users.', { service: 'license', goal: 'support' }],
    ['pt-BR', 'Não querem migração para nós como parceiro de registro, mas sim suporte do Office 365.', { service: 'license', goal: 'support' }],
    // The same answer said again in a sentence of its own is no part of the negated clause.
    ['ru-RU', 'Им нужен не перевод подписок. Хотят нас как партнёра записи и поддержку Office 365.', { service: 'license', goal: 'move' }],
  ]);
});
