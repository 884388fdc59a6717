// The team view and hand-over in the bot's channels (issue 63): the typed command, the help card's
// and My cases' button, and the team cards' clicks. The interpreter of the team machine
// (conversation/team/teamMachine.ts): it reads who the clicker is (teamIdentity.ts), the tenant's
// index and people (teamIndex.ts), the items, and carries out a hand-over through the store's
// conditional update, telling the old and the new owner in their own chats. It decides nothing.
import { TurnContext } from 'botbuilder';
import type { OpenItem } from '../../domain/cases';
import type { LocaleTag } from '../../domain/locales';
import { handOver } from '../../domain/teamCases';
import { Catalog, catalogFor } from '../../domain/textCatalog';
import { canUpdateMessages, channelKindOf, featuresOf } from '../../conversation/cards/channelFeatures';
import { askerName } from '../../conversation/followUps/myCasesViews';
import { handOverAudit, TeamClick, TeamContext, TeamEffect, TeamEvent, TeamState, step } from '../../conversation/team/teamMachine';
import { handOverLine, privateTeamCard, readTeamClick, teamListsPrivately, teamScreen, teamScreenInPlace } from '../../conversation/team/teamCards';
import { afterTurn } from '../turns/afterSave';
import { turnStateOf } from '../context/turnState';
import type { ActionAnswer } from '../actions/actionTurn';
import { auditAction } from '../microsoftApis/audit';
import type { Logger } from '../logging/logger';
import { CaseStore, ownerKeys } from './caseStore';
import { answerLine, sendNotice } from './clickAnswers';
import { isShared, keysOfItem } from './owners';
import { conversationKey, ownerOfPerson } from '../../conversation/team/people';
import { personOf, TeamIdentity } from './teamIdentity';

/** Steps one click takes at most (a hand-over is seven): a sequence that never answers is cut short. */
const MAX_STEPS = 16;

export interface TeamCasesOptions {
  store: CaseStore;
  identity: TeamIdentity;
  /** A line to an item's owner in its conversation (the follow-ups' messenger's notice). */
  tell?: (item: OpenItem, text: string) => Promise<unknown>;
  logger?: Logger;
  /** Open items one person may have (FOLLOW_UP_MAX_OPEN_PER_USER). */
  openLimit: number;
  now?: () => number;
}

export class TeamCases {
  private readonly now: () => number;

  constructor(private readonly options: TeamCasesOptions) {
    this.now = options.now ?? Date.now;
  }

  /** A typed command, or a Web Chat click carrying a team button's data (conversation/channel/typedText.ts). */
  async typed(context: TurnContext, typed: { click: unknown } | { command: true }, locale: LocaleTag, surface: string | undefined): Promise<void> {
    await this.click(context, 'click' in typed ? typed.click : { action: 'teamCases' }, locale, surface, false);
  }

  /** A click (or the command): `invoke`, a Universal Actions click answered in its response. */
  async click(context: TurnContext, data: unknown, locale: LocaleTag, surface: string | undefined, invoke: boolean): Promise<ActionAnswer> {
    const c = catalogFor(locale);
    const click = readTeamClick(data, isShared(context));
    if (!click) return answerLine(context, c.teamCases.answers.gone, locale, surface, invoke);
    // In a shared Teams chat the list goes to the asker only: everyone else sees a line whose refresh only their client runs.
    const from = context.activity.from;
    if (teamListsPrivately(click, from?.id, isShared(context), featuresOf(surface).userSpecificViews)) {
      await sendNotice(context, privateTeamCard(c, from.id, askerName(from.name)), locale, surface);
      return { kind: 'message', text: c.teamCases.listed };
    }
    return this.run(context, click, c, locale, surface, invoke);
  }

