// What each card shows, with every string resolved for the user's locale. Pure data: the
// templates in cards/ only lay it out, and tests can inspect it without rendering.
import { Catalog, format, formatDate } from '../domain/content';
import { linkUrl } from '../domain/links';
import { LocaleTag } from '../domain/locales';
import { NOTE_DATES, NoteId, Outcome, Verdict } from '../domain/outcomes';
import { Answers, QUESTION_IDS, QuestionId, optionsFor } from '../domain/questions';
import { catalogFor, availableLocales } from '../domain/content';
import { COMMAND_IDS } from '../domain/reading';
import { Reply, Retry } from './flow';
import { CitedResult, sourcesOf, withMarkers } from './citations';

export type CardKind = 'welcome' | 'question' | 'result' | 'change' | 'help' | 'language' | 'notice' | 'answered' | 'caseView';

export interface CardView {
  card: CardKind;
  /** Plain text for clients that cannot show cards (and for notifications). */
  fallbackText: string;
  data: Record<string, unknown>;
  /** A result's verdict with its sources cited (`[n]` markers), for hosts that show citations. */
  cited?: CitedResult;
}

const VERDICT_LOOK: Record<Verdict, { style: string; color: string; mark: string }> = {
  eligible: { style: 'good', color: 'Good', mark: '✅' },
  notYet: { style: 'warning', color: 'Warning', mark: '⏳' },
  notEligible: { style: 'attention', color: 'Attention', mark: '⛔' },
  notCovered: { style: 'accent', color: 'Accent', mark: '↪' },
};

const NOTE_LOOK: Partial<Record<NoteId, { style: string; color: string }>> = {
  noResaleToCsp: { style: 'attention', color: 'Attention' },
  gdapSince2023: { style: 'emphasis', color: 'Accent' },
  gdapUsgov: { style: 'emphasis', color: 'Accent' },
  newCommerceTransfer: { style: 'emphasis', color: 'Accent' },
};

function optionLabel(c: Catalog, question: QuestionId, option: string): string {
  return (c.questions[question].options as Record<string, string>)[option] ?? option;
}

export function answerFacts(c: Catalog, answers: Answers): { title: string; value: string; question: QuestionId }[] {
  return QUESTION_IDS.flatMap((q) => {
    const value = answers[q];
    return value === undefined ? [] : [{ question: q, title: c.questions[q].name, value: optionLabel(c, q, value) }];
  });
}

function commandLabels(c: Catalog): Record<string, string> {
  return Object.fromEntries(COMMAND_IDS.map((id) => [id, c.commands[id].label]));
}

/** Joins the lines that are present; an empty string stays as a blank separator line. */
function lines(...parts: (string | undefined | false)[]): string {
  return parts.filter((p): p is string => typeof p === 'string').join('\n');
}

/** Markdown emphasis reads as noise in plain text. */
function plain(text: string): string {
  return text.replace(/\*\*/g, '');
}

export function noteText(c: Catalog, id: NoteId, locale: LocaleTag): { title: string; text: string } {
  const date = NOTE_DATES[id];
  const vars: Record<string, string> = date ? { date: formatDate(date, locale) } : {};
  return { title: format(c.notes[id].title, vars), text: format(c.notes[id].text, vars) };
}

/**
 * The result card. `interactive: false` leaves out the buttons: a card inserted into a chat by
 * the search extension belongs to no conversation with the bot.
 */
/** "Title: value" with the language's own separator (a full-width colon in Chinese). */
export function labelled(c: Catalog, title: string, value: string): string {
  return `${title}${c.separators.label}${value}`;
}

interface ResultParts {
  summary: string;
  steps: { number: string; text: string }[];
  notes: { id: NoteId; title: string; text: string; style: string; color: string }[];
  links: { id: string; title: string; url: string }[];
  facts: ReturnType<typeof answerFacts>;
}

