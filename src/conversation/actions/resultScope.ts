// What a Partner Center action applies to: the conversation's settled result and the answers it
// came from, read from the advisor's own store; none before a result (an action offered by a card
// from an older result is refused by the machine, which asks for the scope of a start only).
import type { EditionId } from '../../domain/editions';
import { settledOutcome } from '../../domain/rules';
import type { AdvisorStore } from '../advisor/advisorStore';

export function resultScope(store: AdvisorStore | undefined, edition: EditionId) {
  const flow = store?.flow;
  if (!flow || flow.phase !== 'result') return undefined;
  const outcome = settledOutcome(flow.answers, edition);
  return outcome ? { ...outcome, answers: flow.answers } : undefined;
}
