// Where words quoted inline go among a thread's parts, and where a reply answering the part before
// it goes (split from thread.ts, at its size limit).

/** A thread's parts, newest first, with the inline quotations among them, the lines quoted with ">" and the quotations' days. */
export interface ThreadParts {
  parts: string[];
  subject?: string | undefined;
  quoted?: string[];
  /** The parts quoted with ">": older messages of the thread. */
  oldest?: string[];
  /** A quotation's day, as the two numbers of its date ("28.11", "11/23"), when the words before it on its line give one. */
  days?: Record<string, readonly [number, number]>;
}

/** The date on a quotation's line before it ("Верхнее, от клиента 28.11: «…»", "older one, 11/23: "…""). */
export function dayBefore(text: string, at: number): readonly [number, number] | undefined {
  const line = text.slice(text.lastIndexOf('\n', at - 1) + 1, at);
  const m = /(?<![\d./])(\d{1,2})[./](\d{1,2})(?![\d/]|\.\d)/u.exec(line);
  return m === null ? namedMonthDay(line) : [Number(m[1]), Number(m[2])];
}

/** Months by their names and the short forms written with a dot, in the five languages' Latin scripts ("nov.", "márc.", "Sept.", "dez."). */
const MONTHS = [
  ['jan', 'january', 'január', 'janeiro'],
  ['feb', 'febr', 'fev', 'february', 'február', 'fevereiro'],
  ['mar', 'márc', 'march', 'március', 'março'],
  ['apr', 'ápr', 'abr', 'april', 'április', 'abril'],
  ['máj', 'may', 'május', 'maio'],
  ['jun', 'jún', 'june', 'június', 'junho'],
  ['jul', 'júl', 'july', 'július', 'julho'],
  ['aug', 'ago', 'august', 'augusztus', 'agosto'],
  ['sep', 'sept', 'szept', 'set', 'september', 'szeptember', 'setembro'],
  ['oct', 'okt', 'out', 'october', 'október', 'outubro'],
  ['nov', 'november', 'novembro'],
  ['dec', 'dez', 'december', 'dezembro'],
];
const NAMED_DAY = /(?<!\p{L})(\p{L}{3,10})(\.?) (\d{1,2})(?!\d)/gu;

/**
 * A date written with its month's name first ("[nov. 12.] Ügyfél: „…”", "November 14 – client: "…""),
 * as a date written month first. A short form needs its dot: "set 3" or "mai 2" is no date.
 */
function namedMonthDay(line: string): readonly [number, number] | undefined {
  for (const m of line.matchAll(NAMED_DAY)) {
    const name = m[1]!.toLowerCase();
    const month = MONTHS.findIndex((names) => names.includes(name)) + 1;
    if (month > 0 && (m[2] === '.' || name.length > 4)) return [month, Number(m[3])];
  }
  return undefined;
}

/**
 * Newer of two days, written day first or month first: the number they share is the month, the
 * other decides (28.11 over 23.11, 11/28 over 11/23). With none shared, the order is not known: 0.
 */
function newer(a: readonly [number, number], b: readonly [number, number]): number {
  if (a[0] === b[0]) return b[1] - a[1];
  return a[1] === b[1] ? b[0] - a[0] : 0;
}

/**
 * A thread's parts with one more quotation, `words`, written before those already found. The
 * quotations are older than the message around them but newer than the lines it quotes with ">"
 * ('Latest: "they changed their mind…"' over '> (old mail) "support only"'). Among themselves the
 * one written last is the newest, unless two have dates and the dates say otherwise ("top, 28.11:
 * «…»" over "below, 23.11: «…»").
 */
export function withQuote(own: ThreadParts, words: string, day: readonly [number, number] | undefined): ThreadParts {
  const oldest = own.oldest ?? [];
  const quoted = [...(own.quoted ?? []), words];
  const days = { ...own.days, ...(day === undefined ? {} : { [words]: day }) };
  const plain = own.parts.filter((p) => !oldest.includes(p) && !quoted.includes(p));
  // The dated ones are put in order in the places they hold; a quotation with no date (a name in quotes) stays where it is.
  const dated = quoted.filter((q) => days[q] !== undefined).sort((a, b) => newer(days[a]!, days[b]!));
  const quotes = quoted.map((q) => (days[q] === undefined ? q : dated.shift()!));
  return { ...own, parts: [...plain, ...quotes, ...oldest], quoted, days };
}

/**
 * A reply that opens with a reference to one of two options ("the latter.", «последнее»,
 * "后者。", "o primeiro", "az utóbbi") answers the question of the part just older than it ("EA
 * or Advisor?"): it is read after that question, so the reference keeps the option it names.
 */
export function answeredQuestions(parts: readonly string[], opensWithReference: (part: string) => boolean): string[] {
  return parts.map((p, i) => (i + 1 < parts.length && opensWithReference(p) ? `${parts[i + 1]!}\n${p}` : p));
}
