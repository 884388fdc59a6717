// What the follow-up tests share: a Teams-shaped chat whose conversation the follow-ups reach
// proactively (through the test adapter, as the host's continueConversation would), a case store on
// the same memory storage, a clock the test moves, and items made as an action leaves them.
import { Activity, ActivityEventNames, ActivityTypes, ConversationReference, Storage, TurnContext } from 'botbuilder';
import { InMemoryStateStorage } from '../../src/hosting/state/memoryStorage';
import { openItem, OpenItem, NewItem, CaseKind } from '../../src/domain/cases';
import type { LocaleTag } from '../../src/domain/locales';
import { conditional } from '../../src/hosting/state/stateStorage';
import { CaseStore } from '../../src/hosting/cases/caseStore';
import { followCases, FollowCases } from '../../src/hosting/cases/followCases';
import type { ContinueConversation } from '../../src/hosting/cases/proactive';
import type { AppTokens, Endpoints } from '../../src/hosting/cases/statusReader';
import type { PartnerActions } from '../../src/hosting/actions';
import { buttonsOf, Chat, ChatOptions } from '../support/chat';
import { captureLogger } from '../support/inProcess';

export const ASKER = { id: '29:asker', name: 'Alex Wilber' };
export const OTHER = { id: '29:colleague', name: 'Dana Rossi' };
export const DAY = 24 * 60 * 60 * 1000;
export const POLL_MS = 60_000;
export const START = Date.UTC(2026, 10, 24, 9, 0, 0);

export class Clock {
  constructor(public at = START) {}
  readonly now = (): number => this.at;
  advance(ms: number): void {
    this.at += ms;
  }
}

/** A stand-in's unsigned token for the app (no user), as the stand-in reads any JWT-shaped token. */
export const standinAppTokens: AppTokens = {
  token: async () => {
    const part = (o: unknown): string => Buffer.from(JSON.stringify(o)).toString('base64url');
    return `${part({ alg: 'none', typ: 'JWT' })}.${part({ aud: 'app', amr: ['pwd', 'mfa'], exp: Math.floor(Date.now() / 1000) + 3600 })}.`;
  },
};

export interface HarnessOptions extends Omit<ChatOptions, 'followUpClicks' | 'storage'> {
  storage?: Storage;
  clock?: Clock;
  /** Replaces the way into the conversation (a connector that fails, or refuses). */
  reach?: (real: ContinueConversation) => ContinueConversation;
  appTokens?: AppTokens;
  endpoints?: Endpoints;
  instanceId?: string;
}

/** A chat, its case store and the follow-ups on them. `proactive` holds what the follow-ups sent. */
export class Harness {
  readonly storage: Storage;
  readonly store: CaseStore;
  readonly clock: Clock;
  readonly chat: Chat;
  readonly log = captureLogger('debug');
  /** Every activity a follow-up sent into the conversation. */
  readonly proactive: Partial<Activity>[] = [];
  /** How often the conversation was tried (sent or not). */
  attempts = 0;
  follow!: FollowCases;

  constructor(readonly options: HarnessOptions = {}) {
    // The host's own memory storage: conditional writes in one step, as Blob's are.
    this.storage = options.storage ?? new InMemoryStateStorage();
    this.store = new CaseStore({ storage: conditional(this.storage), shards: 4 });
    this.clock = options.clock ?? new Clock();
    this.chat = new Chat({
      userId: ASKER.id,
      ...options,
      storage: this.storage,
      followUpClicks: (conversationState, actions: PartnerActions | undefined) => {
        const real: ContinueConversation = async (reference, logic) => {
          const continuation = TurnContext.applyConversationReference(
            { type: ActivityTypes.Event, name: ActivityEventNames.ContinueConversation },
            reference,
            true,
          );
          await this.chat.adapter.processActivity(continuation, logic);
          this.proactive.push(...this.chat.adapter.activeQueue.splice(0));
        };
        const reach = options.reach ? options.reach(real) : real;
        this.follow = followCases({
          store: this.store,
          conversationState,
          logger: this.log.logger,
          settings: { pollMs: POLL_MS, pollsPerMinute: 60 },
          continueConversation: async (reference, logic) => {
            this.attempts += 1;
            await reach(reference, logic);
          },
          now: this.clock.now,
          ...(options.instanceId ? { instanceId: options.instanceId } : {}),
          ...(options.appTokens ? { appTokens: options.appTokens } : {}),
          ...(options.endpoints ? { endpoints: async () => options.endpoints! } : {}),
          ...(actions ? { actionClick: actions.click.bind(actions) } : {}),
        });
        return this.follow.clicks;
      },
    });
  }

  /** The chat's conversation, as an action's turn would have kept it. */
  reference(): Partial<ConversationReference> {
    const o = this.options;
    return {
      channelId: o.channelId ?? 'msteams',
      serviceUrl: 'https://service.example.test/',
      conversation: {
        id: o.conversationId ?? 'conversation-1',
        conversationType: o.conversationType ?? 'personal',
        isGroup: (o.conversationType ?? 'personal') !== 'personal',
        name: '',
      },
      bot: { id: 'advisor-bot', name: 'Advisor' },
      user: { id: ASKER.id, name: ASKER.name },
      locale: o.locale ?? 'en-US',
    };
  }

  /** An item as an action leaves it, kept in the store. */
  async addItem(kind: CaseKind, objectId: string, fields: Partial<NewItem> = {}): Promise<OpenItem> {
    const item = openItem(
      {
        kind,
        objectId,
        customer: { tenantId: '3d8f2a61-4b7c-4e1a-9f0d-2c5b6a7e8f90', name: 'Contoso Ltd', domain: 'contoso.onmicrosoft.com' },
        owner: ASKER,
        locale: (this.options.locale ?? 'en-US') as LocaleTag,
        cardId: 'card0001',
        conversation: this.reference() as Record<string, unknown>,
        shared: (this.options.conversationType ?? 'personal') !== 'personal',
        ...fields,
      },
      this.clock.now(),
      POLL_MS,
    );
    await this.store.add(item, [`user:msteams:${ASKER.id}`]);
    return item;
  }
}

/** The follow-up cards among activities. */
export function cardsOf(activities: Partial<Activity>[]): Record<string, unknown>[] {
  return activities.flatMap((a) => a.attachments ?? []).map((a) => a.content as Record<string, unknown>);
}

/** The data of a card's follow-up buttons. */
export function followUpButtons(card: Record<string, unknown>): Record<string, unknown>[] {
  const actions = buttonsOf(card) as { data?: Record<string, unknown> }[];
  return actions.map((a) => a.data ?? {}).filter((d) => d.action === 'followUp');
}
