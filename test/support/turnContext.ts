// A bare TurnContext of a Web Chat conversation, for tests of state and turn plumbing that need no
// bot and no HTTP.
import { TestAdapter, TurnContext } from 'botbuilder';

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
