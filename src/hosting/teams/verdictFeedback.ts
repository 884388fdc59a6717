// Thumbs up or down on a verdict (the route table's `feedback`): counted per outcome row, locale
// and reaction once the reaction is saved with the conversation (conversation/channel/feedbackInvoke.ts reads the invoke).
import { InvokeResponse, TurnContext } from 'botbuilder';
import type { LocaleTag } from '../../domain/locales';
import { hasFeedbackLoop } from '../../conversation/cards/channelFeatures';
import { type ReactionCount, reactionToLookUp } from '../../conversation/advisor/verdictReactions';
import { AdvisorHost } from '../advisor/advisorHost';
import type { AdvisorStoreProperty } from '../state/conversationStores';
import { turnLogOf } from '../logging/turnLogger';
import { afterSave } from '../turns/afterSave';
import { recordFeedback } from '../telemetry/instruments';
import { surfaceOf, usableSenderId } from '../../conversation/channel/channelActivity';
import { FEEDBACK_ACCEPTED, FEEDBACK_REFUSED, FeedbackSubmission, readFeedback } from '../../conversation/channel/feedbackInvoke';

export class VerdictFeedback {
  constructor(
    private readonly advisor: AdvisorHost,
    private readonly advisorStore: AdvisorStoreProperty,
    private readonly localeFor: (context: TurnContext) => Promise<LocaleTag>,
  ) {}

  /**
   * Counted per outcome row, locale and reaction, once per person and verdict message (a changed
   * reaction replaces theirs), and only on a verdict the bot sent in this conversation where the
   * host shows feedback buttons; anything else is answered the same empty 200 and not counted.
   * The count waits until the reaction is saved with the conversation. The comment is never read.
   */
  async answer(context: TurnContext): Promise<InvokeResponse> {
    const feedback = readFeedback(context.activity);
    if (!feedback) return FEEDBACK_REFUSED;
    const channel = surfaceOf(context.activity);
    const count = await this.feedbackCount(context, feedback, channel);
    if (!count.counted) {
      turnLogOf(context)?.debug({ reason: count.reason }, 'feedback not counted');
      return FEEDBACK_ACCEPTED;
    }
    const labels = { 'advisor.outcome.row': count.row, 'advisor.locale': await this.localeFor(context), 'advisor.channel': channel ?? 'unknown' };
    afterSave(context, () => {
      if (count.replaces) recordFeedback({ ...labels, 'advisor.feedback.reaction': count.replaces }, -1);
      recordFeedback({ ...labels, 'advisor.feedback.reaction': count.reaction });
    });
    return FEEDBACK_ACCEPTED;
  }

  /** What a reaction changes in the counts; taken into the conversation's state when it counts. */
  private async feedbackCount(context: TurnContext, feedback: FeedbackSubmission, channel: string | undefined): Promise<ReactionCount> {
    const look = reactionToLookUp(hasFeedbackLoop(channel), feedback.replyToId, usableSenderId(context.activity));
    if (!('messageId' in look)) return look;
    return this.advisor.react(context, this.advisorStore, look.messageId, look.userId, feedback.reaction);
  }
}
