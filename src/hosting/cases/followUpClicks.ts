// A click on a follow-up's button (a Universal Actions invoke in Teams, a message submit in Web
// Chat). The click names only the open item and the step: the server reads the item and acts only
// for its owner, from what is stored, never from what the click says. A click on an item gone since
// says so; someone else's click changes nothing.
import { TurnContext } from 'botbuilder';
import type { LocaleTag } from '../../domain/locales';
import { catalogFor, format } from '../../domain/textCatalog';
import { OpenItem } from '../../domain/cases';
import { PARTNER_ACTION } from '../../conversation/actionClicks';
import { isFollowUpClickData, readFollowUpClick } from '../../conversation/followUpCards';
import { activityFor } from '../replies/activities';
import { isReplayed } from '../turns/replayedTurns';
import type { ActionAnswer } from '../actions/actionTurn';
import type { CardsFromItems } from '../actions/fromOpenItem';
import { CaseStore } from './caseStore';
import { Reminders } from './reminders';

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
    if (!inPlace && !isReplayed(context)) await context.sendActivity(activityFor({ text: answered.text }, surface, locale));
    return { kind: 'message', text: answered.text };
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
    const line = (text: string): { text: string } => ({ text });
    const delegated = (answer: ActionAnswer | undefined): { text: string } | { delegated: ActionAnswer } =>
      answer ? { delegated: answer } : line(c.followUps.answers.gone);
    const click = readFollowUpClick(data);
    const item = click ? await this.options.store.get(click.item) : undefined;
    if (!click || !item) return line(c.followUps.answers.gone);
    const from = context.activity.from?.id;
    if (from !== item.owner.id) {
      return line(item.owner.name ? format(c.followUps.answers.notYours, { name: item.owner.name }) : c.followUps.answers.notYoursUnnamed);
    }
    switch (click.step) {
      case 'remindAgain':
        return line((await this.options.reminders.snooze(item.id)) ? c.followUps.answers.remindAgain : c.followUps.answers.nothingToRemind);
      case 'stopReminding':
        return line((await this.options.reminders.quieten(item.id)) ? c.followUps.answers.stopped : c.followUps.answers.nothingToRemind);
      case 'assign': {
        if (item.kind !== 'gdapApproval' || item.status !== 'approved' || !this.options.actionClick) return line(c.followUps.answers.gone);
        // The GDAP card's own Assign access step, on the card this item came from: the actions check its owner again.
        const assign = { action: PARTNER_ACTION, kind: 'requestGdap', step: 'assign', card: item.cardId };
        return delegated(await this.options.actionClick(context, assign, locale, surface, inPlace));
      }
      case 'requestGdap':
      case 'startAgain': {
        // A retried invoke already opened its card.
        if (isReplayed(context)) return line(c.actions.steps.opened);
        const cards = this.options.cards;
        if (!cards) return line(c.followUps.answers.gone);
        const kind = click.step === 'startAgain' && item.kind === 'transfer' ? 'startTransfer' : 'requestGdap';
        return delegated(await cards.open(context, locale, surface, { kind, customer: customerRef(item), fromCardId: item.cardId }));
      }
    }
  }
}

const customerRef = (item: OpenItem): string => item.customer.domain || item.customer.tenantId;
