// A new action card started from an open case (conversation/actions/fromItem.ts decides it): kept
// here, and sent as a message of its own; the click is answered with the actions' usual line.
import { randomUUID } from 'crypto';
import { ConversationState } from 'botbuilder';
import type { LocaleTag } from '../../domain/locales';
import type { DeploymentContent } from '../../domain/deploymentContent';
import { keepRecord, readRecord } from '../../conversation/actions/actionRecords';
import { CardFromItem, openFromItem, ownCardHere } from '../../conversation/actions/fromItem';
import { render, sayText } from '../../conversation/actions/screens';
import { viewContextOf } from '../../conversation/actions/actionViews';
import { ActionAnswer, actionTurn, send } from './actionTurn';
import { conversationStores } from '../state/conversationStores';

export type { CardFromItem } from '../../conversation/actions/fromItem';

export class CardsFromItems {
  private readonly accessor;

  constructor(
    conversationState: ConversationState,
    private readonly content?: DeploymentContent,
    private readonly newCardId: () => string = () => randomUUID().replace(/-/g, ''),
  ) {
    this.accessor = conversationStores(conversationState).actions;
  }

  /** Whether this conversation keeps the card `cardId` for `userId` (the rule: `ownCardHere`). */
  async keeps(context: Parameters<typeof actionTurn>[1], cardId: string, userId: string | undefined): Promise<boolean> {
    const store = await this.accessor.get(context, {});
    return ownCardHere(readRecord(store.cards?.[cardId]), userId);
  }

  async open(context: Parameters<typeof actionTurn>[1], locale: LocaleTag, surface: string | undefined, from: CardFromItem): Promise<ActionAnswer | undefined> {
    const turn = await actionTurn(this.accessor, context, locale, surface, false);
    if (!turn) return undefined;
    const first = readRecord(turn.store.cards?.[from.fromCardId]);
    const { state, effects } = openFromItem(first, from, { user: turn.user, now: Date.now(), newCardId: this.newCardId() });
    if (state.record && state.cardId) turn.store.cards = keepRecord(turn.store.cards ?? {}, state.cardId, state.record);
    const view = viewContextOf(turn.c, locale, this.content);
    let answered: ActionAnswer = { kind: 'message', text: turn.c.actions.steps.opened };
    for (const effect of effects) {
      if (effect.do === 'send') await send(turn, render(effect.screen, state.record, state.cardId, view));
      if (effect.do === 'reply') answered = { kind: 'message', text: sayText(effect.line, view) };
    }
    return answered;
  }
}
