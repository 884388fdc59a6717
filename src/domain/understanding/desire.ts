// What a message says is wanted against what it tells as story. A rambling message names the
// goal's verbs in its story too ("we moved offices in the summer", "since then we've moved into
// CSP"); the goal is the one said to be wanted ("what they want now is for us to look after
// the tenant"). A goal mention counts as wanted when a word of wanting comes before it in its
// sentence, or after it in its own clause (Hungarian, Russian and Chinese may put the verb last).
import { QUESTION_IDS, QuestionId } from '../questions';
import { CompiledLexicon } from './compile';
import { eitherQuestions, isEither } from './eitherScope';
import { Span, StructuredMention, matches } from './structure';
import { sentenceOf } from './text';

/** Where a clause ends. */
const CLAUSE_END = /[,.?!;:，。？！；：\n]/u;

/**
 * When the goal's mentions since the last correction disagree and those after a word of wanting all agree, the others
 * become background: they answer only what nothing else does. Two different goals both wanted
 * stay a conflict, to be asked, unless they are support and a move wished as one (below).
 */
export function wantedGoal(
  text: string,
  mentions: Array<StructuredMention & { background?: boolean; epoch: number }>,
  lexicons: readonly CompiledLexicon[],
): void {
  // Only what was said since the last correction ("no, actually just support") is weighed.
  const said = mentions.filter((m) => m.question === 'goal' && !m.negated && m.background !== true);
  const last = Math.max(-1, ...said.map((m) => m.epoch));
  const goals = said.filter((m) => m.epoch === last);
  if (new Set(goals.map((m) => m.option)).size < 2) return;
  // A goal asked about and then said no to ("a full move? not a move, just support") is the asker's guess, taken back.
  for (const m of goals)
    if (askedWish(text, m) && mentions.some((n) => n.question === 'goal' && n.negated && n.option === m.option && n.start > m.end)) m.background = true;
  // Goals offered as options ("support only, or move them too") are the speaker's question, not a story.
  const first = Math.min(...goals.map((m) => m.start));
  const lastEnd = Math.max(...goals.map((m) => m.end));
  if (lexicons.some((l) => matches(l.or, text, first, lastEnd).length > 0)) return;
  const once = lexicons.flatMap((l) => matches(l.wanted, text));
  // A word of wanting inside a wish told as past, or carrying it on at most a word after it
  // ("originally wanted to ask for", "queria pedir", "本来想要求"), is that past wish.
  const carriesOn = (o: Span, w: Span): boolean => w.start >= o.end && /^(?: [^ ,.;:!?]+)? ?$/u.test(text.slice(o.end, w.start));
  const wants = lexicons.flatMap((l) => matches(l.want, text)).filter((w) => !once.some((o) => (o.start < w.end && w.start < o.end) || carriesOn(o, w)));
  // Before it in its sentence, or after it in its clause where the verb comes last ("támogatást
  // akarnak"); a wish told as past also inside the goal's own words ("át akarták hozni").
  const wantedBy = (words: readonly Span[], inside: boolean): typeof goals =>
    goals.filter((m) =>
      words.some(
        (w) =>
          (w.end <= m.start && w.start >= sentenceOf(text, m.start).start) ||
          (w.start >= m.end && !CLAUSE_END.test(text.slice(m.end, w.start))) ||
          (inside && w.start >= m.start && w.end <= m.end),
      ),
    );
  // A wish asked about ("and they want a full move?") is the asker's guess, not a wish told: the answer after it decides.
  const wanted = wantedBy(wants, false).filter((m) => !askedWish(text, m));
  if (wanted.length === 0) {
    // Nothing wanted now: a goal wanted once gives way to a different goal said after it.
    const stale = wantedBy(once, true).filter((m) => goals.some((g) => g.start > m.end && g.option !== m.option));
    const rest = goals.filter((m) => !stale.includes(m));
    if (stale.length === 0 || new Set(rest.map((m) => m.option)).size !== 1) return;
    for (const m of stale) m.background = true;
    return;
  }
  // "Manage it and bill them": support and a move wished as one (one word of wanting, a plain "and"
  // in one clause) are a move, which takes the managing with it. Under a doubt both stay, asked.
  // One put off till later in its sentence ("support now and next year a move") is a plan in turns, asked.
  const moves = wanted.filter((m) => m.option === 'move');
  const laters = lexicons.flatMap((l) => matches(l.later, text));
  const joined = (a: Span, b: Span): boolean => {
    const [x, y] = a.start < b.start ? [a, b] : [b, a];
    const joins = lexicons.flatMap((l) => matches(l.together, text, x.end, y.start));
    const later = laters.some((w) => w.start >= x.end && w.end <= sentenceOf(text, y.start).end);
    const oneWish = !later && !wants.some((w) => w.start >= x.end && w.end <= y.start);
    return oneWish && joins.some((j) => !CLAUSE_END.test(text.slice(x.end, j.start).replace(/ ?, ?$/u, '') + text.slice(j.end, y.start)));
  };
  const one = wanted.every((m) => !m.hedged && (m.option !== 'support' || moves.some((v) => joined(m, v))));
  const now = one && moves.length > 0 ? moves : wanted;
  if (new Set(now.map((m) => m.option)).size > 1) return;
  for (const m of goals) if (!now.includes(m)) m.background = true;
}

