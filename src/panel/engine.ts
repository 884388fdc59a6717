// The advisor as the side panel's page runs it: the same flow, flow context, view models, cards
// and reply cache as the bot, in the browser. Nothing here touches the DOM or the network, so the
// parity test runs this very module (bundled as the page gets it) next to the bot in Node.
import { LocaleTag } from '../domain/locales';
import { Answers } from '../domain/questions';
import { DEFAULT_EDITION, EditionId } from '../domain/editions';
import { OutcomeRow, Verdict } from '../domain/outcomes';
import { catalogFor } from '../domain/textCatalog';
import { AdvisorState, FlowContext, FlowInput, FlowResult, Reply, currentView, handleTurn } from '../conversation/advisor/flow';
import { flowContextFor } from '../conversation/advisor/flowContext';
import { renderReply } from '../conversation/cards/replyCardCache';
import { forChannel } from '../conversation/cards/channelFeatures';
import { CardKind } from '../conversation/advisor/viewModels';
import { summaryText } from '../conversation/advisor/resultView';
import { AdaptiveCard } from '../conversation/cards/cards';
import { typedText } from '../conversation/advisor/typedInput';
import { understand } from '../domain/understanding';
import type { DeploymentContent } from '../domain/deploymentContent';
import { addTexts, textsSettled, textsUnavailable } from './pageCatalogs';
import { ReaderNotLoaded, readerSettled, readerUnavailable } from './readerSlot';

/**
 * The page renders cards as a channel without message updates does, and handles their
 * Action.Submit clicks itself: the standard form (no Teams-only card extensions).
 */
const PANEL_CHANNEL: string | undefined = undefined;

export type PanelReply =
  | { kind: CardKind; card: AdaptiveCard; fallbackText: string }
  /** Plain text; `copy` is set on the summary: the text to put on the clipboard. */
  | { text: string; copy?: string };

export interface PanelTurn {
  /** What the flow answered, in order. */
  replies: PanelReply[];
  /** The language the replies are in (a language picked on a card changes it). */
  locale: LocaleTag;
  /** Set when a result is shown. */
  verdict?: Verdict;
  row?: OutcomeRow;
}

/**
 * A call that could not be answered yet: the texts of `locale` must come first (addTexts, or
 * textsUnavailable when they cannot), then the same call again. Nothing of the call was kept.
 */
export interface TextsNeeded {
  needsTexts: LocaleTag;
}

/**
 * A call that could not be answered yet: it needs the free-text reader, which the page fetches
 * once its first card is up (reader.js, readerSlot.ts). Load it (or call readerUnavailable when it
 * cannot come), then make the same call again. Nothing of the call was kept.
 */
export interface ReaderNeeded {
  needsReader: true;
}

/** What a call answers: a turn, or what must come before it can be answered. */
export type PanelAnswer = PanelTurn | TextsNeeded | ReaderNeeded;

export interface PanelEngineOptions {
  locale: LocaleTag;
  /** Answers the deployment fixes (PRESET_CLOUD), as the bot has them. */
  preset?: Answers;
  /** The deployment's edition of the policy, as the bot has it (absent: the one in force). */
  edition?: EditionId;
  /** The partner's overlay and the rows due for review, as the bot has them (the page fetches them). */
  content?: DeploymentContent;
  newConsultationId: () => string;
}

export class PanelEngine {
  private state: AdvisorState | undefined;
  private ctx: FlowContext;
  /** Whether `ctx` was made with its language's texts at hand (else it is made again once they are). */
  private ctxSettled = false;
  private readonly preset: Answers;
  private content: DeploymentContent | undefined;

  constructor(private readonly options: PanelEngineOptions) {
    this.preset = options.preset ?? {};
    this.content = options.content;
    this.ctx = this.contextFor(options.locale);
  }

  get locale(): LocaleTag {
    return this.ctx.locale;
  }

  /** The page opened: the first question (or the case in progress). */
  start(): PanelAnswer {
    return this.run({ kind: 'start' });
  }

  /** Text typed in the sentence box, read exactly as the bot reads a chat message. */
  say(raw: string): PanelAnswer {
    return this.run({ kind: 'text', text: typedText(raw) });
  }

