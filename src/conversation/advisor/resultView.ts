// The result of a case, in the user's language: the card's data, its plain-text fallback, the
// text with cited sources (Teams, Copilot) and the plain summary for a ticket. Every form says
// which edition of the policy answered and lists the links as its sources.
import { Catalog, format, formatDate } from '../../domain/textCatalog';
import { EditionId } from '../../domain/editions';
import { linkUrl } from '../../domain/links';
import { LocaleTag } from '../../domain/locales';
import { NOTE_DATES, NoteId, Outcome, Verdict } from '../../domain/outcomes';
import { Answers } from '../../domain/questions';
import type { ResultContent } from '../../domain/deploymentContent';
import type { PartnerSection } from '../../domain/overlay';
import { CitedResult, sourcesOf, withMarkers } from './citations';
import type { ActionKind } from '../../domain/actions';
import { CardView, answerFacts, commandLabels, labelled, lines, plain } from './viewText';

export const VERDICT_LOOK: Record<Verdict, { style: string; color: string; mark: string }> = {
  eligible: { style: 'good', color: 'Good', mark: '✅' },
  notYet: { style: 'warning', color: 'Warning', mark: '⏳' },
  notEligible: { style: 'attention', color: 'Attention', mark: '⛔' },
  notCovered: { style: 'accent', color: 'Accent', mark: '↪' },
  // A yes that needs the current partner's approval: not the plain green of `eligible`.
  transfer: { style: 'emphasis', color: 'Good', mark: '🔄' },
};

const NOTE_LOOK: Partial<Record<NoteId, { style: string; color: string }>> = {
  noResaleToCsp: { style: 'attention', color: 'Attention' },
  gdapSince2023: { style: 'emphasis', color: 'Accent' },
  gdapUsgov: { style: 'emphasis', color: 'Accent' },
  newCommerceTransfer: { style: 'emphasis', color: 'Accent' },
  changedAzureTransfer: { style: 'emphasis', color: 'Accent' },
  changedLicenseTransfer: { style: 'emphasis', color: 'Accent' },
  chinaUnverified: { style: 'warning', color: 'Warning' },
  usgovAdminAccess: { style: 'warning', color: 'Warning' },
  usgovTransfer: { style: 'warning', color: 'Warning' },
};
const PLAIN_NOTE = { style: 'default', color: 'Default' };

export function noteText(c: Catalog, id: NoteId, locale: LocaleTag): { title: string; text: string } {
  const date = NOTE_DATES[id];
  const vars: Record<string, string> = date ? { date: formatDate(date, locale) } : {};
  return { title: format(c.notes[id].title, vars), text: format(c.notes[id].text, vars) };
}

export interface OutcomeText {
  /** The verdict's title for this row where the verdict's own would mislead (G5: multi-partner, E12). */
  title?: string;
  summary: string;
  steps: string[];
}

/**
 * The row's summary and steps, in the words of the edition it shows, or of the row's variant for
 * these answers (`G1-usgov`): every row and variant has them (tested).
 */
export function outcomeText(c: Catalog, outcome: Pick<Outcome, 'row' | 'textOf' | 'variant'>): OutcomeText {
  const byEdition = c.outcomes as unknown as Record<EditionId, Partial<Record<string, OutcomeText>>>;
  const key = outcome.variant ? `${outcome.row}-${outcome.variant}` : outcome.row;
  const text = byEdition[outcome.textOf][key];
  if (!text) throw new Error(`No text for row ${key} of edition ${outcome.textOf}`);
  return text;
}

/** The verdict as the card titles it: the row's own title where it has one, else the verdict's. */
export function verdictTitle(c: Catalog, outcome: Pick<Outcome, 'row' | 'textOf' | 'variant' | 'verdict'>): string {
  return outcomeText(c, outcome).title ?? c.verdicts[outcome.verdict];
}

/**
 * "Microsoft policy as reviewed on 23 November 2026" (the row's own review date) / "… of 2020
 * (historical edition, …)", and "review due" when the row is older than the deployment allows.
 */
export function editionLine(c: Catalog, outcome: Pick<Outcome, 'edition' | 'reviewed'>, locale: LocaleTag, reviewDue = false): string {
  const line = format(c.result.edition[outcome.edition], { date: formatDate(outcome.reviewed, locale) });
  return reviewDue ? `${line} · ${c.result.reviewDue}` : line;
}

/** The reference an agent can quote ("Policy 2026-11 · situation G6"), explained in docs/policy.md. */
export function caseLabel(c: Catalog, outcome: Pick<Outcome, 'edition' | 'row'>): string {
  return format(c.result.caseLabel, { edition: outcome.edition, row: outcome.row });
}

interface ResultParts {
  summary: string;
  steps: { number: string; text: string }[];
  notes: { id: NoteId; title: string; text: string; style: string; color: string }[];
  edition: string;
  links: { id: string; title: string; url: string }[];
  facts: ReturnType<typeof answerFacts>;
  /** The partner's own section (CONTENT_OVERLAY), after Microsoft's words. */
  partner?: PartnerSection;
}