function resultParts(outcome: Outcome, answers: Answers, c: Catalog, locale: LocaleTag): ResultParts {
  return {
    summary: c.outcomes[outcome.row].summary,
    // A string: a lone binding keeps its type, and a TextBlock needs text.
    steps: c.outcomes[outcome.row].steps.map((text, i) => ({ number: String(i + 1), text })),
    notes: outcome.notes.map((id) => ({ id, ...noteText(c, id, locale), ...(NOTE_LOOK[id] ?? { style: 'default', color: 'Default' }) })),
    links: outcome.links.map((id) => ({ id, title: c.links[id], url: linkUrl(id, locale) })),
    facts: answerFacts(c, answers),
  };
}

/**
 * The result as plain text that needs no card, opening with `first` (the verdict and the summary,
 * or the summary alone; with citation markers where the host shows citations), then steps, notes,
 * links (`linkLines`, when the links are listed as cited sources) and answers.
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
    '',
    c.result.linksHeading,
    ...(linkLines ?? p.links.map((l) => `- ${labelled(c, l.title, l.url)}`)),
    '',
    c.result.answersHeading,
    ...p.facts.map((f) => `- ${labelled(c, f.title, f.value)}`),
  );
}

export function resultView(
  outcome: Outcome,
  answers: Answers,
  token: string,
  c: Catalog,
  locale: LocaleTag,
  options: { interactive?: boolean } = {},
): CardView {
  const look = VERDICT_LOOK[outcome.verdict];
  const verdictLabel = `${look.mark} ${c.verdicts[outcome.verdict]}`;
  const parts = resultParts(outcome, answers, c, locale);
  const { summary, steps, notes, links, facts } = parts;
  const reading = labelled(c, c.verdicts[outcome.verdict], summary);
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
      caseLabel: format(c.result.caseLabel, { row: outcome.row }),
      steps,
      notes,
      links,
      answers: facts,
      token,
      interactive: options.interactive ?? true,
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

export function questionView(reply: Extract<Reply, { kind: 'question' }>, c: Catalog): CardView {
  const q = c.questions[reply.question];
  const options = optionsFor(reply.question, reply.answers) as readonly string[];
  // Numbered for typing ("2"); "1 ·" rather than "1." so that hosts rendering Markdown in choice
  // titles (Web Chat) do not turn each choice into a one-item list.
  const choices = options.map((value, i) => ({ value, title: `${i + 1} · ${optionLabel(c, reply.question, value)}` }));
  const notice =
    reply.notice === 'understood'
      ? understoodText(c, reply.understood ?? {})
      : reply.notice === 'retry'
        ? retryText(c, reply.retry ?? { count: 1, mismatches: [] }, reply.question, reply.answers)
        : reply.notice
          ? noticeText(c, reply.notice)
          : '';
  const progress = format(c.question.progress, { current: reply.position, total: reply.total });
  const fallbackText = lines(notice || undefined, labelled(c, progress, q.prompt), ...choices.map((ch) => ch.title), c.question.hint);
  return {
    card: 'question',
    fallbackText,
    data: {
      fallbackText,
      question: reply.question,
      token: reply.token,
      progress,
      notice,
      prompt: q.prompt,
      // The input's own label (read out by screen readers with the choices): the answer's name.
      label: q.name,
      hint: c.question.hint,
      requiredMessage: c.question.required,
      selected: reply.selected ?? '',
      choices,
      // A re-prompt after answers that did not fit lists the numbered options in its notice too.
      retryChoices: reply.notice === 'retry' ? choices.map((ch) => ({ text: ch.title })) : [],
      canGoBack: reply.canGoBack,
      labels: { submit: c.question.submit, ...commandLabels(c) },
    },
  };
}

function noticeText(c: Catalog, notice: Exclude<NonNullable<Extract<Reply, { kind: 'question' }>['notice']>, 'understood' | 'retry'>): string {
  if (notice === 'restarted') return c.messages.restarted;
  if (notice === 'greeting') return c.greeting.reply;
  return c.question[notice];
}

/** "Bought through: EA; Service: Usage-based", with the language's own separator. */
export function listAnswers(c: Catalog, answers: Answers): string {
  return answerFacts(c, answers)
    .map((f) => labelled(c, f.title, f.value))
    .join(c.separators.group);
}

/** "From your message: Bought through: EA; Service: Usage-based." in the user's language. */
function understoodText(c: Catalog, answers: Answers): string {
  return format(c.question.understood, { answers: listAnswers(c, answers) });
}

