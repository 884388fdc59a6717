// What the local Direct Line answers when it refuses (the shell: hosting/directline/routes.ts),
// on the client's side (a token missing or not this conversation's, a conversation gone, an
// activity it may not post, too much too soon, the bot failing) and on the bot's local connector
// (only the bot may call it; a conversation ended, an activity without a type, a reply too large
// to keep, an update of an activity it never sent). Every refusal is Direct Line's error shape.

export type DirectLineRefusal =
  /** No bearer token. `hint` says, where the call names no conversation, what the token is for. */
  | { kind: 'noToken'; hint?: string }
  /** A token, but not the one issued for this conversation (or expired with it). */
  | { kind: 'wrongToken'; hint?: string }
  | { kind: 'noConversation' }
  | { kind: 'notActivity' }
  /** What the client's activity breaks (protocols/http/directLineActivity.ts). */
  | { kind: 'badActivity'; problem: string }
  /** Turns already waiting for the bot, as many as a conversation may have. */
  | { kind: 'botBusy' }
  | { kind: 'postTooLarge' }
  | { kind: 'postTooMuch'; retryAfterSeconds: number }
  | { kind: 'botFailed' }
  | { kind: 'notTheBot' }
  | { kind: 'conversationEnded' }
  | { kind: 'notBotActivity' }
  | { kind: 'replyTooLarge' }
  | { kind: 'noSuchActivity' };

export interface DirectLineAnswer {
  status: 400 | 401 | 403 | 404 | 413 | 429 | 502;
  body: { error: { code: string; message: string } };
  retryAfterSeconds?: number;
}

const answer = (status: DirectLineAnswer['status'], code: string, message: string, retryAfterSeconds?: number): DirectLineAnswer => ({
  status,
  body: { error: { code, message } },
  ...(retryAfterSeconds !== undefined ? { retryAfterSeconds } : {}),
});

export function directLineRefusal(refusal: DirectLineRefusal): DirectLineAnswer {
  switch (refusal.kind) {
    case 'noToken':
      return answer(401, 'MissingToken', refusal.hint ?? 'Send the Direct Line token as "Authorization: Bearer <token>".');
    case 'wrongToken':
      return answer(403, 'TokenExpired', refusal.hint ?? 'The token is not valid for this conversation.');
    case 'noConversation':
      return answer(404, 'BadArgument', 'Conversation not found.');
    case 'notActivity':
      return answer(400, 'BadArgument', 'The body must be a JSON activity.');
    case 'badActivity':
      return answer(400, 'BadArgument', refusal.problem);
    case 'botBusy':
      return answer(429, 'TooManyRequests', 'Wait for the bot to answer.', 1);
    case 'postTooLarge':
      return answer(413, 'PayloadTooLarge', 'The activity is larger than a conversation may hold or take in a minute.');
    case 'postTooMuch':
      return answer(429, 'TooManyRequests', 'This conversation has sent too much for now; wait as Retry-After says.', refusal.retryAfterSeconds);
    case 'botFailed':
      return answer(502, 'BotError', 'The bot could not handle the activity.');
    case 'notTheBot':
      return answer(401, 'Unauthorized', 'Only the bot may call the local connector.');
    case 'conversationEnded':
      return answer(404, 'ConversationNotFound', 'The conversation has ended.');
    case 'notBotActivity':
      return answer(400, 'BadArgument', 'The body must be an activity with a type.');
    case 'replyTooLarge':
      return answer(413, 'PayloadTooLarge', 'The activity is larger than a conversation may hold.');
    case 'noSuchActivity':
      return answer(404, 'ActivityNotFound', 'No such activity in this conversation.');
  }
}

/** The store's refusal of a token (401: none, 403: not this conversation's, 404: no such conversation) as a refusal. */
export function accessRefusal(status: 401 | 403 | 404, hint?: string): DirectLineRefusal {
  const withHint = hint !== undefined ? { hint } : {};
  if (status === 401) return { kind: 'noToken', ...withHint };
  return status === 403 ? { kind: 'wrongToken', ...withHint } : { kind: 'noConversation' };
}
