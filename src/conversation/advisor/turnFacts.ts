// What a turn of the advisor decided, in ids only (never the user's words): the host's telemetry
// reads it after the turn to label the turn's span and count outcomes.
import { LocaleTag } from '../../domain/locales';
import { OutcomeRow } from '../../domain/outcomes';
import { FlowResult } from './flow';

export interface TurnFacts {
  locale: LocaleTag;
  /** The question the conversation now waits on, if any. */
  question?: string;
  /** The question this turn answered, if any. */
  answered?: string;
  /** The decision-table row of the result shown this turn, if one was. */
  row?: OutcomeRow;
}

export function turnFactsOf(result: FlowResult, locale: LocaleTag): TurnFacts {
  const shown = result.replies.find((r) => r.kind === 'result');
  return {
    locale,
    ...(result.state?.pending ? { question: result.state.pending } : {}),
    ...(result.answered ? { answered: result.answered.question } : {}),
    ...(shown && shown.kind === 'result' ? { row: shown.outcome.row } : {}),
  };
}