/** The user's words inside a sentence of ours, without anything a Markdown host would act on. */
function quoted(words: string): string {
  return words
    .replace(/[\\`*_~[\]<>#|]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The re-prompt after a typed answer that did not fit: what was understood and why it does not
 * fit this question, how many answers in a row did not (from the second on), and the options.
 */
function retryText(c: Catalog, retry: Retry, question: QuestionId, answers: Answers): string {
  const reasons = retry.mismatches.flatMap((m) => {
    const words = quoted(m.words);
    if (words.length === 0) return [];
    if (m.question === question) {
      // Only the channel's options depend on an earlier answer (the Partner Center).
      return question === 'channel' && answers.cloud ? [format(c.retry.notOffered, { words, cloud: optionLabel(c, 'cloud', answers.cloud) })] : [];
    }
    const answer = answers[m.question];
    if (answer === undefined) return [];
    // "An earlier question" only when it comes before this one; "Azure" typed at the channel
    // question answers the service, which is asked after it.
    const earlier = QUESTION_IDS.indexOf(m.question) < QUESTION_IDS.indexOf(question);
    return [
      format(earlier ? c.retry.answered : c.retry.answeredOther, {
        words,
        question: c.questions[m.question].name,
        answer: optionLabel(c, m.question, answer),
        change: c.commands.change.phrases[0] ?? '',
      }),
    ];
  });
  const parts = [...reasons, retry.count > 1 ? format(c.retry.count, { count: retry.count }) : undefined, c.retry.options];
  // Sentences follow one another after a space, but straight after Chinese full-width punctuation.
  return parts
    .filter((t) => t !== undefined)
    .join(' ')
    .replace(/([。；：！？）]) /g, '$1');
}

export function answeredView(question: QuestionId, option: string, c: Catalog): CardView {
  const prompt = c.questions[question].prompt;
  const answer = optionLabel(c, question, option);
  return { card: 'answered', fallbackText: `${prompt} ${answer}`, data: { fallbackText: `${prompt} ${answer}`, question, prompt, answer } };
}

/**
 * The result as plain text for a ticket or a CRM note: a heading that names the verdict, then the
 * summary alone (the verdict is said once), steps, notes, links and answers.
 */
export function summaryText(outcome: Outcome, answers: Answers, c: Catalog, locale: LocaleTag): string {
  const heading = format(c.result.summaryHeading, { verdict: c.verdicts[outcome.verdict] });
  const body = resultText(resultParts(outcome, answers, c, locale), c, c.outcomes[outcome.row].summary);
  return `${heading}\n\n${body}`;
}

/** The view of one reply in the user's language, or plain text where no card is needed. */
export function viewOf(reply: Reply, c: Catalog, locale: LocaleTag): CardView | { text: string } {
  const labels = commandLabels(c);
  switch (reply.kind) {
    case 'welcome': {
      const fallbackText = lines(c.welcome.title, c.welcome.intro, plain(c.welcome.howTo));
      return { card: 'welcome', fallbackText, data: { fallbackText, ...c.welcome, labels } };
    }
    case 'question':
      return questionView(reply, c);
    case 'result':
      return resultView(reply.outcome, reply.answers, reply.token, c, locale);
    case 'summaryText': {
      // A code block: Teams and Web Chat show it with its line breaks (Web Chat's page wraps long
      // lines), and Teams adds a copy button.
      return { text: `\`\`\`\n${summaryText(reply.outcome, reply.answers, c, locale)}\n\`\`\`` };
    }
    case 'change': {
      const choices = answerFacts(c, reply.answers).map((f) => ({ value: f.question, title: labelled(c, f.title, f.value) }));
      const fallbackText = lines(c.change.title, ...choices.map((ch, i) => `${i + 1}. ${ch.title}`));
      return {
        card: 'change',
        fallbackText,
        data: {
          fallbackText,
          title: c.change.title,
          label: c.result.answersHeading,
          requiredMessage: c.question.required,
          choices,
          token: reply.token,
          labels: { submit: c.change.submit, ...labels },
        },
      };
    }
    case 'help': {
      const commands = COMMAND_IDS.map((id) => ({ word: c.commands[id].phrases[0] ?? id, description: c.commands[id].description }));
      const fallbackText = lines(c.help.title, c.help.body, c.help.commandsHeading, ...commands.map((k) => `- ${labelled(c, k.word, k.description)}`));
      return { card: 'help', fallbackText, data: { fallbackText, ...c.help, commands, labels } };
    }
    case 'language': {
      const choices = availableLocales().map((tag) => ({ value: tag, title: catalogFor(tag).language.name }));
      const fallbackText = lines(c.language.pickerTitle, ...choices.map((ch) => `- ${ch.title}`));
      return {
        card: 'language',
        fallbackText,
        data: {
          fallbackText,
          title: c.language.pickerTitle,
          label: c.commands.language.label,
          hint: c.language.pickerHint,
          current: reply.current,
          choices,
          labels: { submit: c.language.pickerSubmit },
        },
      };
    }
    case 'languageChanged':
      return { text: c.language.changed };
    case 'closed': {
      const text = reply.notice === 'stale' ? c.question.stale : c.messages.cancelled;
      const actions = [{ title: c.messages.startAgain, command: 'restart', token: reply.token }];
      return { card: 'notice', fallbackText: text, data: { fallbackText: text, kind: reply.notice ?? 'closed', text, actions } };
    }
    case 'caseView':
      return caseView(reply, c);
    case 'earlier': {
      const text = c.caseView.earlier;
      return { card: 'notice', fallbackText: text, data: { fallbackText: text, kind: 'earlier', text, actions: [] } };
    }
    case 'resultStanding': {
      const text = c.question.stale;
      const actions = [
        { title: labels.restart, command: 'restart', token: reply.token },
        { title: labels.change, command: 'change', token: reply.token },
      ];
      return { card: 'notice', fallbackText: text, data: { fallbackText: text, kind: 'stale', text, actions } };
    }
  }
}

