// What each card shows, with every string resolved for the user's locale. Pure data: the
// templates in cards/ only lay it out, and tests can inspect it without rendering. The result's
// view is in resultView.ts, the helpers every view shares in viewText.ts.
import { Catalog, format } from '../../domain/textCatalog';
import { LocaleTag } from '../../domain/locales';
import { Answers, QUESTION_IDS, QuestionId, optionsFor } from '../../domain/questions';
import { availableLocales, readingCatalogFor } from '../../domain/textCatalog';
import { COMMAND_IDS } from '../../domain/reading';
import { Reply, Retry } from './flow';
import { VERDICT_LOOK, outcomeText, resultView, summaryText, verdictTitle } from './resultView';
import { CardView, answerFacts, commandLabels, labelled, lines, optionLabel, plain } from './viewText';
import { aboutResultText } from './resultQuestions';

export type { CardKind, CardView } from './viewText';

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
        : reply.notice === 'clarify' && reply.said !== undefined && reply.said.length > 0
          ? saidText(c, reply.question, reply.said, reply.answers)
          : reply.notice === 'confirm'
            ? confirmText(c, reply.question, reply.guess)
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
      // A value the message said under a doubt: a yes takes it (the choices stay for any other).
      confirm: reply.notice === 'confirm' ? (reply.guess ?? '') : '',
      canGoBack: reply.canGoBack,
      labels: { submit: c.question.submit, yes: c.question.yes, ...commandLabels(c) },
    },
  };
}

function noticeText(c: Catalog, notice: Exclude<NonNullable<Extract<Reply, { kind: 'question' }>['notice']>, 'understood' | 'retry' | 'confirm'>): string {
  if (notice === 'restarted') return c.messages.restarted;
  if (notice === 'greeting') return c.greeting.reply;
  return c.question[notice];
}

/**
 * The short question after a message that said two answers to one question ("You said “EA” and
 * “Open Value”: which one is right?"), or a channel the chosen Partner Center does not offer.
 */
function saidText(c: Catalog, question: QuestionId, said: readonly string[], answers: Answers): string {
  const words = said.map(quoted);
  if (words.length === 2) return format(c.question.clarifyWhich, { first: words[0]!, second: words[1]! });
  if (words.length === 1 && question === 'channel' && answers.cloud)
    return format(c.retry.notOffered, { words: words[0]!, cloud: optionLabel(c, 'cloud', answers.cloud) });
  // One word read as two answers ("T2" is either indirect role).
  if (words.length === 1) return format(c.question.clarifyOne, { words: words[0]! });
  return c.question.clarify;
}

/**
 * The short question after a message that named one answer under a doubt ("probably EA, not
 * sure"): the option in the card's own words, to confirm with a yes or to pick another.
 */
function confirmText(c: Catalog, question: QuestionId, guess: string | undefined): string {
  return guess === undefined ? c.question.clarify : format(c.question.confirm, { option: optionLabel(c, question, guess) });
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
      return resultView(reply.outcome, reply.answers, reply.token, c, locale, {
        ...(reply.content ? { content: reply.content } : {}),
        ...(reply.actions ? { actions: reply.actions } : {}),
      });
    case 'summaryText':
      // Text in the chat's own font, its links clickable (not a code block): each line ends in a
      // Markdown hard break, so hosts that join single line breaks (Web Chat) keep the lines.
      return { text: hardBreaks(summaryText(reply.outcome, reply.answers, c, locale, reply.content)) };
    case 'aboutResult':
      return { text: hardBreaks(aboutResultText(reply, c, locale)) };
    case 'resultKept':
      return { text: format(c.aboutResult.other, { restart: c.commands.restart.phrases[0] ?? '' }) };
    case 'newCaseStarted': {
      const text = c.aboutResult.newCase;
      const actions = [{ title: c.aboutResult.backToResult, command: 'back', token: reply.token }];
      return { card: 'notice', fallbackText: text, data: { fallbackText: text, kind: 'newCase', text, actions } };
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
      // My cases is the host's command (src/hosting/cases), sign out the actions' (src/hosting/actions):
      // both offered only where the actions are on.
      if (reply.myCases) {
        commands.push({ word: c.myCases.command.phrases[0] ?? '', description: c.myCases.command.description });
        commands.push({ word: c.teamCases.command.phrases[0] ?? '', description: c.teamCases.command.description });
        commands.push({ word: c.actions.signOutCommand.phrases[0] ?? '', description: c.actions.signOutCommand.description });
      }
      const fallbackText = lines(c.help.title, c.help.body, c.help.commandsHeading, ...commands.map((k) => `- ${labelled(c, k.word, k.description)}`));
      const myCases = reply.myCases ? c.myCases.command.label : '';
      const teamCases = reply.myCases ? c.teamCases.command.label : '';
      return { card: 'help', fallbackText, data: { fallbackText, ...c.help, commands, labels: { ...labels, myCases, teamCases } } };
    }
    case 'language': {
      const choices = availableLocales().map((tag) => ({ value: tag, title: readingCatalogFor(tag).language.name }));
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
    case 'hello':
      return { text: c.greeting.start };
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
  const verdictLabel = outcome && look ? `${look.mark} ${verdictTitle(c, outcome)}` : '';
  const summary = outcome ? outcomeText(c, outcome).summary : '';
  const fallbackText = lines(
    checking,
    outcome && labelled(c, verdictTitle(c, outcome), summary),
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
      hint: reply.typed ? c.caseView.typedHint : c.caseView.hint,
      own: c.caseView.own,
      ownCaseUrl: reply.ownCaseUrl ?? '',
    },
  };
}

/** A display name inside our sentence: plain words, nothing a Markdown host would act on, not overly long. */
function quotedName(name: string): string {
  return quoted(name).slice(0, 80);
}

/** Plain lines as Markdown that keeps them: two spaces before each line break inside a paragraph. */
function hardBreaks(text: string): string {
  return text.replace(/([^\n])\n(?=[^\n])/g, '$1  \n');
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
