// The types of the advisor's conversation flow (flow.ts): its state, what the user did, what to
// show. Kept apart so the flow's modules share them without importing one another.
import { Answers, QuestionId } from '../../domain/questions';
import { Outcome } from '../../domain/outcomes';
import { LocaleTag } from '../../domain/locales';
import type { EditionId } from '../../domain/editions';
import type { Mismatch, ReadingResources } from '../../domain/reading';
import type { DeploymentContent, ResultContent } from '../../domain/deploymentContent';
import type { ActionKind } from '../../domain/actions';
import type { LinkId } from '../../domain/outcomes';
import type { PreviousResult, ResultPart, TopicId } from './resultQuestions';

export type Phase = 'idle' | 'asking' | 'changing' | 'result';

/** What is kept per conversation: answers and position only, never rendered cards. */
export interface AdvisorState {
  phase: Phase;
  answers: Answers;
  /** Questions in the order they were answered, for `back`. */
  history: QuestionId[];
  /** The question on screen while asking. */
  pending?: QuestionId;
  /** The option a message named for the pending question under a doubt: a typed yes takes it (dropped by any change). */
  guess?: string;
  /** Random id of this case, so cards of an earlier case never match a later one. */
  consultation: string;
  /** Bumped on every change of state; with `consultation` it forms the cards' step token. */
  seq: number;
  /** Typed answers in a row that the question on screen could not take (reset by any change). */
  misses?: number;
  /** Who started this case: in a shared chat only they change its answers (caseViews.ts). */
  asker?: FlowUser;
  /** The result a case started from a typed message replaced: Back returns to it (resultQuestions.ts). */
  previous?: PreviousResult;
}

/** The person behind a turn, as the channel names them. */
export interface FlowUser {
  id: string;
  name?: string;
}

export type Notice =
  'notUnderstood' | 'ambiguous' | 'stale' | 'noPrevious' | 'restarted' | 'clarify' | 'confirm' | 'understood' | 'retry' | 'greeting' | 'nothingToChange';

/** With the `retry` notice: how many typed answers in a row did not fit, and what the last one said that does not fit. */
export interface Retry {
  count: number;
  mismatches: Mismatch[];
}

export type Reply =
  | { kind: 'welcome' }
  | {
      kind: 'question';
      question: QuestionId;
      token: string;
      notice?: Notice;
      /** With the `understood` notice: the answers taken from the user's message. */
      understood?: Answers;
      /** With the `clarify` notice: the options the user's message said to this question. */
      said?: string[];
      /** With the `confirm` notice: the option the user's message named under a doubt, to confirm with a yes. */
      guess?: string;
      retry?: Retry;
      position: number;
      total: number;
      canGoBack: boolean;
      selected?: string;
      answers: Answers;
    }
  | {
      kind: 'result';
      outcome: Outcome;
      answers: Answers;
      token: string;
      content?: ResultContent;
      /** The Partner Center actions its card offers (only where the deployment has a sign-in for them). */
      actions?: readonly ActionKind[];
    }
  | { kind: 'summaryText'; outcome: Outcome; answers: Answers; content?: ResultContent }
  /** A question typed about the result, answered from its own sentences (resultQuestions.ts). */
  | { kind: 'aboutResult'; outcome: Outcome; topics: TopicId[]; parts: ResultPart[]; link?: LinkId; content?: ResultContent }
  /** Typed text after a result that neither asks about it nor starts a case: the result stays, with what can be typed. */
  | { kind: 'resultKept' }
  /** A case started from a typed message after a result: said so, with a button back to that result. */
  | { kind: 'newCaseStarted'; token: string }
  | { kind: 'change'; answers: Answers; token: string }
  /** `myCases`: the deployment has the Partner Center actions, whose open items the help card offers to list. */
  | { kind: 'help'; myCases?: true }
  /** The answer to a greeting before anything is answered: a line pointing at the question above. */
  | { kind: 'hello' }
  | { kind: 'language'; current: LocaleTag }
  | { kind: 'languageChanged' }
  | { kind: 'closed'; token: string; notice?: 'stale' | 'cancelled' }
  | { kind: 'resultStanding'; token: string }
  /** Someone else's case as anyone but its asker sees it: read-only (caseViews.ts). */
  | { kind: 'caseView'; askerName?: string; answers: Answers; outcome?: Outcome; ownCaseUrl?: string; typed?: true }
  /** A card of a case that is no longer the conversation's (seen again after the next one started). */
  | { kind: 'earlier' };

export type FlowInput = { kind: 'start'; greetOnly?: boolean } | { kind: 'text'; text: string } | { kind: 'submit'; data: unknown };

/** The resources a typed message is read with (ReadingResources: the languages' words, the preset answers), and more. */
export interface FlowContext extends ReadingResources {
  locale: LocaleTag;
  /** The edition of the policy the deployment answers from (POLICY_EDITION). */
  edition: EditionId;
  /** Show the welcome card before the first question when a user writes first. */
  welcomeFirstMessage: boolean;
  /** A fresh random id for a new case. */
  newConsultationId(): string;
  /** A group chat or channel: a case's answers are its asker's alone. */
  shared?: boolean;
  /** What the deployment adds to the shipped pack: the partner's overlay, rows due for review. */
  content?: DeploymentContent;
  /** The deployment signs partners in for Partner Center actions (an OAuth connection, or the local stand-ins). */
  partnerActions?: boolean;
}

export interface FlowResult {
  state: AdvisorState;
  replies: Reply[];
  /** Set when the user picked a language. */
  locale?: LocaleTag;
  /** The question answered this turn, so a channel can turn the question card into a receipt. */
  answered?: { question: QuestionId; option: string };
}