/**
 * Someone else's case, read-only: who is checking it, what is answered so far and the verdict
 * once reached, and (where the host gives one) a link to a case of the viewer's own.
 */
function caseView(reply: Extract<Reply, { kind: 'caseView' }>, c: Catalog): CardView {
  const checking = reply.askerName ? format(c.caseView.checking, { name: quotedName(reply.askerName) }) : c.caseView.checkingSomeone;
  const facts = answerFacts(c, reply.answers);
  const outcome = reply.outcome;
  const look = outcome ? VERDICT_LOOK[outcome.verdict] : undefined;
  const verdictLabel = outcome && look ? `${look.mark} ${c.verdicts[outcome.verdict]}` : '';
  const summary = outcome ? c.outcomes[outcome.row].summary : '';
  const fallbackText = lines(
    checking,
    outcome && labelled(c, c.verdicts[outcome.verdict], summary),
    c.caseView.answersHeading,
    ...(facts.length > 0 ? facts.map((f) => `- ${labelled(c, f.title, f.value)}`) : [c.caseView.nothingYet]),
  );
  return {
    card: 'caseView',
    fallbackText,
    data: {
      fallbackText,
      checking,
      verdict: outcome?.verdict ?? '',
      verdictLabel,
      verdictStyle: look?.style ?? 'default',
      verdictColor: look?.color ?? 'Default',
      summary,
      answersHeading: c.caseView.answersHeading,
      nothingYet: c.caseView.nothingYet,
      answers: facts,
      hint: c.caseView.hint,
      own: c.caseView.own,
      ownCaseUrl: reply.ownCaseUrl ?? '',
    },
  };
}

/** A display name inside our sentence: plain words, nothing a Markdown host would act on, not overly long. */
function quotedName(name: string): string {
  return quoted(name).slice(0, 80);
}

/** The friendly message after an unexpected failure, in the user's language. */
export function errorView(c: Catalog): CardView {
  const text = c.messages.error;
  return {
    card: 'notice',
    fallbackText: text,
    data: { fallbackText: text, kind: 'error', text, actions: [{ title: c.messages.startAgain, command: 'restart', token: '' }] },
  };
}
