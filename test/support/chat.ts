// A conversation with the real bot (state, dialog, cards) over botbuilder's TestAdapter, as a
// channel would hold it. Replies and in-place updates are recorded for assertions.
import type { AdvisorSettings } from '../../src/hosting/app';
import {
  Activity,
  ActivityTypes,
  AutoSaveStateMiddleware,
  ConversationState,
  INVOKE_RESPONSE_KEY,
  MemoryStorage,
  Storage,
  TestAdapter,
  TurnContext,
} from 'botbuilder';
import { AuthenticationConstants, ClaimsIdentity } from 'botframework-connector';
import type { PartnerActions } from '../../src/hosting/actions';
import type { CaseStore } from '../../src/hosting/cases/caseStore';
import type { FollowUpClickHandler } from '../../src/hosting/cases/followUpClicks';
import { createBot } from '../../src/hosting/app';
import { testConfig } from './config';
import { AdaptiveCard, cardActions } from '../../src/conversation/cards/cards';
import { Cloud } from '../../src/domain/questions';
import type { EditionId } from '../../src/domain/editions';
import type { DeploymentContent } from '../../src/domain/deploymentContent';

export interface CardJson {
  type: string;
  body?: CardElement[];
  actions?: CardAction[];
  [key: string]: unknown;
}
export interface CardElement {
  type: string;
  id?: string;
  text?: string;
  items?: CardElement[];
  columns?: { items?: CardElement[] }[];
  choices?: { title: string; value: string }[];
  facts?: { title: string; value: string }[];
  [key: string]: unknown;
}
export interface CardAction {
  type: string;
  title: string;
  data?: Record<string, unknown>;
}

/** Every button of a card: its own actions and those of the rows (ActionSets) in its body. */
export function buttonsOf(card: CardJson | Record<string, unknown>): CardAction[] {
  return cardActions(card as unknown as AdaptiveCard) as unknown as CardAction[];
}

/** The claims CloudAdapter keeps for a turn whose channel token it verified (issued by the Bot Framework channel service). */
const CHANNEL_IDENTITY = new ClaimsIdentity(
  [
    { type: AuthenticationConstants.IssuerClaim, value: AuthenticationConstants.ToBotFromChannelTokenIssuer },
    { type: AuthenticationConstants.AudienceClaim, value: 'advisor-app' },
  ],
  true,
);

class RecordingAdapter extends TestAdapter {
  readonly updates: Partial<Activity>[] = [];
  override async updateActivity(context: TurnContext, activity: Partial<Activity>): Promise<void> {
    this.updates.push(activity);
    await super.updateActivity(context, activity);
  }
}

export interface ChatOptions {
  channelId?: string;
  locale?: string;
  preset?: Cloud;
  /** The edition of the policy the bot answers from (absent: the default, as POLICY_EDITION unset). */
  edition?: EditionId;
  /** The deployment's content (a partner's overlay, rows due for review), as the app loads it. */
  content?: DeploymentContent;
  storage?: Storage;
  conversationId?: string;
  userId?: string;
  /** The bot's account id (Teams gives bots a "28:" id). */
  botId?: string;
  /** Teams conversation type: personal (default), groupChat or channel. */
  conversationType?: 'personal' | 'groupChat' | 'channel';
  /** The Partner Center actions (test/support/actionWorld.ts), on the bot's conversation state. */
  actions?: (conversationState: ConversationState) => PartnerActions;
  /** The open items My cases lists (with the actions only, as the app wires them). */
  cases?: CaseStore;
  /** The tenant Teams names on the conversation (conversation.tenantId). */
  tenantId?: string;
  /**
   * Whether each turn came with a channel's Bot Framework token the adapter verified, as a
   * registered bot's Teams turns do (default: in Teams only); CloudAdapter keeps its claims in turnState.
   */
  verifiedChannel?: boolean;
  /** The follow-ups' buttons (src/hosting/cases), on the bot's conversation state and its actions. */
  followUpClicks?: (conversationState: ConversationState, actions: PartnerActions | undefined) => FollowUpClickHandler;
  /** The team view's settings: how a sign-in token is verified, how owners are told, the per-person bound. */
  team?: Pick<AdvisorSettings, 'verifySignIn' | 'tellOwner' | 'maxOpenPerUser' | 'logger'>;
}

export class Chat {
  readonly adapter: RecordingAdapter;
  /** Every activity the bot sent, in order. */
  readonly transcript: Partial<Activity>[] = [];
  /** The bot under test (to register extra handlers on it). */
  readonly bot: ReturnType<typeof createBot>['bot'];
  private readonly storage: Storage;

