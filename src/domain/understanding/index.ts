// Free-text understanding of what a partner or a support agent types: which answers of the
// advisor's questions a message states, in any of the shipped languages. Pure domain code.
export { understand, MAX_INPUT_LENGTH } from './understand';
export type { Understanding } from './result';
export type { Lexicon, LexiconEntry, Negation } from './types';
export { LEXICONS } from './lexicon';
