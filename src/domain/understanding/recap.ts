// A meeting tool's recap or an AI summary pasted above the replies or transcript lines beneath it
// ("Recap (AI): …" over "[09:14] Luis: the recap is wrong, it's an MPSA"). The words above a chat
// log or transcript are otherwise the paster's own note, written after it and read as newest; a
// recap is older than the replies below it, which correct it from the recording, so it is read
// as the oldest part. A recap is told by its title on its first line (`structure.recap`).
import { compilePatterns, fold } from './compile';
import { LEXICONS } from './lexicon';

const WORDS = compilePatterns(
  LEXICONS.flatMap((l) => l.structure?.recap ?? []),
  'structure.recap',
  'u',
);
/** The title opens the first line, perhaps after a mark, a bracket or an emoji ("**Meeting recap**", "[AI summary]", "📝 Meeting recap"). */
const TITLE = new RegExp(`^[\\s*#[(【\\p{So}]*(?:${WORDS.source})`, 'u');

/** Whether the words above a chat log or transcript are a recap or summary that the lines below reply to. */
export function isRecap(note: string): boolean {
  const first = note.split(/\r?\n/u).find((l) => l.trim().length > 0);
  return first !== undefined && TITLE.test(fold(first));
}
