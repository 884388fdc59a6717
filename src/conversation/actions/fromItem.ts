// A new action card started from an open case rather than from the conversation's result: the
// follow-up's Request GDAP (the reseller relationship accepted, the transfer complete) and Start
// again (a request that expired or ended). It opens the form with the customer already named; every
// later step is the card machine's (review, sign-in, confirm). Nothing is called: the form only
// asks, so it needs no sign-in until its Continue. Pure: the host keeps the card and sends it.
import { GDAP_DURATIONS, defaultRoleSet } from '../../domain/actions';
import type { OutcomeRow } from '../../domain/outcomes';
import type { ActionRecord, Owner } from '../actionRecords';
import type { Stepped } from './machine';

/** What the new card starts from: the kind of form, the customer, and the card the case came from (its result row). */
export interface CardFromItem {
  kind: 'requestGdap' | 'startTransfer';
  /** Domain or tenant ID, filled into the form's customer field. */
  customer: string;
  fromCardId: string;
}

/** The row a card from a case carries when its first card is gone: any row that offers GDAP serves (the row only labels the record). */
export const FALLBACK_ROW: OutcomeRow = 'G1';

export function openFromItem(first: ActionRecord | undefined, from: CardFromItem, ctx: { user: Owner; now: number; newCardId: string }): Stepped {
  const common = { owner: ctx.user, row: first?.row ?? FALLBACK_ROW, at: ctx.now, ...(first?.partnerType ? { partnerType: first.partnerType } : {}) };
  const record: ActionRecord =
    from.kind === 'requestGdap'
      ? { ...common, kind: 'requestGdap', stage: 'form', choice: { roleSet: defaultRoleSet(undefined), duration: GDAP_DURATIONS[0], autoExtend: false } }
      : { ...common, kind: 'startTransfer', stage: 'form' };
  return {
    state: { cardId: ctx.newCardId, record },
    effects: [
      { do: 'send', screen: { card: 'form', inputs: { customer: from.customer } } },
      { do: 'reply', line: { say: 'steps.opened' } },
    ],
  };
}
