// Whether a turn of a pasted transcript asks something. A question mark after a tag ("…, right?",
// "…, sabe?", «…, да?», "…，对吧？", "…, ugye?") asks no question: the sentence states what it says
// and only seeks a nod. Said to the other speaker it is still answered by their yes or no, as a
// caption's question without marks is (the transcript's reader looks at the next turn).
import { compilePatterns } from './compile';
import { LEXICONS } from './lexicon';
import { prepare } from './text';

const words = (key: 'asks' | 'tags'): string[] => LEXICONS.flatMap((l) => l.transcript?.[key] ?? []);
/** A question mark at the end of a text. */
export const QUESTION = /[?？]\s*$/u;
/** The last sentence of a turn (the question a yes answers). */
export const LAST_SENTENCE = /[^.!?。！？]*[.!?。！？]?\s*$/u;
/**
 * Each language's words that ask, and whether they are Chinese: a sentence with Chinese characters
 * asks only by Chinese words, one without by the others' (a product's "MCA-E" closing a Chinese
 * answer is no Hungarian "-e" question).
 */
const HAN = /\p{Script=Han}/u;
const ASKS = LEXICONS.filter((l) => (l.transcript?.asks ?? []).length > 0).map((l) => ({
  han: l.language.startsWith('zh'),
  pattern: compilePatterns(l.transcript!.asks!, `transcript.asks.${l.language}`, 'u'),
}));
const asksInWords = (sentence: string): boolean => {
  const text = prepare(sentence).text;
  return ASKS.some((a) => a.han === HAN.test(sentence) && a.pattern.test(text));
};
// The tag after a comma, or right after a Chinese word ("是EA对吧？"), then the mark.
const TAG = new RegExp(`(?:,|(?<=\\p{Script=Han})) ?(?:${compilePatterns(words('tags'), 'transcript.tags', 'u').source}) ?\\? ?$`, 'u');

/** Whether a text's last sentence ends with a tag and its mark ("we pay Microsoft directly, you know?"). */
export const tagged = (text: string): boolean => QUESTION.test(text) && TAG.test(prepare(LAST_SENTENCE.exec(text)![0]).text);
/** Whether a text ends with a question mark that is no tag's. */
export const marked = (text: string): boolean => QUESTION.test(text) && !tagged(text);
/** Whether a turn ends with a question: its mark, or words that ask (a caption has no marks). */
export const asks = (text: string): boolean => marked(text) || asksInWords(LAST_SENTENCE.exec(text)![0]);

/** How many words after the last comma a nod may ask with ("…, jó lesz?", "…, tranquilo?", "…, all good?"). */
const NOD_WORDS = 2;
const OR = compilePatterns(
  LEXICONS.flatMap((l) => l.structure?.or ?? []),
  'structure.or',
  'u',
);
/**
 * Whether a turn's question only seeks a nod for what it states: its last sentence states something,
 * then after a comma a word or two that neither ask in words nor name an answer (`names`), and no
 * "or" offers options ("they only want support, all good?"). Answered by a yes, a no or a doubt, it
 * is still the question; any other reply ("sure, on it") leaves what it stated standing.
 */
export function seeksNod(text: string, names: (words: string) => boolean): boolean {
  if (!marked(text)) return false;
  const sentence = prepare(LAST_SENTENCE.exec(text)![0]).text.replace(/ ?\? ?$/u, '');
  const comma = sentence.lastIndexOf(',');
  const [head, tail] = [sentence.slice(0, comma).trim(), sentence.slice(comma + 1).trim()];
  if (comma < 0 || tail === '' || tail.split(' ').length > NOD_WORDS || head.split(' ').length < 2) return false;
  return !asksInWords(head) && !asksInWords(tail) && !OR.test(sentence) && !names(tail);
}