function resultParts(outcome: Outcome, answers: Answers, c: Catalog, locale: LocaleTag, content?: ResultContent): ResultParts {
  const text = outcomeText(c, outcome);
  const moved = content?.linkUrls;
  return {
    summary: text.summary,
    // A string: a lone binding keeps its type, and a TextBlock needs text.
    steps: text.steps.map((step, i) => ({ number: String(i + 1), text: step })),
    notes: outcome.notes.map((id) => ({ id, ...noteText(c, id, locale), ...(NOTE_LOOK[id] ?? PLAIN_NOTE) })),
    edition: editionLine(c, outcome, locale, content?.reviewDue),
    links: outcome.links.map((id) => ({ id, title: c.links[id], url: linkUrl(id, locale, moved?.[id]) })),
    facts: answerFacts(c, answers),
    ...(content?.partner ? { partner: content.partner } : {}),
  };
}

/** The partner's section as text lines: its name, steps, notes, links and contact line. */
function partnerLines(c: Catalog, p: PartnerSection | undefined): string[] {
  if (!p) return [];
  return [
    '',
    p.name,
    ...p.steps.map((step, i) => `${i + 1}. ${plain(step)}`),
    ...p.notes.map((n) => `- ${labelled(c, n.title, plain(n.text))}`),
    ...p.links.map((l) => `- ${labelled(c, l.title, l.url)}`),
    ...(p.contact ? [plain(p.contact)] : []),
  ];
}

/**
 * The result as plain text that needs no card, opening with `first` (the verdict and the summary,
 * or the summary alone; with citation markers where the host shows citations), then steps, notes,
 * the edition, the sources (`linkLines`, when they are listed as cited sources) and answers.
 */
function resultText(p: ResultParts, c: Catalog, first: string, linkLines?: readonly string[]): string {
  return lines(
    first,
    '',
    c.result.stepsHeading,
    ...p.steps.map((s) => `${s.number}. ${plain(s.text)}`),
    p.notes.length > 0 && '',
    p.notes.length > 0 && c.result.notesHeading,
    ...p.notes.map((n) => `- ${labelled(c, n.title, n.text)}`),
    ...partnerLines(c, p.partner),
    '',
    p.edition,
    c.result.linksHeading,
    ...(linkLines ?? p.links.map((l) => `- ${labelled(c, l.title, l.url)}`)),
    '',
    c.result.answersHeading,
    ...p.facts.map((f) => `- ${labelled(c, f.title, f.value)}`),
  );
}

/**
 * The result card. `interactive: false` leaves out the buttons: a card inserted into a chat by
 * the search extension belongs to no conversation with the bot.
 */
export function resultView(
  outcome: Outcome,
  answers: Answers,
  token: string,
  c: Catalog,
  locale: LocaleTag,
  options: { interactive?: boolean; content?: ResultContent; actions?: readonly ActionKind[] } = {},
): CardView {
  const look = VERDICT_LOOK[outcome.verdict];
  const verdictLabel = `${look.mark} ${verdictTitle(c, outcome)}`;
  const parts = resultParts(outcome, answers, c, locale, options.content);
  const { summary, steps, notes, edition, links, facts, partner } = parts;
  const reading = labelled(c, verdictTitle(c, outcome), summary);
  const fallbackText = resultText(parts, c, reading);
  const sources = sourcesOf(c, links);
  const sentence = withMarkers(reading, sources);
  // The links as cited sources: the same text with the markers, for hosts that show citations.
  const cited: CitedResult = {
    sentence,
    sources,
    text: resultText(
      parts,
      c,
      sentence,
      sources.map((s) => `- [${s.name}](${s.url}) [${s.position}]`),
    ),
  };
  return {
    card: 'result',
    fallbackText,
    cited,
    data: {
      fallbackText,
      verdict: outcome.verdict,
      verdictLabel,
      verdictStyle: look.style,
      verdictColor: look.color,
      summary,
      row: outcome.row,
      caseLabel: caseLabel(c, outcome),
      steps,
      notes,
      edition,
      // A row due for review: the edition line in the warning colour, with "review due" in its text.
      editionColor: options.content?.reviewDue ? 'Warning' : 'Default',
      policyEdition: outcome.edition,
      partner: partnerData(partner),
      links,
      answers: facts,
      token,
      interactive: options.interactive ?? true,
      // The Partner Center actions, first among the buttons: what the partner does next.
      partnerActions:
        (options.interactive ?? true)
          ? (options.actions ?? []).map((kind) => ({ kind, title: c.actions.names[kind], row: outcome.row, service: answers.service ?? '' }))
          : [],
      labels: {
        steps: c.result.stepsHeading,
        notes: c.result.notesHeading,
        links: c.result.linksHeading,
        answers: c.result.answersHeading,
        ...commandLabels(c),
      },
    },
  };
}

/**
 * The result as plain text for a ticket or a CRM note: a heading that names the verdict, then the
 * summary alone (the verdict is said once), steps, notes, the edition, sources and answers.
 */
export function summaryText(outcome: Outcome, answers: Answers, c: Catalog, locale: LocaleTag, content?: ResultContent): string {
  const heading = format(c.result.summaryHeading, { verdict: verdictTitle(c, outcome) });
  const parts = resultParts(outcome, answers, c, locale, content);
  return `${heading}\n\n${resultText(parts, c, parts.summary)}`;
}

/** The partner's section as the card binds it (`shown: false` leaves the section out). */
function partnerData(p: PartnerSection | undefined): Record<string, unknown> {
  if (!p) return { shown: false };
  return {
    shown: true,
    name: p.name,
    steps: p.steps.map((text, i) => ({ number: String(i + 1), text })),
    notes: p.notes,
    links: p.links.map((l, i) => ({ id: String(i + 1), ...l })),
    contact: p.contact ?? '',
  };
}
