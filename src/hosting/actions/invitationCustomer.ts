// Naming the customer an invitation link is for (its card's Follow button): kept on the card's
// record, and from there on its open item (cases/openItems.ts), so that customer's acceptance, and
// only theirs, is told in this conversation. Nothing is called: who accepted is checked when
// Partner Center reports it.
import { ActionRecord, nameInvitation } from '../../conversation/actionRecords';
import { ActionView, withExample } from '../../conversation/actionCards';
import { viewOf } from '../../conversation/actionViews';
import type { AssignSettings } from './assignAccess';
import { ActionAnswer, Turn, answer } from './actionTurn';

type InvitationDone = Extract<ActionRecord, { kind: 'invitationLink'; stage: 'done' }>;

export async function nameCustomer(
  s: Pick<AssignSettings, 'keep' | 'view'>,
  turn: Turn,
  cardId: string,
  record: ActionRecord,
  typed?: string,
): Promise<ActionAnswer> {
  const invitation = record as InvitationDone;
  const named = nameInvitation(invitation, typed);
  if (named) s.keep(turn, cardId, named);
  const shown = viewOf(named ?? invitation, cardId, s.view(turn));
  // A company name (or nothing) could be anyone's: the card asks again for a tenant ID or a domain.
  const problem = named ? {} : { problem: withExample(turn.c.actions.problems.customerFormat) };
  return answer(turn, 'view' in shown ? { view: { ...shown.view, ...problem } as ActionView } : shown, true);
}
