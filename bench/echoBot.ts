// The floor to compare against: a bot on the very same host (restify server, request checks,
// CloudAdapter and its middleware, eTag-checked state on the same storage, per-conversation turns)
// that does the least a stateful card bot can do: read the user's settings, count the turn, and
// reply with a fixed small card: a message, or for a click on its card in Teams (an Action.Execute
// invoke) the card in the invoke's answer, as the SDK's handler for it gives it.
import { ActivityHandler, AdaptiveCardInvokeResponse, AdaptiveCardInvokeValue, MessageFactory, StatePropertyAccessor, TurnContext } from 'botbuilder';
import { BotStates } from '../src/hosting/app';

/** The small card both echo bots answer with (the stock one in bench/stockEcho too). */
export const FIXED_CARD = {
  type: 'AdaptiveCard',
  version: '1.5',
  body: [{ type: 'TextBlock', text: 'Echo', wrap: true }],
  actions: [{ type: 'Action.Submit', title: 'Next', data: { action: 'echo' } }],
};

export class EchoBot extends ActivityHandler {
  private readonly turns: StatePropertyAccessor<number>;
  private readonly profile: StatePropertyAccessor<{ locale?: string }>;

  constructor(states: BotStates) {
    super();
    this.turns = states.conversationState.createProperty<number>('turns');
    this.profile = states.userState.createProperty<{ locale?: string }>('profile');
    this.onMessage(async (context, next) => {
      await this.profile.get(context, {});
      await this.turns.set(context, (await this.turns.get(context, 0)) + 1);
      await context.sendActivity(MessageFactory.attachment({ contentType: 'application/vnd.microsoft.card.adaptive', content: FIXED_CARD }));
      await next();
    });
  }

  protected override async onAdaptiveCardInvoke(context: TurnContext, _invokeValue: AdaptiveCardInvokeValue): Promise<AdaptiveCardInvokeResponse> {
    await this.profile.get(context, {});
    await this.turns.set(context, (await this.turns.get(context, 0)) + 1);
    return { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: FIXED_CARD };
  }
}