  /** A card's Action.Submit: its data with the card's input values, as a channel sends it. */
  submit(data: unknown): PanelAnswer {
    return this.run({ kind: 'submit', data });
  }

  /**
   * Runs the reader once on a few words, so the browser compiles its patterns (the lexicons of
   * every language) while the agent reads the first question, not when the first sentence comes.
   * It changes nothing; before the reader is in, it does nothing.
   */
  prepare(): void {
    try {
      understand('EA Azure CSP');
    } catch (error) {
      if (!(error instanceof ReaderNotLoaded)) throw error;
    }
  }

  /** Whether the reader is in (or known not to come): a turn then never answers ReaderNeeded. */
  get readerSettled(): boolean {
    return readerSettled();
  }

  /** The reader's file could not be fetched: typed text then states nothing and the cards ask. */
  readerUnavailable(): void {
    readerUnavailable();
  }

  /** Where the case stands, in another language: for a language or theme change in the host. */
  switchLocale(locale: LocaleTag): PanelAnswer | undefined {
    if (!textsSettled(locale)) return { needsTexts: locale };
    if (locale !== this.ctx.locale || !this.ctxSettled) this.ctx = this.contextFor(locale);
    return this.state ? this.present([currentView(this.state, this.ctx)]) : undefined;
  }

  /** The deployment's content arrived (or changed): the case so far shown with it. */
  setContent(content: DeploymentContent | undefined): PanelAnswer | undefined {
    this.content = content;
    if (!textsSettled(this.ctx.locale)) return { needsTexts: this.ctx.locale };
    this.ctx = this.contextFor(this.ctx.locale);
    return this.state ? this.present([currentView(this.state, this.ctx)]) : undefined;
  }

  /** A language's texts, as the page fetched them; false (and that language shown in English) when they are not what they should be. */
  addTexts(locale: LocaleTag, texts: unknown): boolean {
    return addTexts(locale, texts);
  }

  /** A language's texts could not be fetched: it is shown in English. */
  textsUnavailable(locale: LocaleTag): void {
    textsUnavailable(locale);
  }

  private contextFor(locale: LocaleTag): FlowContext {
    this.ctxSettled = textsSettled(locale);
    // A personal conversation: the panel belongs to one agent.
    return flowContextFor({
      locale,
      edition: this.options.edition ?? DEFAULT_EDITION,
      preset: this.preset,
      shared: false,
      newConsultationId: this.options.newConsultationId,
      ...(this.content ? { content: this.content } : {}),
    });
  }

  private run(input: FlowInput): PanelAnswer {
    if (!textsSettled(this.ctx.locale)) return { needsTexts: this.ctx.locale };
    if (!this.ctxSettled) this.ctx = this.contextFor(this.ctx.locale);
    let result: FlowResult;
    try {
      result = handleTurn(this.state, input, this.ctx);
    } catch (error) {
      // A turn that reads typed text before the reader is in: run again once it is.
      if (error instanceof ReaderNotLoaded) return { needsReader: true };
      throw error;
    }
    const locale = result.locale ?? this.ctx.locale;
    // A turn into a language whose texts are not here yet is run again once they are: the flow is
    // a pure function of the state, which stays as it was.
    if (!textsSettled(locale)) return { needsTexts: locale };
    this.state = result.state;
    if (locale !== this.ctx.locale) this.ctx = this.contextFor(locale);
    return this.present(result.replies);
  }

  private present(replies: readonly Reply[]): PanelTurn {
    const locale = this.ctx.locale;
    const turn: PanelTurn = { replies: replies.map((r) => presentReply(r, locale)), locale };
    const result = replies.find((r) => r.kind === 'result');
    if (result && result.kind === 'result') {
      turn.verdict = result.outcome.verdict;
      turn.row = result.outcome.row;
    }
    return turn;
  }
}

function presentReply(reply: Reply, locale: LocaleTag): PanelReply {
  const shown = renderReply(reply, locale);
  if ('text' in shown) {
    return reply.kind === 'summaryText'
      ? { text: shown.text, copy: summaryText(reply.outcome, reply.answers, catalogFor(locale), locale, reply.content) }
      : { text: shown.text };
  }
  return { kind: shown.kind, card: forChannel(shown.kind, shown.card, PANEL_CHANNEL), fallbackText: shown.fallbackText };
}