  constructor(private readonly options: ChatOptions = {}) {
    this.storage = options.storage ?? new MemoryStorage();
    const { bot, conversationState, userState } = createBot(
      {
        ...testConfig({ presetCloud: options.preset, ...(options.edition ? { policyEdition: options.edition } : {}) }),
        ...(options.content ? { content: options.content } : {}),
        ...options.team,
      },
      this.storage,
      {
        ...(options.actions ? { actions: options.actions } : {}),
        ...(options.cases ? { cases: options.cases } : {}),
        ...(options.followUpClicks ? { followUpClicks: options.followUpClicks } : {}),
      },
    );
    this.bot = bot;
    this.adapter = new RecordingAdapter(
      async (context) => {
        if (options.verifiedChannel ?? (options.channelId ?? 'msteams') === 'msteams') context.turnState.set(context.adapter.BotIdentityKey, CHANNEL_IDENTITY);
        await bot.run(context);
        // An invoke's answer the bot put straight where the adapter reads it (not sent as an activity).
        const answer = context.turnState.get(INVOKE_RESPONSE_KEY) as Partial<Activity> | undefined;
        if (answer && !this.adapter.activeQueue.includes(answer)) this.adapter.activeQueue.push(answer);
      },
      {
        channelId: options.channelId ?? 'msteams',
        conversation: {
          id: options.conversationId ?? 'conversation-1',
          isGroup: (options.conversationType ?? 'personal') !== 'personal',
          conversationType: options.conversationType ?? 'personal',
          name: '',
          ...(options.tenantId ? { tenantId: options.tenantId } : {}),
        },
        recipient: { id: options.botId ?? 'advisor-bot', name: 'Advisor' },
        locale: options.locale ?? 'en-US',
        serviceUrl: 'https://service.example.test/',
      },
    );
    // The bot saves nothing itself; without the host's turn runner, this saves after each turn.
    this.adapter.use(new AutoSaveStateMiddleware(conversationState, userState));
  }

  /** Sends any activity (fields override the conversation's defaults). */
  async turn(activity: Partial<Activity>): Promise<Partial<Activity>[]> {
    // The sender is set per activity (the adapter's template would override it), so a test can
    // act as someone else in the conversation.
    await this.adapter.receiveActivity({ locale: this.options.locale ?? 'en-US', from: { id: this.options.userId ?? 'user-1', name: 'Partner' }, ...activity });
    const replies = this.adapter.activeQueue.splice(0);
    this.transcript.push(...replies);
    return replies;
  }

  /**
   * The bot is added to the conversation, as the channel reports it: Teams sends an
   * installationUpdate and a conversationUpdate (in either order); Web Chat a conversationUpdate.
   */
  async start(): Promise<Partial<Activity>[]> {
    const added = await this.turn({ type: ActivityTypes.ConversationUpdate, membersAdded: [{ id: 'advisor-bot', name: 'Advisor' }] });
    if ((this.options.channelId ?? 'msteams') !== 'msteams') return added;
    return [...added, ...(await this.turn({ type: ActivityTypes.InstallationUpdate, action: 'add' }))];
  }

  say(text: string, extra: Partial<Activity> = {}): Promise<Partial<Activity>[]> {
    return this.turn({ type: ActivityTypes.Message, text, ...extra });
  }

  /**
   * A click on a card's Action.Execute (Teams' Universal Actions): an adaptiveCard/action invoke
   * with the button's data merged with the card's input values. Returns the invoke's answer and
   * any new messages; a card in the answer replaces the clicked message in the transcript, as the
   * asker's client shows it.
   */
  async execute(data: Record<string, unknown> | undefined, options: ExecuteOptions = {}): Promise<ExecuteResult> {
    const value =
      'value' in options
        ? options.value
        : { action: { type: 'Action.Execute', verb: options.verb ?? String(data?.action ?? 'submit'), data }, trigger: options.trigger ?? 'manual' };
    const before = this.transcript.length;
    const all = await this.turn({
      type: 'invoke',
      name: 'adaptiveCard/action',
      value,
      ...(options.replyToId ? { replyToId: options.replyToId } : {}),
      ...(options.from ? { from: { name: '', ...options.from } } : {}),
    });
    const response = all.find((a) => a.type === 'invokeResponse')?.value as { status: number; body: CardActionBody } | undefined;
    if (!response) throw new Error('The bot gave the invoke no answer');
    const posted = all.filter((a) => a.type !== 'invokeResponse');
    // The transcript holds what the asker sees: the answer's card in place of the clicked message.
    this.transcript.splice(before, this.transcript.length - before, ...posted);
    const asChatUser = options.from === undefined || options.from.id === (this.options.userId ?? 'user-1');
    if (response.body?.type === 'application/vnd.microsoft.card.adaptive' && options.replyToId && asChatUser) {
      const shown: Partial<Activity> = {
        type: 'message',
        id: options.replyToId,
        attachments: [{ contentType: response.body.type, content: response.body.value }],
      };
      const at = this.transcript.findIndex((a) => a.id === options.replyToId);
      if (at >= 0) this.transcript.splice(at, 1);
      this.transcript.push(shown);
    }
    return { status: response.status, body: response.body, posted };
  }

