// A bare TurnContext of a Web Chat conversation, and a conversation state with an answers record
// in it, for tests of state and turn plumbing that need no bot and no HTTP.
import { StatePropertyAccessor, Storage, TestAdapter, TurnContext } from 'botbuilder';
import { OptimisticConversationState } from '../../src/hosting/state/optimisticState';

export function turnContextFor(conversationId: string): TurnContext {
  return new TurnContext(new TestAdapter(), {
    type: 'message',
    channelId: 'webchat',
    conversation: { id: conversationId } as never,
    from: { id: 'u' } as never,
    recipient: { id: 'b' } as never,
    serviceUrl: 'http://127.0.0.1:9/',
  });
}

export interface AnswersState {
  state: OptimisticConversationState;
  answers: StatePropertyAccessor<Record<string, string>>;
  /** A turn of the conversation that has given its first answer (not saved yet). */
  answeredTurn(conversationId: string): Promise<TurnContext>;
}

export function answersState(storage: Storage): AnswersState {
  const state = new OptimisticConversationState(storage);
  const answers = state.createProperty<Record<string, string>>('answers');
  return {
    state,
    answers,
    answeredTurn: async (conversationId) => {
      const context = turnContextFor(conversationId);
      (await answers.get(context, {}))!.cloud = 'global';
      return context;
    },
  };
}
