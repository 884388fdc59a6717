// My cases in the bot's channels (Teams, Copilot, Web Chat): the typed command and the help card's
// button list the asker's own open items; an item's Open button opens it. The click names an item
// id and nothing else: the item is read from the store, and opened only for its owner (the same
// channel user, or in Teams, where a verified token proves it, the same tenant and Entra object
// id: owners.ts). In the conversation it started in, its
// action card is shown as the conversation's state keeps it; anywhere else, the item's own card.
import { ConversationState, StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { OpenItem } from '../../domain/cases';
import type { DeploymentContent } from '../../domain/deploymentContent';
import type { LocaleTag } from '../../domain/locales';
import { catalogFor } from '../../domain/textCatalog';
import { actionCard } from '../../conversation/actions/actionCards';
import { readRecord } from '../../conversation/actions/actionRecords';
import { viewContextOf, viewOf } from '../../conversation/actions/actionViews';
import { AdaptiveCard } from '../../conversation/cards/cards';
import { caseItemCard, caseListCard, privateListCard, readCaseClick } from '../../conversation/followUps/caseListCards';
import { channelKindOf, featuresOf } from '../../conversation/cards/channelFeatures';
import {
  askerName,
  caseClickLine,
  decideCaseClick,
  Here,
  isAskerId,
  listsPrivately,
  recordHere,
  startedHere,
  whereOf,
} from '../../conversation/followUps/myCasesViews';
import { isReplayed } from '../turns/replayedTurns';
import { ActionAnswer, ActionsStore } from '../actions/actionTurn';
import { conversationStores } from '../state/conversationStores';
import type { CardsFromItems } from '../actions/fromOpenItem';
import { CaseStore, ownerKeys } from './caseStore';
import { answerLine, sendNotice } from './clickAnswers';
import { isShared, itemsOwnedBy, Owner, ownerOf } from './owners';

export interface MyCasesOptions {
  store: CaseStore;
  conversationState: ConversationState;
  /** The partner's overlay (its role sets name roles on a GDAP card). */
  content?: DeploymentContent;
  /** Opens an action card from an item (Cancel request on a waiting transfer). */
  cards?: CardsFromItems;
  now?: () => number;
}

/** Who acts: the channel's user id and, only where the channel proves them (owners.ts), their tenant and Entra object id. */
export function askerOf(context: TurnContext): Owner | undefined {
  const id = context.activity.from?.id;
  return isAskerId(id) ? ownerOf(context, id) : undefined;
}

export class MyCases {
  private readonly actionsState: StatePropertyAccessor<ActionsStore>;
  private readonly now: () => number;

  constructor(private readonly options: MyCasesOptions) {
    // The actions keep their cards under this property (actions/actionTurn.ts); only read here.
    this.actionsState = conversationStores(options.conversationState).actions;
    this.now = options.now ?? Date.now;
  }

  /** My cases' command, or a Web Chat click carrying My cases' data (conversation/channel/typedText.ts). */
  async typed(context: TurnContext, typed: { click: unknown } | { command: true }, locale: LocaleTag, surface: string | undefined): Promise<void> {
    if ('click' in typed) await this.click(context, typed.click, locale, surface, false);
    else await this.list(context, locale, surface);
  }

  /** The asker's own items, newest first: no one else's, whoever else is in the chat. */
  async itemsOf(asker: Owner, channelId: string): Promise<OpenItem[]> {
    return itemsOwnedBy(this.options.store, asker, channelId);
  }

  /** The asker's list as a card (Universal Actions buttons in Teams). */
  private async listCard(context: TurnContext, locale: LocaleTag, surface: string | undefined): Promise<{ card: AdaptiveCard; summary: string }> {
    const asker = askerOf(context);
    const items = asker ? await this.itemsOf(asker, context.activity.channelId ?? '') : [];
    const execute = channelKindOf(surface) === 'msteams';
    return caseListCard({ items, now: this.now(), execute }, catalogFor(locale), locale);
  }

  /**
   * Sends the asker's list. In a shared Teams chat everyone else sees a line in its place: the list
   * shows for the asker only (their client refreshes the card and gets it: click, inPlace).
   */
  async list(context: TurnContext, locale: LocaleTag, surface: string | undefined): Promise<void> {
    const asker = askerOf(context);
    if (asker && listsPrivately(isShared(context), featuresOf(surface).userSpecificViews)) {
      await sendNotice(context, privateListCard(catalogFor(locale), asker.id, askerName(context.activity.from?.name)), locale, surface);
      return;
    }
    await sendNotice(context, await this.listCard(context, locale, surface), locale, surface);
  }

  /**
   * A click: the list again, or one item opened. `invoke`: a Universal Actions click, answered with
   * a line (a card comes as a message of its own) or, for the refresh of a shared chat's card, the
   * clicker's own list in place; otherwise the line is sent too.
   */
  async click(context: TurnContext, data: unknown, locale: LocaleTag, surface: string | undefined, invoke: boolean): Promise<ActionAnswer> {
    const c = catalogFor(locale);
    const click = readCaseClick(data);
    const line = (text: string): Promise<ActionAnswer> => answerLine(context, text, locale, surface, invoke);
    const asker = askerOf(context);
    const item = click && !('list' in click) ? await this.options.store.get('open' in click ? click.open : click.cancel) : undefined;
    const decision = decideCaseClick(click, {
      invoke,
      replayed: isReplayed(context),
      askerKeys: asker ? ownerKeys(asker, context.activity.channelId ?? '') : undefined,
      item,
      canOpenCards: this.options.cards !== undefined,
    });
    if ('line' in decision) return line(caseClickLine(decision.line, c));
    // Whoever's client asks gets their own list: nobody gets anyone else's this way.
    if ('list' in decision) {
      if (decision.list === 'inPlace') return { kind: 'card', card: (await this.listCard(context, locale, surface)).card };
      await this.list(context, locale, surface);
      return { kind: 'message', text: c.myCases.listed };
    }
    if ('cancel' in decision) return (await this.options.cards!.open(context, locale, surface, decision.cancel)) ?? line(caseClickLine('stale', c));
    const shown =
      (await this.actionCardHere(context, decision.open, locale)) ??
      caseItemCard(decision.open, this.now(), c, locale, whereOf(decision.open, hereOf(context)));
    await sendNotice(context, shown, locale, surface);
    return { kind: 'message', text: c.actions.steps.opened };
  }

  /** The item's action card as this conversation keeps it; none when it started elsewhere or the card is gone. */
  private async actionCardHere(context: TurnContext, item: OpenItem, locale: LocaleTag): Promise<{ card: AdaptiveCard; summary: string } | undefined> {
    if (!startedHere(item, hereOf(context))) return undefined;
    const store = await this.actionsState.get(context);
    const record = recordHere(item, hereOf(context), readRecord(store?.cards?.[item.cardId]));
    if (!record) return undefined;
    const c = catalogFor(locale);
    const shown = viewOf(record, item.cardId, viewContextOf(c, locale, this.options.content));
    return 'view' in shown ? actionCard(shown.view, c) : undefined;
  }
}

/** The conversation a turn is in, as myCasesViews.ts compares it. */
const hereOf = (context: TurnContext): Here => ({ conversationId: context.activity.conversation?.id, channelId: context.activity.channelId });
