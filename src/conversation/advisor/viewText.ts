// What every card view shares: the view's shape and the small text helpers (answers as facts,
// "Title: value" in the language's own punctuation, plain-text lines).
import { Catalog } from '../../domain/textCatalog';
import { Answers, QUESTION_IDS, QuestionId } from '../../domain/questions';
import { COMMAND_IDS } from '../../domain/reading';
import { CitedResult } from './citations';

export type CardKind = 'welcome' | 'question' | 'result' | 'change' | 'help' | 'language' | 'notice' | 'answered' | 'caseView';

export interface CardView {
  card: CardKind;
  /** Plain text for clients that cannot show cards (and for notifications). */
  fallbackText: string;
  data: Record<string, unknown>;
  /** A result's verdict with its sources cited (`[n]` markers), for hosts that show citations. */
  cited?: CitedResult;
}

export function optionLabel(c: Catalog, question: QuestionId, option: string): string {
  return (c.questions[question].options as Record<string, string>)[option] ?? option;
}

export function answerFacts(c: Catalog, answers: Answers): { title: string; value: string; question: QuestionId }[] {
  return QUESTION_IDS.flatMap((q) => {
    const value = answers[q];
    return value === undefined ? [] : [{ question: q, title: c.questions[q].name, value: optionLabel(c, q, value) }];
  });
}

export function commandLabels(c: Catalog): Record<string, string> {
  return Object.fromEntries(COMMAND_IDS.map((id) => [id, c.commands[id].label]));
}

/** Joins the lines that are present; an empty string stays as a blank separator line. */
export function lines(...parts: (string | undefined | false)[]): string {
  return parts.filter((p): p is string => typeof p === 'string').join('\n');
}

/** Markdown emphasis reads as noise in plain text. */
export function plain(text: string): string {
  return text.replace(/\*\*/g, '');
}

/** "Title: value" with the language's own separator (a full-width colon in Chinese). */
export function labelled(c: Catalog, title: string, value: string): string {
  return `${title}${c.separators.label}${value}`;
}
