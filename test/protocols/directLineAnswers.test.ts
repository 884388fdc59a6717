// What the local Direct Line answers when it refuses (protocols/http/directLineAnswers.ts),
// from tables written by hand.
import { strict as assert } from 'assert';
import { accessRefusal, DirectLineAnswer, DirectLineRefusal, directLineRefusal } from '../../src/protocols/http/directLineAnswers';

const error = (status: DirectLineAnswer['status'], code: string, message: string, retryAfterSeconds?: number): DirectLineAnswer => ({
  status,
  body: { error: { code, message } },
  ...(retryAfterSeconds !== undefined ? { retryAfterSeconds } : {}),
});

describe('Local Direct Line: its refusals', () => {
  it("answers each refusal with its status, Direct Line's error and, where waiting helps, how long", () => {
    const rows: [DirectLineRefusal, DirectLineAnswer][] = [
      [{ kind: 'noToken' }, error(401, 'MissingToken', 'Send the Direct Line token as "Authorization: Bearer <token>".')],
      [{ kind: 'noToken', hint: 'Get a token from /api/directline/token first.' }, error(401, 'MissingToken', 'Get a token from /api/directline/token first.')],
      [{ kind: 'wrongToken' }, error(403, 'TokenExpired', 'The token is not valid for this conversation.')],
      [{ kind: 'wrongToken', hint: 'The token has expired.' }, error(403, 'TokenExpired', 'The token has expired.')],
      [{ kind: 'noConversation' }, error(404, 'BadArgument', 'Conversation not found.')],
      [{ kind: 'notActivity' }, error(400, 'BadArgument', 'The body must be a JSON activity.')],
      [
        { kind: 'badActivity', problem: 'The activity type must be message, event or typing.' },
        error(400, 'BadArgument', 'The activity type must be message, event or typing.'),
      ],
      [{ kind: 'botBusy' }, error(429, 'TooManyRequests', 'Wait for the bot to answer.', 1)],
      [{ kind: 'postTooLarge' }, error(413, 'PayloadTooLarge', 'The activity is larger than a conversation may hold or take in a minute.')],
      [
        { kind: 'postTooMuch', retryAfterSeconds: 42 },
        error(429, 'TooManyRequests', 'This conversation has sent too much for now; wait as Retry-After says.', 42),
      ],
      [{ kind: 'botFailed' }, error(502, 'BotError', 'The bot could not handle the activity.')],
      [{ kind: 'notTheBot' }, error(401, 'Unauthorized', 'Only the bot may call the local connector.')],
      [{ kind: 'conversationEnded' }, error(404, 'ConversationNotFound', 'The conversation has ended.')],
      [{ kind: 'notBotActivity' }, error(400, 'BadArgument', 'The body must be an activity with a type.')],
      [{ kind: 'replyTooLarge' }, error(413, 'PayloadTooLarge', 'The activity is larger than a conversation may hold.')],
      [{ kind: 'noSuchActivity' }, error(404, 'ActivityNotFound', 'No such activity in this conversation.')],
    ];
    for (const [refusal, expected] of rows) assert.deepEqual(directLineRefusal(refusal), expected, refusal.kind);
  });

  it("reads the store's refusal of a token: none, another conversation's, or no such conversation", () => {
    const rows: [401 | 403 | 404, string | undefined, DirectLineRefusal][] = [
      [401, undefined, { kind: 'noToken' }],
      [401, 'Get a token first.', { kind: 'noToken', hint: 'Get a token first.' }],
      [403, undefined, { kind: 'wrongToken' }],
      [403, 'The token has expired.', { kind: 'wrongToken', hint: 'The token has expired.' }],
      [404, undefined, { kind: 'noConversation' }],
    ];
    for (const [status, hint, expected] of rows) assert.deepEqual(accessRefusal(status, hint), expected, `${status} ${hint ?? ''}`);
  });
});
