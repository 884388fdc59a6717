// A conversation with a running bot over real HTTP, as a channel holds it: activities POSTed to
// /api/messages with deliveryMode expectReplies (the replies come back in the response), card
// clicks built from the last question card, and direct reads of the conversation's stored state.
import { Storage } from 'botbuilder';
import enUS from '../../content/texts/en-US.json';
import { CardJson, cardOf, findElements } from './chat';
import { postJson } from './http';

export interface Reply {
  type?: string;
  id?: string;
  text?: string;
  attachments?: { contentType: string; content: unknown }[];
}

export interface Turn {
  status: number;
  replies: Reply[];
}

export interface Question {
  id: string;
  options: string[];
  data: Record<string, unknown>;
  token: string;
}

/** The advisor's per-conversation state as stored (answers and position). */
export interface FlowState {
  phase: string;
  answers: Record<string, string>;
  history: string[];
  pending?: string;
  consultation: string;
  seq: number;
}

export interface HttpChatOptions {
  channelId?: string;
  userId?: string;
  locale?: string;
  /** Extra fields for every activity (e.g. a Teams tenant). */
  extra?: Record<string, unknown>;
}

let sequence = 0;

export class HttpChat {
  readonly transcript: Reply[] = [];
  readonly channelId: string;

  constructor(
    public base: string,
    readonly conversationId: string,
    private readonly options: HttpChatOptions = {},
  ) {
    this.channelId = options.channelId ?? 'webchat';
  }

  /** A complete activity of this conversation (not sent). */
  activity(fields: Record<string, unknown>): Record<string, unknown> {
    sequence += 1;
    return {
      type: 'message',
      id: `${this.conversationId}-a${sequence}`,
      channelId: this.channelId,
      serviceUrl: 'http://127.0.0.1:9/',
      deliveryMode: 'expectReplies',
      from: { id: this.options.userId ?? `user-${this.conversationId}` },
      recipient: { id: 'advisor-bot' },
      conversation: { id: this.conversationId, conversationType: 'personal' },
      locale: this.options.locale ?? 'en-US',
      ...this.options.extra,
      ...fields,
    };
  }

  /** Posts an activity; the replies are added to the transcript. */
  async post(activity: Record<string, unknown>, base = this.base): Promise<Turn> {
    const res = await postJson(`${base}/api/messages`, activity);
    const replies = ((res.json as { activities?: Reply[] } | undefined)?.activities ?? []).filter((a) => a.type === 'message');
    this.transcript.push(...replies);
    return { status: res.status, replies };
  }

  start(base = this.base): Promise<Turn> {
    return this.post(this.activity({ type: 'conversationUpdate', membersAdded: [{ id: 'advisor-bot' }] }), base);
  }

  say(text: string, base = this.base): Promise<Turn> {
    return this.post(this.activity({ text }), base);
  }

  /** The question on the last question card. */
  currentQuestion(): Question {
    for (const reply of [...this.transcript].reverse()) {
      const q = questionOf(reply);
      if (q) return q;
    }
    throw new Error('No question card in the transcript');
  }

  /** The card click that answers the current question with `option` (not sent). */
  answerActivity(option: string, question = this.currentQuestion()): Record<string, unknown> {
    if (!question.options.includes(option)) throw new Error(`${option} is not an option of ${question.id} (${question.options.join(', ')})`);
    return this.activity({ value: { ...question.data, [question.id]: option } });
  }

  answer(option: string, base = this.base): Promise<Turn> {
    return this.post(this.answerActivity(option), base);
  }

  /** The conversation's flow state as stored, read straight from the storage. */
  async flow(storage: Storage): Promise<FlowState | undefined> {
    return flowStateOf(storage, this.channelId, this.conversationId);
  }
}

export function questionOf(reply: Reply | undefined): Question | undefined {
  const card = cardOf(reply as never);
  const choiceSet = card && findElements(card, (e) => e.type === 'Input.ChoiceSet')[0];
  const submit = card?.actions?.find((a) => a.data?.action === 'answer');
  if (!choiceSet || !submit?.data) return undefined;
  return { id: choiceSet.id!, options: (choiceSet.choices ?? []).map((c) => c.value), data: submit.data, token: String(submit.data.token) };
}

/** A reply that says "that card is from an earlier step". */
export function isStaleNotice(reply: Reply): boolean {
  const card: CardJson | undefined = cardOf(reply as never);
  if (!card) return false;
  return findElements(card, (e) => typeof e.text === 'string' && e.text === enUS.question.stale).length > 0;
}

export async function flowStateOf(storage: Storage, channelId: string, conversationId: string): Promise<FlowState | undefined> {
  const key = conversationKey(channelId, conversationId);
  const item = (await storage.read([key]))[key] as { advisor?: { flow?: FlowState } } | undefined;
  return item?.advisor?.flow;
}

/** The whole stored conversation item (for ids and placeholders). */
export async function conversationItem(storage: Storage, channelId: string, conversationId: string): Promise<Record<string, unknown> | undefined> {
  const key = conversationKey(channelId, conversationId);
  return (await storage.read([key]))[key] as Record<string, unknown> | undefined;
}

/** ConversationState's storage key (botbuilder appends the empty namespace after a slash). */
export function conversationKey(channelId: string, conversationId: string): string {
  return `${channelId}/conversations/${conversationId}/`;
}
