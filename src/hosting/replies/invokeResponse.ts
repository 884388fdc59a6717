// The answer to an invoke. The adapter writes what the turn state holds under INVOKE_RESPONSE_KEY
// as the HTTP response once the turn (state write included) is done; every room sets it here.
import { ActivityTypes, INVOKE_RESPONSE_KEY, InvokeResponse, TurnContext } from 'botbuilder';

export function setInvokeResponse(context: TurnContext, response: InvokeResponse): void {
  context.turnState.set(INVOKE_RESPONSE_KEY, { type: ActivityTypes.InvokeResponse, value: response });
}

export function hasInvokeResponse(context: TurnContext): boolean {
  return context.turnState.get(INVOKE_RESPONSE_KEY) !== undefined;
}
