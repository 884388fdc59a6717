// What a message typed for the actions' sign-in is, in the order it is tried: the sign-out command
// first (in any of the advisor's languages), then, with no click waiting, a six-digit code alone
// (a code sent again is answered "signed in"); with a click waiting, a code (one of the wrong
// length is still a try), one of the advisor's commands (which goes on as usual), or anything else
// ("I can't find the code"), answered with how to go on. The waiting action is kept in every case:
// typed text never drops it, and never starts the questions over behind it.
import { availableLocales, Catalog, ReadingCatalog, readingCatalogFor } from '../../domain/textCatalog';
import { recognizeCommand } from '../../domain/reading';
import { normalize } from '../../domain/matching';

export type TypedWhileSigningIn = { kind: 'code'; code: string } | { kind: 'command' } | { kind: 'other' };

/** What typed text is to the sign-in: `notMine` goes on to the advisor. */
export type TypedForSignIn = { kind: 'signOut' } | { kind: 'code'; code: string } | { kind: 'typed'; command: boolean } | { kind: 'notMine' };

/** Digits as a sign-in page shows them, maybe typed with spaces or dashes ("123 456"). */
const CODE_LIKE = /^[\d\s-]{1,32}$/;
/** A code typed when no click waits: six digits alone, nothing else. */
const SIX_DIGITS = /^\s*\d{6}\s*$/;

export function readWhileSigningIn(text: string, catalog: Catalog, others: readonly ReadingCatalog[]): TypedWhileSigningIn {
  if (CODE_LIKE.test(text.trim()) && /\d/.test(text)) return { kind: 'code', code: text.replace(/[\s-]/g, '') };
  return recognizeCommand(text, catalog, others) ? { kind: 'command' } : { kind: 'other' };
}

/** Every language's catalog: a command typed while signing in is read in any of them, as the advisor reads it. */
const ALL_CATALOGS = availableLocales().map(readingCatalogFor);

/** Typed text read for the sign-in, `waiting`: the sender has a click waiting for their sign-in. */
export function readTypedForSignIn(text: string, waiting: boolean, catalog: Catalog): TypedForSignIn {
  if (isSignOut(text)) return { kind: 'signOut' };
  if (!waiting) return SIX_DIGITS.test(text) ? { kind: 'code', code: text.trim() } : { kind: 'notMine' };
  const read = readWhileSigningIn(text, catalog, ALL_CATALOGS);
  return read.kind === 'code' ? read : { kind: 'typed', command: read.kind === 'command' };
}

/** A short message the sign-in may take with no click waiting: a six-digit code, or the sign-out command in any of the advisor's languages. */
export function mayBeTyped(text: string): boolean {
  return SIX_DIGITS.test(text) || isSignOut(text);
}

/**
 * The sign-out command in every language the advisor speaks (a Hungarian partner may type it in
 * English), folded as the conversation folds every command phrase (normalize), so that the
 * check that no typed word belongs to two commands (test/locales/commandPhrases.test.ts) holds
 * for this list too: this check runs before the conversation reads a command.
 */
const SIGN_OUT_WORDS: ReadonlySet<string> = new Set(ALL_CATALOGS.flatMap((c) => c.actions.signOutCommand.phrases.map(normalize)));

/** Longer than this, a message is no sign-out phrase whatever its spaces and marks: it is not folded at all. */
const SIGN_OUT_MAX_CHARS = 64;

export function isSignOut(text: string): boolean {
  return text.length <= SIGN_OUT_MAX_CHARS && SIGN_OUT_WORDS.has(normalize(text));
}
