// The partner's own role said in words no lexicon entry reads alone: the English word for the
// direct role after "we" in another language (split from structure.ts, which decides the other
// structures of a message).
import { CompiledLexicon } from './compile';
import { Span, StructuredMention, matches } from './structure';

/** The English word for the direct role, said bare after the speaker's "we" in any language. */
const BARE_DIRECT = /^ ?(?:(?:are|re|somos|sao|是|—|-) ?)?direct(?=[ ,.?;:]|$)/u;
/** A direct purchase, not a role: "direct from Microsoft", «direct у Microsoft». */
const DIRECT_PURCHASE = /^ (?:from|with|by|at|у|от|с|da|de|com|a|à|do|no|a microsoft|microsoft|ms|msft|微软)(?= |$)/u;

/**
 * The role said in English after the speaker's own "we" in a message in another language («мы
 * direct», "nós somos direct", "mi direct vagyunk", "我们是 direct"): the partner is direct.
 * Only where no lexicon read those words, and never a purchase made direct from someone.
 */
export function bareRoles(text: string, mentions: readonly StructuredMention[], lexicons: readonly CompiledLexicon[]): Span[] {
  const found: Span[] = [];
  for (const s of lexicons.flatMap((l) => matches(l.self, text))) {
    const m = BARE_DIRECT.exec(text.slice(s.end));
    if (m === null) continue;
    const end = s.end + m[0].length;
    if (DIRECT_PURCHASE.test(text.slice(end))) continue;
    const span = { start: s.start, end };
    if (mentions.some((x) => x.start < span.end && x.end > span.start)) continue;
    if (!found.some((f) => f.start === span.start)) found.push(span);
  }
  return found;
}