/** Whether a goal's sentence is a question that more words answer ("they want a full move? not a move, just support"). */
function askedWish(text: string, goal: Span): boolean {
  const end = sentenceOf(text, goal.start, goal.end).end;
  return text[end] === '?' && /[\p{L}\p{N}]/u.test(text.slice(end + 1));
}

/** What may stand between a goal's words and the word that puts it off ("the move till later"): two words. */
const LATER_GAP = /^ ?(?:[^ ,.?;:!]{1,12} ?){0,2}$/u;
/** What may stand between a word for later and the goal it puts off when said first ("next year a move"): a short word. */
const LATER_BEFORE = /^ ?(?:[^ ,.?;:!]{1,4} )?$/u;

/**
 * "For now just support, the move later": a goal put off by a word for later right after it
 * ("later", «потом», "以后再说", "depois", "később") is background: it is the goal only when no
 * other goal is told for today, and its words are not the evidence of one that is.
 */
export function laterGoals(text: string, mentions: Array<StructuredMention & { background?: boolean }>, lexicons: readonly CompiledLexicon[]): void {
  const goals = mentions.filter((m) => m.question === 'goal' && !m.negated);
  const laters = lexicons.flatMap((l) => matches(l.later, text));
  // A word for later said right before a goal ("support now and next year a move") puts off that one, not the one before it.
  const before = (w: Span): boolean => goals.some((g) => g.start >= w.end && LATER_BEFORE.test(text.slice(w.end, g.start)));
  const put = goals.filter((m) =>
    laters.some(
      (w) =>
        (w.start >= m.end && !before(w) && LATER_GAP.test(text.slice(m.end, w.start))) || (m.start >= w.end && LATER_BEFORE.test(text.slice(w.end, m.start))),
    ),
  );
  for (const m of put) m.background = true;
}

/**
 * "They don't want us to manage it and bill them": a negated goal carries its "not" on to a goal joined to it
 * by a plain "and" in its clause, with no word of wanting or for later between: nothing of the wish is wanted.
 */
export function negatedTogether(text: string, mentions: Array<StructuredMention & { negated: boolean }>, lexicons: readonly CompiledLexicon[]): void {
  const goals = mentions.filter((m) => m.question === 'goal');
  const stops = lexicons.flatMap((l) => [...matches(l.want, text), ...matches(l.later, text)]);
  for (const [i, m] of goals.entries()) {
    const g = goals[i + 1];
    if (!m.negated || g === undefined || g.negated || CLAUSE_END.test(text.slice(m.end, g.start))) continue;
    if (stops.some((w) => w.start >= m.end && w.end <= g.start)) continue;
    if (lexicons.some((l) => matches(l.together, text, m.end, g.start).length > 0)) g.negated = true;
  }
}

/**
 * "At first they said they wanted to move them … for now just support": what a sentence says was
 * said at first (its mentions after those words) is background: it answers only what nothing
 * else in the message does, and then under its doubt.
 */
export function firstSaid(text: string, mentions: Array<StructuredMention & { background?: boolean }>, lexicons: readonly CompiledLexicon[]): void {
  for (const l of lexicons)
    for (const a of matches(l.atFirst, text)) {
      // "I assumed they bought it from 21Vianet, but it came from a local reseller": the contrast says what is.
      // A word touching what was assumed is none ("以为不过是EA", thought it was merely EA: 不过 is "merely").
      const but = matches(l.doubtContrast, text).find((c) => c.start > a.end);
      const end = Math.min(sentenceOf(text, a.end).end, but?.start ?? Infinity);
      for (const m of mentions) if (m.start >= a.end && m.end <= end) m.background = true;
    }
}

/**
 * The questions a word of no decision ("they haven't decided", «пока не решили», "还没决定",
 * "ainda não decidiram", "még nem döntöttek") leaves open: those its own sentence names ("move
 * or support, they haven't decided" is about the goal, not the channel corrected before it). Said
 * in a sentence that names nothing ("They ended the call without deciding."), it is about the
 * whole story told before it: every question. "Could be either" is about two options only (eitherScope.ts).
 */
export function undecidedQuestions(text: string, mentions: readonly StructuredMention[], undecidedWords: readonly Span[]): Set<QuestionId> {
  const open = new Set<QuestionId>();
  for (const u of undecidedWords) {
    if (isEither(text, u)) {
      for (const q of eitherQuestions(text, u, mentions)) open.add(q);
      continue;
    }
    const { start, end } = sentenceOf(text, u.start, u.end);
    const named = mentions.filter((m) => m.question !== undefined && !m.negated && m.start >= start && m.end <= end);
    for (const q of named.length > 0 ? named.flatMap((m) => [m.question!, ...m.implies.map(([i]) => i)]) : QUESTION_IDS) open.add(q);
  }
  return open;
}
