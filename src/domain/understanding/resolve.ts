// How the values said for one question settle: the last said after any correction, one value an
// answer, two a conflict, a value said only under a doubt one to ask about (split from
// understand.ts, which finds and shapes the mentions).
import { Span } from './structure';

export interface Candidate {
  value: string;
  hedged: boolean;
  implied?: boolean;
  span: Span;
  epoch: number;
}

/** What was said last about a question: the answers after its latest correction. */
export function latest(list: readonly Candidate[]): Candidate[] {
  const last = Math.max(-1, ...list.map((c) => c.epoch));
  return list.filter((c) => c.epoch === last);
}

/** Every answer told, whenever and however surely said: the case was said to be left undecided. */
export function told(list: readonly Candidate[]): Candidate[] {
  return new Set(list.map((c) => c.value)).size > 1 ? list.map((c) => ({ ...c, epoch: 0, hedged: false })) : [...list];
}

export type Resolution = { kind: 'none'; hedged?: string } | { kind: 'answer'; value: string; span: Span } | { kind: 'conflict'; spans: Span[]; all: Span[] };

export function resolve(all: readonly Candidate[]): Resolution {
  const candidates = latest(all);
  const values = [...new Set(candidates.map((c) => c.value))];
  if (values.length > 1) return { kind: 'conflict', spans: values.map((v) => candidates.find((c) => c.value === v)!.span), all: candidates.map((c) => c.span) };
  const sure = candidates.find((c) => !c.hedged);
  // Nothing said surely: the one value said under a doubt (none when nothing was said) is to ask about.
  if (sure === undefined) return { kind: 'none', hedged: values[0] };
  return { kind: 'answer', value: sure.value, span: sure.span };
}
