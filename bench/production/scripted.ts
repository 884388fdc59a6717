// One scripted conversation against the advisor on Blob state, and the storage requests each of
// its activities made: deterministic (the same script makes the same requests), so the tests can
// hold them exactly (a typing activity makes none, a message turn one write).
import { Activity } from 'botbuilder';
import { StandInConnector } from '../standInConnector';
import { PATHS, cards, post } from '../conversations';
import { StorageCounts, StorageProxy, countsSince } from './storageProxy';

export interface StepCounts {
  step: string;
  counts: StorageCounts;
}

interface CardData {
  action?: string;
  question?: string;
}

/** The first answer button of the last question card in the replies, with the message that holds it. */
function firstAnswer(activities: Partial<Activity>[]): { data: Record<string, unknown>; messageId?: string } | undefined {
  for (const activity of [...activities].reverse()) {
    for (const card of cards([activity])) {
      const data = card.actions?.find((a) => (a.data as CardData | undefined)?.action === 'answer')?.data;
      const question = typeof data?.question === 'string' ? data.question : undefined;
      if (data && question) {
        // The button's data with the chosen answer merged in, as the card's input sends it.
        const answered = { ...data, [question]: PATHS[0]![question] };
        return activity.id === undefined ? { data: answered } : { data: answered, messageId: activity.id };
      }
    }
  }
  return undefined;
}

/**
 * Teams (clicks as invokes) then Web Chat (clicks as messages): typing, typed text, a click, the
 * channel's redelivery of that click, a reaction; each step's requests once the storage is quiet.
 */
export async function scriptedConversation(base: string, proxy: StorageProxy, connector: StandInConnector, tag: string): Promise<StepCounts[]> {
  const steps: StepCounts[] = [];
  const step = async (name: string, send: () => Promise<{ activities: Partial<Activity>[] }>): Promise<Partial<Activity>[]> => {
    await proxy.settled();
    const before = proxy.snapshot();
    const reply = await send();
    await proxy.settled();
    steps.push({ step: name, counts: countsSince(proxy.snapshot(), before) });
    return reply.activities;
  };
  for (const channel of ['msteams', 'webchat'] as const) {
    const replies = { delivery: 'connector' as const, connector, channel, teamsClicks: 'invoke' as const };
    const id = `${tag}-${channel}`;
    await step(`${channel}: typing`, () => post(base, replies, id, { type: 'typing' }));
    const first = await step(`${channel}: first message (typed text)`, () => post(base, replies, id, { text: 'hi' }));
    const second = await step(`${channel}: second message (typed text)`, () => post(base, replies, id, { text: 'hi' }));
    const answer = firstAnswer(second) ?? firstAnswer(first);
    if (!answer) throw new Error(`${channel}: no question card to answer`);
    const clickId = `${id}-click`;
    const click =
      channel === 'msteams'
        ? {
            id: clickId,
            type: 'invoke',
            name: 'adaptiveCard/action',
            value: { action: { type: 'Action.Execute', verb: 'answer', data: answer.data }, trigger: 'manual' },
          }
        : { id: clickId, value: answer.data };
    const clickName = channel === 'msteams' ? 'card click (invoke)' : 'card submit (message)';
    await step(`${channel}: ${clickName}`, () => post(base, replies, id, click, answer.messageId));
    await step(`${channel}: the same ${clickName} redelivered`, () => post(base, replies, id, click, answer.messageId));
    await step(`${channel}: reaction`, () =>
      post(base, replies, id, { type: 'messageReaction', reactionsAdded: [{ type: 'like' }], ...(answer.messageId ? { replyToId: answer.messageId } : {}) }),
    );
  }
  return steps;
}
