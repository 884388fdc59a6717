// A Web Chat user over the app's local Direct Line, as the page talks to it: a token for a user id,
// the conversation started, messages and card clicks (submits) posted, the bot's activities read
// by watermark and waited for. What the Direct Line tests of the actions and the follow-ups share.
import { strict as assert } from 'assert';
import { postJson } from './http';
import type { CardJson } from './chat';

type Json = Record<string, unknown>;

export const ADAPTIVE = 'application/vnd.microsoft.card.adaptive';
export const OAUTH = 'application/vnd.microsoft.card.oauth';

/** The card of a type an activity carries (an Adaptive Card unless said). */
export const cardIn = (a: Json, type = ADAPTIVE): CardJson | undefined =>
  ((a.attachments ?? []) as { contentType: string; content: CardJson }[]).find((x) => x.contentType === type)?.content;

export interface DirectLineChat {
  /** Posts a message from the user (text, or a click's `value`). */
  say(fields: Json): Promise<unknown>;
  /** The bot's activities since the last read. */
  read(): Promise<Json[]>;
  /** Reads until `find` returns something for one of the bot's activities (within `ms`). */
  until<T>(find: (a: Json) => T | undefined, ms?: number): Promise<T>;
  /** Every activity of the bot read so far. */
  seen: Json[];
  /** The sign-in card's page opened and its code typed, as a newcomer does in the demonstration. */
  signInWithCode(): Promise<void>;
}

export async function openDirectLine(base: string, userId: string, locale: string): Promise<DirectLineChat> {
  const issued = await postJson(`${base}/api/directline/token`, { userId, locale });
  assert.equal(issued.status, 200, issued.text);
  const { token, conversationId: id } = issued.json as { token: string; conversationId: string };
  const auth = { authorization: `Bearer ${token}` };
  assert.equal((await postJson(`${base}/v3/directline/conversations`, { locale }, auth)).status, 201);
  const url = `${base}/v3/directline/conversations/${id}/activities`;
  let watermark = '';
  const seen: Json[] = [];
  const read = async (): Promise<Json[]> => {
    const res = await fetch(`${url}?watermark=${watermark}`, { headers: auth });
    const page = (await res.json()) as { activities: Json[]; watermark: string };
    watermark = page.watermark;
    const fromBot = page.activities.filter((a) => (a.from as Json | undefined)?.id !== userId);
    seen.push(...fromBot);
    return fromBot;
  };
  const until = async <T>(find: (a: Json) => T | undefined, ms = 10_000): Promise<T> => {
    const end = Date.now() + ms;
    while (Date.now() < end) {
      for (const a of await read()) {
        const found = find(a);
        if (found !== undefined) return found;
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error('the bot did not answer');
  };
  const say = (fields: Json): Promise<unknown> => postJson(url, { type: 'message', locale, from: { id: userId }, ...fields }, auth);
  await read();
  return {
    say,
    read,
    until,
    seen,
    signInWithCode: async () => {
      const signIn = await until((a) => cardIn(a, OAUTH) as unknown as { buttons: { value: string }[] } | undefined);
      const code = /\b(\d{6})\b/.exec(await (await fetch(signIn.buttons[0]!.value)).text())?.[1];
      assert.ok(code, 'the stand-in page shows a code');
      await say({ text: code });
    },
  };
}