  private async run(
    context: TurnContext,
    click: TeamClick,
    c: Catalog,
    locale: LocaleTag,
    surface: string | undefined,
    invoke: boolean,
  ): Promise<ActionAnswer> {
    const ctx: TeamContext = {
      now: this.now(),
      here: conversationKey(TurnContext.getConversationReference(context.activity) as unknown as Record<string, unknown>),
      ownerKeys: keysOfItem,
      openLimit: this.options.openLimit,
    };
    let state: TeamState = { click };
    let event: TeamEvent = { on: 'click' };
    let answered: ActionAnswer | undefined;
    for (let i = 0; i < MAX_STEPS; i++) {
      const out = step(state, event, ctx);
      state = out.state;
      let next: TeamEvent | undefined;
      for (const effect of out.effects) {
        const result = await this.effect(context, effect, c, locale, surface, invoke, ctx.now);
        if (result && 'on' in result) next = result;
        else if (result) answered = result;
      }
      if (!next) break;
      event = next;
    }
    return answered ?? { kind: 'message', text: c.teamCases.answers.gone };
  }

  private async effect(
    context: TurnContext,
    effect: TeamEffect,
    c: Catalog,
    locale: LocaleTag,
    surface: string | undefined,
    invoke: boolean,
    now: number,
  ): Promise<TeamEvent | ActionAnswer | undefined> {
    const { store } = this.options;
    switch (effect.do) {
      case 'identify':
        return { on: 'viewer', viewer: await this.options.identity.of(context) };
      case 'remember': {
        const person = personOf(context, effect.viewer, locale, now);
        if (person) await store.team.remember(effect.viewer.tenantId, person);
        return undefined;
      }
      case 'readEntries':
        return { on: 'entries', entries: await store.team.entries(effect.tenantId) };
      case 'readItems': {
        const items = await Promise.all(effect.ids.map((id) => store.get(id)));
        return { on: 'items', items: items.filter((i): i is OpenItem => i !== undefined) };
      }
      case 'prune':
        await store.team.prune(effect.tenantId, effect.ids);
        return undefined;
      case 'readItem':
        return { on: 'item', item: await store.get(effect.id) };
      case 'readPeople':
        return { on: 'people', people: await store.team.people(effect.tenantId) };
      case 'countOpen': {
        return { on: 'openCount', count: await store.openCount(ownerKeys(ownerOfPerson(effect.person), effect.person.channelId)) };
      }
      case 'handOver': {
        // Decided again on the item as stored, inside its conditional write: a second click, or another instance, finds it done.
        let refused: ReturnType<typeof handOver> | undefined;
        const written = await store.update(effect.id, (stored) => {
          const decided = handOver(stored, effect.tenantId, effect.to, now);
          refused = 'refuse' in decided ? decided : undefined;
          return 'item' in decided ? decided.item : undefined;
        });
        if (written) return { on: 'handedOver', result: written };
        return { on: 'handedOver', result: refused && 'refuse' in refused ? refused : { refuse: 'gone' } };
      }
      case 'moveOwner':
        await store.moveOwner(effect.after.id, keysOfItem(effect.before), keysOfItem(effect.after));
        return undefined;
      case 'tell':
        // Once the turn is done: a line into the owner's chat is a turn of that conversation, which may be this one.
        // Not only once it is saved: the hand-over is already written, and a run again after a lost race finds it made.
        afterTurn(context, () => void this.tell(context, effect));
        return undefined;
      case 'audit':
        if (this.options.logger) auditAction(this.options.logger, handOverAudit(effect, context.activity.from?.id, turnStateOf(context).correlationId));
        return undefined;
      case 'show': {
        const shown = teamScreen(effect.screen, c, { now, locale, execute: channelKindOf(surface) === 'msteams' });
        if ('text' in shown) return answerLine(context, shown.text, locale, surface, invoke);
        if (teamScreenInPlace(effect.screen, invoke, canUpdateMessages(surface))) return { kind: 'card', card: shown.card };
        await sendNotice(context, shown, locale, surface);
        return { kind: 'message', text: c.teamCases.listed };
      }
    }
  }

  /** The old owner and the new one, each in their own chat and language; a failure is logged, the hand-over stands (it is kept in the store). */
  private async tell(context: TurnContext, effect: Extract<TeamEffect, { do: 'tell' }>): Promise<void> {
    const text = handOverLine(effect, askerName(context.activity.from?.name), catalogFor(effect.item.locale));
    await this.options
      .tell?.(effect.item, text)
      .catch((error: unknown) => this.options.logger?.warn({ err: error, say: effect.say }, 'A hand-over could not be told'));
  }
}
