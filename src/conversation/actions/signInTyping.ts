// What a message typed while an action waits for its sender's sign-in is: a code (one of the wrong
// length is still a try), one of the advisor's commands (which goes on as usual), or anything else
// ("I can't find the code"), answered with how to go on. The waiting action is kept in every case:
// typed text never drops it, and never starts the questions over behind it.
import type { Catalog } from '../../domain/textCatalog';
import { recognizeCommand } from '../../domain/reading';

export type TypedWhileSigningIn = { kind: 'code'; code: string } | { kind: 'command' } | { kind: 'other' };

/** Digits as a sign-in page shows them, maybe typed with spaces or dashes ("123 456"). */
const CODE_LIKE = /^[\d\s-]{1,32}$/;

export function readWhileSigningIn(text: string, catalog: Catalog, others: readonly Catalog[]): TypedWhileSigningIn {
  if (CODE_LIKE.test(text.trim()) && /\d/.test(text)) return { kind: 'code', code: text.replace(/[\s-]/g, '') };
  return recognizeCommand(text, catalog, others) ? { kind: 'command' } : { kind: 'other' };
}