  /** Clicks `option` on the current question card and Next, as Teams sends an Action.Execute. */
  executeAnswer(option: string, options: ExecuteOptions = {}): Promise<ExecuteResult> {
    const q = this.currentQuestion();
    if (!q.options.includes(option)) throw new Error(`Option ${option} is not on the ${q.id} card (${q.options.join(', ')})`);
    return this.execute({ ...q.data, [q.id]: option }, { ...(q.activityId ? { replyToId: q.activityId } : {}), ...options });
  }

  /** A click on a card's Action.Submit: its data merged with the card's input values. */
  submit(value: Record<string, unknown>, replyToId?: string): Promise<Partial<Activity>[]> {
    return this.turn({ type: ActivityTypes.Message, value, ...(replyToId ? { replyToId } : {}) });
  }

  /** The last card the bot sent. */
  lastCard(): CardJson {
    const card = [...this.transcript]
      .reverse()
      .map(cardOf)
      .find((c) => c !== undefined);
    if (!card) throw new Error('The bot has sent no card yet');
    return card;
  }

  /** The question on the last question card: id, options and the submit action's data. */
  currentQuestion(): { id: string; options: string[]; data: Record<string, unknown>; activityId?: string } {
    for (const activity of [...this.transcript].reverse()) {
      const card = cardOf(activity);
      const choiceSet = card && findElements(card, (e) => e.type === 'Input.ChoiceSet')[0];
      const submit = card?.actions?.find((a) => a.data?.action === 'answer');
      if (choiceSet && submit) {
        return {
          id: choiceSet.id!,
          options: (choiceSet.choices ?? []).map((c) => c.value),
          data: submit.data!,
          ...(activity.id ? { activityId: activity.id } : {}),
        };
      }
    }
    throw new Error('No question card in the transcript');
  }

  /** Clicks `option` on the current question card and Next. */
  answer(option: string): Promise<Partial<Activity>[]> {
    const q = this.currentQuestion();
    if (!q.options.includes(option)) throw new Error(`Option ${option} is not on the ${q.id} card (${q.options.join(', ')})`);
    return this.submit({ ...q.data, [q.id]: option }, q.activityId);
  }

  /** The data of a button on the last card that has one with this command. */
  button(command: string): Record<string, unknown> {
    for (const activity of [...this.transcript].reverse()) {
      const card = cardOf(activity);
      const action = card && buttonsOf(card).find((a) => a.data?.command === command);
      if (action?.data) return action.data;
    }
    throw new Error(`No card offers the ${command} button`);
  }

  get updates(): Partial<Activity>[] {
    return this.adapter.updates;
  }
}

export interface ExecuteOptions {
  replyToId?: string;
  /** Someone else in the conversation (default: the chat's user); Teams adds the Entra object id. */
  from?: { id: string; name?: string; aadObjectId?: string };
  verb?: string;
  trigger?: 'manual' | 'automatic';
  /** The invoke's whole value, as sent (for malformed ones). */
  value?: unknown;
}

export interface CardActionBody {
  statusCode: number;
  type: string;
  value: CardJson | { code: string; message: string };
}

export interface ExecuteResult {
  status: number;
  body: CardActionBody;
  posted: Partial<Activity>[];
}

export function cardOf(activity: Partial<Activity> | undefined): CardJson | undefined {
  const attachment = activity?.attachments?.find((a) => a.contentType === 'application/vnd.microsoft.card.adaptive');
  return attachment?.content as CardJson | undefined;
}

/** All elements of a card (depth first) that satisfy a predicate. */
export function findElements(card: CardJson, predicate: (e: CardElement) => boolean): CardElement[] {
  const found: CardElement[] = [];
  const visit = (elements: CardElement[] | undefined): void => {
    for (const e of elements ?? []) {
      if (predicate(e)) found.push(e);
      visit(e.items);
      for (const column of e.columns ?? []) visit(column.items);
    }
  };
  visit(card.body);
  return found;
}

export function elementIds(card: CardJson): string[] {
  return findElements(card, (e) => typeof e.id === 'string').map((e) => e.id!);
}

/** The verdict and outcome row a result card shows, read from the contract ids. */
export function resultOf(card: CardJson): { verdict?: string; row?: string } {
  const ids = elementIds(card);
  const verdict = ids.find((id) => id.startsWith('verdict-'))?.slice('verdict-'.length);
  const row = ids.find((id) => id.startsWith('outcome-'))?.slice('outcome-'.length);
  return { ...(verdict ? { verdict } : {}), ...(row ? { row } : {}) };
}

/** All texts of a card, for language and content checks. */
export function textsOf(card: CardJson): string[] {
  const texts = findElements(card, (e) => typeof e.text === 'string').map((e) => e.text!);
  for (const e of findElements(card, () => true)) {
    for (const c of e.choices ?? []) texts.push(c.title);
    for (const f of e.facts ?? []) texts.push(f.title, f.value);
  }
  for (const a of buttonsOf(card)) texts.push(a.title);
  return texts;
}
