// What the local connector refuses before it keeps the bot's activity, in this order: a caller
// that is not the bot (its key), a conversation that has ended, a body that is no activity with a
// type. The first that applies is the answer (protocols/http/directLineAnswers.ts words it).
import { isRecord } from '../../domain/records';
import type { DirectLineRefusal } from '../http/directLineAnswers';
import { shortString } from '../http/directLineActivity';

export function botCallRefusal(call: { isBot: boolean; conversationFound: boolean; body: unknown }): DirectLineRefusal | undefined {
  if (!call.isBot) return { kind: 'notTheBot' };
  if (!call.conversationFound) return { kind: 'conversationEnded' };
  return isRecord(call.body) && shortString(call.body.type, 64) ? undefined : { kind: 'notBotActivity' };
}
