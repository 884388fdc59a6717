// A click on a follow-up's button (a Universal Actions invoke in Teams, a message submit in Web
// Chat). The click names only the open item and the step: the server reads the item and acts only
// for its owner, from what is stored, never from what the click says. A click on an item gone since
// says so; someone else's click changes nothing.
import { TurnContext } from 'botbuilder';
import type { LocaleTag } from '../../domain/locales';
import { catalogFor } from '../../domain/textCatalog';
import { decideFollowUpClick, reminderLine } from '../../conversation/followUps/followUpClick';
import { isFollowUpClickData, readFollowUpClick } from '../../conversation/followUps/followUpCards';
import { isReplayed } from '../turns/replayedTurns';
import type { ActionAnswer } from '../actions/actionTurn';
import type { CardsFromItems } from '../actions/fromOpenItem';
import { CaseStore } from './caseStore';
import { Reminders } from './reminders';
import { answerLine } from './clickAnswers';

/** What the route table calls (routes/table.ts): both ways a click arrives. */
export interface FollowUpClickHandler {
  isClick(data: unknown): boolean;
  /** `inPlace`: a Teams click whose answer may replace the card; otherwise every answer goes out as a message. */
  click(context: TurnContext, data: unknown, locale: LocaleTag, surface: string | undefined, inPlace: boolean): Promise<ActionAnswer>;
}

/** The actions' click entry (PartnerActions.click), for Assign access on the GDAP card. */
export type ActionClick = (
  context: TurnContext,
  data: unknown,
  locale: LocaleTag,
  surface: string | undefined,
  inPlace: boolean,
) => Promise<ActionAnswer | undefined>;

export interface FollowUpClicksOptions {
  store: CaseStore;
  reminders: Reminders;
  cards?: CardsFromItems;
  actionClick?: ActionClick;
}

export class FollowUpClicks implements FollowUpClickHandler {
  constructor(private readonly options: FollowUpClicksOptions) {}

  isClick(data: unknown): boolean {
    return isFollowUpClickData(data);
  }

  async click(context: TurnContext, data: unknown, locale: LocaleTag, surface: string | undefined, inPlace: boolean): Promise<ActionAnswer> {
    const answered = await this.act(context, data, locale, surface, inPlace);
    if ('delegated' in answered) return answered.delegated;
    // A line of ours: Web Chat (and Copilot) get it as a message; Teams as the invoke's answer.
    return answerLine(context, answered.text, locale, surface, inPlace);
  }

  /** A line to answer with, or the answer of the actions' step the click led to (which sent its own cards). */
  private async act(
    context: TurnContext,
    data: unknown,
    locale: LocaleTag,
    surface: string | undefined,
    inPlace: boolean,
  ): Promise<{ text: string } | { delegated: ActionAnswer }> {
    const c = catalogFor(locale);
    const click = readFollowUpClick(data);
    const item = click ? await this.options.store.get(click.item) : undefined;
    const { actionClick, cards, reminders } = this.options;
    const from = context.activity.from?.id;
    const cardHere = item && cards ? await cards.keeps(context, item.cardId, from) : true;
    const facts = { from, canAssign: actionClick !== undefined, canOpen: cards !== undefined, replayed: isReplayed(context), cardHere };
    const decision = decideFollowUpClick(click, item, facts, c);
    const delegated = (answer: ActionAnswer | undefined): { text: string } | { delegated: ActionAnswer } =>
      answer ? { delegated: answer } : { text: c.followUps.answers.gone };
    if ('line' in decision) return { text: decision.line };
    if ('reminders' in decision && item) {
      const changed = decision.reminders === 'snooze' ? await reminders.snooze(item.id) : await reminders.quieten(item.id);
      return { text: reminderLine(decision.reminders, changed, c) };
    }
    if ('assign' in decision && actionClick) return delegated(await actionClick(context, decision.assign, locale, surface, inPlace));
    if ('open' in decision && cards) return delegated(await cards.open(context, locale, surface, decision.open));
    return { text: c.followUps.answers.gone };
  }
}
