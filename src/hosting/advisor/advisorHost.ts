// The host of the advisor flow: load the conversation's store, run the pure turn
// (conversation/advisor/advisorTurn.ts), send what it presents in the user's language.
import { TurnContext } from 'botbuilder';
import type { EditionId } from '../../domain/editions';
import { Answers } from '../../domain/questions';
import { flowContexts } from '../../conversation/advisor/flowContext';
import { advisorTurn, arrivalFrom, viewOf } from '../../conversation/advisor/advisorTurn';
import { Reaction, ReactionCount, react } from '../../conversation/advisor/verdictReactions';
import type { DeploymentContent } from '../../domain/deploymentContent';
import { turnStateOf } from '../context/turnState';
import { surfaceOf } from '../../conversation/channel/channelActivity';
import { replyCard } from '../../conversation/cards/messages';
import { sendPresentation } from './sendPresentation';
import type { AdvisorStoreProperty } from '../state/conversationStores';
import { InPlaceAnswer, TurnSettings } from './turnSettings';

export type { InPlaceAnswer, TurnSettings } from './turnSettings';

export interface AdvisorOptions {
  preset: Answers;
  /** The edition of the policy every answer comes from. */
  edition: EditionId;
  newConsultationId: () => string;
  /** The partner's overlay and the rows due for review (CONTENT_OVERLAY, POLICY_REVIEW_MAX_AGE_DAYS). */
  content?: DeploymentContent;
  /** Results offer the Partner Center actions (the deployment signs partners in for them). */
  partnerActions?: boolean;
}

export class AdvisorHost {
  private readonly flowContext: ReturnType<typeof flowContexts>;

  constructor(options: AdvisorOptions) {
    this.flowContext = flowContexts(options);
  }

  /** Runs one turn on the conversation's store (a new one on its first turn). */
  async run(context: TurnContext, property: AdvisorStoreProperty, settings: TurnSettings): Promise<void> {
    if (settings.inPlace?.viewOnly) return this.view(context, property, settings, settings.inPlace);
    const store = await property.load(context);
    const ctx = this.flowContext(settings.locale, settings.shared);
    const channelId = surfaceOf(context.activity);
    const value: unknown = context.activity.value;
    const replyToId = context.activity.replyToId;
    const arrival = arrivalFrom({
      channelId,
      input: settings.input,
      value,
      ...(settings.inPlace ? { inPlace: settings.inPlace } : {}),
      ...(replyToId ? { replyToId } : {}),
      ...(settings.ownCaseUrl ? { ownCaseUrl: settings.ownCaseUrl } : {}),
    });
    const turn = advisorTurn(store, arrival, ctx, settings.user);
    store.flow = turn.flow;
    if (turn.newLocale) await settings.setLocale(turn.newLocale);
    turnStateOf(context).facts = turn.facts;
    const locale = turn.newLocale ?? settings.locale;
    await sendPresentation(context, store, turn.plan, { channelId, locale, ...(settings.inPlace ? { click: settings.inPlace } : {}) });
  }

  /** A person's reaction to a verdict message of this conversation, kept with the verdict: what to count. */
  async react(context: TurnContext, property: AdvisorStoreProperty, activityId: string, userId: string, reaction: Reaction): Promise<ReactionCount> {
    // Read without a default: a conversation with no advisor in it gets nothing added.
    return react(await property.read(context), activityId, userId, reaction);
  }

  /** A card asked for again (Teams' refresh, a retried click): answered from the store, read without a default. */
  private async view(context: TurnContext, property: AdvisorStoreProperty, settings: TurnSettings, inPlace: InPlaceAnswer): Promise<void> {
    const store = await property.read(context);
    const reply = viewOf(store, inPlace.cardId, settings.user, this.flowContext(settings.locale, settings.shared), settings.ownCaseUrl);
    inPlace.answer(replyCard(reply, surfaceOf(context.activity), settings.locale, store?.flow?.asker?.id));
  }
}
