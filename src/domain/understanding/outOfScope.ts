// A product the message sets outside its scope ("the Azure sub is out of scope", "另有 AZ PAYG 一个订阅
// （本次不处理）", «Azure в этот раз не трогаем», "o Azure fica fora do escopo", "az Azure nem tárgya
// a jegynek"): when the message names products of two kinds of service and every product so set
// aside is of one kind, the other kind is the case's, as after "only X" (`onlyService`).
import { compilePatterns } from './compile';
import { LEXICONS } from './lexicon';
import { StructuredMention, matches } from './structure';
import { sentenceOf } from './text';
import { structureWords } from './structureLists';

const OUT = structureWords('outOfScope');
/** A doubt in the sentence ("whether Azure is out of scope is still unclear", "not sure if…"): nothing is set aside. */
const DOUBT = compilePatterns(
  LEXICONS.flatMap((l) => [...(l.negation?.hedges ?? []), ...(l.negation?.doubtObjects ?? [])]),
  'structure.outOfScope doubts',
);
/** Between the product and the words setting it aside: at most three words of its clause ("sub is", "一个订阅（"), no other clause. */
const BETWEEN = /^ ?(?:[^ ,.?;:!]{1,12} ?){0,3}(?:, ?)?$/u;

export function servicesOutOfScope(text: string, mentions: StructuredMention[]): void {
  const services = mentions.filter((m) => m.question === 'service' && !m.negated);
  if (new Set(services.map((m) => m.option)).size < 2) return;
  const outs = matches(OUT, text).filter((o) => {
    const s = sentenceOf(text, o.start, o.end);
    return text[s.end] !== '?' && matches(DOUBT, text, s.start, s.end).length === 0;
  });
  if (outs.length === 0) return;
  const aside = services.filter((m) =>
    outs.some((o) => o.start >= m.end && BETWEEN.test(text.slice(m.end, o.start)) && !services.some((x) => x.start >= m.end && x.end <= o.start)),
  );
  const kinds = new Set(aside.map((m) => m.option));
  if (kinds.size !== 1) return;
  const [kind] = kinds;
  for (const m of services)
    if (m.option === kind) {
      m.question = undefined;
      m.implies = [];
    }
}
