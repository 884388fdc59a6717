// A new action card started from an open case rather than from the conversation's result: the
// follow-up's Request GDAP (the reseller relationship accepted, the transfer complete) and Start
// again (a request that expired or ended). It opens the form with the customer already named; every
// later step is the actions' own (review, sign-in, confirm). Nothing is called here: the form only
// asks, so it needs no sign-in until its Continue.
import { randomUUID } from 'crypto';
import { ConversationState } from 'botbuilder';
import { GDAP_DURATIONS, defaultRoleSet } from '../../domain/actions';
import type { LocaleTag } from '../../domain/locales';
import type { DeploymentContent } from '../../domain/deploymentContent';
import { OutcomeRow } from '../../domain/outcomes';
import { ActionRecord, keepRecord, readRecord } from '../../conversation/actionRecords';
import { formView } from '../../conversation/actionViews';
import { offeredRoleSets } from '../../conversation/roleSets';
import { ACTIONS_PROPERTY, ActionAnswer, ActionsStore, actionTurn, send } from './actionTurn';
import { CARDS_KEPT } from './partnerActions';

/** What the new card starts from: the kind of form, the customer, and the card the case came from (its result row). */
export interface CardFromItem {
  kind: 'requestGdap' | 'startTransfer';
  /** Domain or tenant ID, filled into the form's customer field. */
  customer: string;
  fromCardId: string;
}

/** The row a card from a case carries when its first card is gone: any row that offers GDAP serves (the row only labels the record). */
const FALLBACK_ROW: OutcomeRow = 'G1';

export class CardsFromItems {
  private readonly accessor;

  constructor(
    conversationState: ConversationState,
    private readonly content?: DeploymentContent,
    private readonly newCardId: () => string = () => randomUUID().replace(/-/g, ''),
  ) {
    this.accessor = conversationState.createProperty<ActionsStore>(ACTIONS_PROPERTY);
  }

  /** Sends the form as a message of its own; the click is answered with the actions' usual line. */
  async open(context: Parameters<typeof actionTurn>[1], locale: LocaleTag, surface: string | undefined, from: CardFromItem): Promise<ActionAnswer | undefined> {
    const turn = await actionTurn(this.accessor, context, locale, surface, false);
    if (!turn) return undefined;
    const first = readRecord(turn.store.cards?.[from.fromCardId]);
    const common = { owner: turn.user, row: first?.row ?? FALLBACK_ROW, at: Date.now(), ...(first?.partnerType ? { partnerType: first.partnerType } : {}) };
    const record: Extract<ActionRecord, { stage: 'form' }> =
      from.kind === 'requestGdap'
        ? { ...common, kind: 'requestGdap', stage: 'form', choice: { roleSet: defaultRoleSet(undefined), duration: GDAP_DURATIONS[0], autoExtend: false } }
        : { ...common, kind: 'startTransfer', stage: 'form' };
    const cardId = this.newCardId();
    turn.store.cards = keepRecord(turn.store.cards ?? {}, cardId, record, CARDS_KEPT);
    const ctx = { c: turn.c, locale, sets: offeredRoleSets(turn.c, locale, this.content) };
    await send(turn, formView(record, cardId, { customer: from.customer }, ctx));
    return { kind: 'message', text: turn.c.actions.steps.opened };
  }
}
