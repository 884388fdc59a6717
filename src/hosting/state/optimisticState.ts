// Bot state with optimistic concurrency. botbuilder's BotState writes every change with eTag "*"
// (last writer wins), so two turns of one conversation running at once, in one process or in two,
// silently overwrite each other. These subclasses write with the eTag of the version they read
// (or "must not exist yet" for a new item), so a lost race surfaces as StateConflictError and the
// turn runner (reliableTurns.ts) re-runs the whole turn on fresh state.
//
// The bot never saves: whatever runs it does. In the host that is the turn runner, which commits
// once, at the end, user state first and conversation state last (the conversation write is the
// commit point: it carries the answers and the ids of the activities already processed).
import { BotState, ConversationState, StoreItem, TurnContext, UserState } from 'botbuilder';
import { CorruptStateError, StateConflictError, StateStorageError, errorSummary, isETagConflict } from '../errors/turnErrors';

/**
 * The eTag that means "create only": MemoryStorage then refuses to overwrite an existing item
 * (its eTag never matches) and BlobStateStorage sends If-None-Match: *.
 */
export const NEW_ITEM_ETAG = 'advisor:new-item';

interface ReadRecord {
  /** eTag of the stored version this turn builds on; undefined: the item did not exist. */
  eTag?: string;
  /** False after a write whose new eTag the storage did not report (MemoryStorage). */
  eTagKnown: boolean;
  /** The stored version as JSON (without its eTag): what a change is detected against. */
  stored: string;
  /** The attempt of the turn that read it (see beginAttempt). */
  attempt: number;
  /** The state as read, as JSON, for undoing this turn's change. */
  snapshot: string;
}

const RECORDS = Symbol('optimisticState.records');
const ATTEMPT = Symbol('optimisticState.attempt');

function records(context: TurnContext): Map<BotState, ReadRecord> {
  let map = context.turnState.get(RECORDS) as Map<BotState, ReadRecord> | undefined;
  if (!map) {
    map = new Map();
    context.turnState.set(RECORDS, map);
  }
  return map;
}

/** Starts a new attempt of the turn: the next load of every optimistic state re-reads storage. */
export function beginAttempt(context: TurnContext, attempt: number): void {
  context.turnState.set(ATTEMPT, attempt);
}

function storageError(error: unknown, operation: string): Error {
  if (error instanceof CorruptStateError || error instanceof StateConflictError || error instanceof StateStorageError) return error;
  const s = errorSummary(error);
  return new StateStorageError(`State ${operation} failed: ${s.code ?? s.statusCode ?? s.name}`, { cause: error });
}

type StateItem = Record<string, unknown> & { eTag?: string };

/**
 * The JSON text of an item's content (without its eTag), carried beside the item between a
 * storage that knows it and the state, so neither serialises the same state twice: a storage
 * notes the text it read for the item it returns (withReadText), and commit() puts the text it
 * compared on the fresh item it writes (contentTextOf). A read text is taken once, right after the
 * read, before anything can change the item; a storage trusts a write text only, which nothing
 * but commit() sets, on an item it has just built, so a text is never stale. Neither touches the
 * item's own properties (a deleted property would slow every later access to the state).
 */
const readTexts = new WeakMap<object, string>();
const WRITE_TEXT = Symbol('stateWriteText');

/** For storages: the item read, noted with the text it was stored as. */
export function withReadText<T extends object>(item: T, text: string): T {
  readTexts.set(item, text);
  return item;
}

/** For storages: an item's content (without its eTag) as JSON, as commit() already made it if it did. */
export function contentTextOf(item: object): string {
  const text = (item as Record<symbol, unknown>)[WRITE_TEXT];
  return typeof text === 'string' ? text : contentOf(item as StateItem);
}

/** Takes the read text of a freshly read item (it describes the item only until it changes). */
function takeReadText(item: object): string | undefined {
  const text = readTexts.get(item);
  if (text !== undefined) readTexts.delete(item);
  return text;
}

/**
 * A state's content as JSON, without its eTag. Change detection compares these texts instead of
 * botbuilder's calculateChangeHash (a replacer-driven stringify plus SHA-256, several per turn):
 * the state is plain JSON data by construction, as every storage writes it as JSON. A mere
 * change of key order counts as a change, which costs at most one unneeded write.
 */
function contentOf(state: StateItem): string {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { eTag, ...content } = state;
  return JSON.stringify(content);
}
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Constructor<T> = new (...args: any[]) => T;
type KeyedState = BotState & { getStorageKey(context: TurnContext): string | undefined };

export interface OptimisticState {
  /** Writes the state if it changed (or force), conditionally on the version read. */
  commit(context: TurnContext, force?: boolean): Promise<boolean>;
  /** Whether the state differs from the stored version this turn read. */
  isChanged(context: TurnContext): boolean;
  /** A follow-up change after commit, applied only if nobody else wrote in between. */
  amend(context: TurnContext, change: (state: StateItem) => boolean): Promise<boolean>;
  /** Puts back the version this turn read (after a reply could not be delivered). */
  undo(context: TurnContext): Promise<boolean>;
}

function withOptimisticConcurrency<TBase extends Constructor<KeyedState>>(Base: TBase) {
  return class extends Base implements OptimisticState {
    override async load(context: TurnContext, force = false): Promise<StateItem> {
      const key = this.getStorageKey(context);
      // Without a key BotState throws its own (input) error; let it.
      if (!key) return super.load(context, force) as Promise<StateItem>;
      const attempt = (context.turnState.get(ATTEMPT) as number | undefined) ?? 0;
      const record = records(context).get(this);
      const before = this.get(context) as StateItem | undefined;
      const reload = force || (record !== undefined && record.attempt !== attempt);
      let state: StateItem;
      let text: string | undefined;
      try {
        ({ state, text } = await this.read(context, key, reload));
      } catch (error) {
        throw storageError(error, 'read');
      }
      if (reload || record === undefined || state !== before) {
        const content = text ?? contentOf(state);
        records(context).set(this, {
          eTag: typeof state.eTag === 'string' && state.eTag !== '*' ? state.eTag : undefined,
          eTagKnown: true,
          stored: content,
          attempt,
          snapshot: content,
        });
      }
      return state;
    }

    /**
     * BotState.load, less its change hash: it hashes every state it reads (a replacer-driven
     * stringify plus SHA-256, about 3% of a turn) for a saveChanges that never runs here (every
     * save is commit(), which compares JSON texts). The state is cached where BotState keeps it,
     * so property accessors, clear() and delete() work as before; the empty hash is what
     * BotState.clear() leaves, meaning "changed" should BotState's own save ever see it.
     */
    private async read(context: TurnContext, key: string, force: boolean): Promise<{ state: StateItem; text?: string }> {
      const slot = (this as unknown as { stateKey: symbol }).stateKey;
      const cached = context.turnState.get(slot) as { state?: StateItem } | undefined;
      if (!force && cached?.state) return { state: cached.state };
      const items = await this.storage.read([key]);
      const found = items[key] as StateItem | undefined;
      const state = found ?? {};
      context.turnState.set(slot, { state, hash: '' });
      // The text the storage read it from, if it says (and nothing has touched the item yet).
      const text = found ? takeReadText(found) : contentOf(state);
      return text === undefined ? { state } : { state, text };
    }

    /** The same write as commit(): there is one save path, whoever calls it. */
    override async saveChanges(context: TurnContext, force = false): Promise<void> {
      await this.commit(context, force);
    }

    isChanged(context: TurnContext): boolean {
      const state = this.get(context) as StateItem | undefined;
      const record = records(context).get(this);
      return state !== undefined && record !== undefined && contentOf(state) !== record.stored;
    }

    async commit(context: TurnContext, force = false): Promise<boolean> {
      const state = this.get(context) as StateItem | undefined;
      const record = records(context).get(this);
      const key = this.getStorageKey(context);
      if (!state || !record || !key) {
        // Nothing was read this turn (or it was deleted): BotState's own behaviour.
        if (!force) return false;
        try {
          await super.saveChanges(context, true);
        } catch (error) {
          throw storageError(error, 'write');
        }
        return true;
      }
      const content = contentOf(state);
      if (!force && content === record.stored) return false;
      if (!record.eTagKnown) {
        // After a write whose eTag is unknown: learn it, if the stored item is still what we wrote.
        const eTag = await this.storedETagIf(key, record.stored);
        if (eTag === undefined) throw new StateConflictError('The state changed in another turn');
        record.eTag = eTag;
        record.eTagKnown = true;
      }

      const expected = record.eTag ?? NEW_ITEM_ETAG;
      const item: StoreItem = { ...state, eTag: expected };
      Object.defineProperty(item, WRITE_TEXT, { value: content });
      try {
        await this.storage.write({ [key]: item });
      } catch (error) {
        if (isETagConflict(error)) throw new StateConflictError('The state changed in another turn', { cause: error });
        // The write may have reached the storage with only its answer lost (a connection reset or
        // a timeout after the request went out). Taken as failed, its replies would never be sent,
        // and the channel's retry would find the activity already processed. So look: if what is
        // stored now is what this turn wrote, it is saved.
        const landed = await this.storedETagIf(key, content).catch(() => undefined);
        if (landed === undefined) throw storageError(error, 'write');
        item.eTag = landed;
      }
      // BlobStateStorage reports the new eTag on the item; MemoryStorage does not.
      const written = typeof item.eTag === 'string' && item.eTag !== expected ? item.eTag : undefined;
      record.eTag = written;
      record.eTagKnown = written !== undefined;
      record.stored = content;
      if (written !== undefined) state.eTag = written;
      else delete state.eTag;
      return true;
    }

    async amend(context: TurnContext, change: (state: StateItem) => boolean): Promise<boolean> {
      const state = this.get(context) as StateItem | undefined;
      if (!state || !records(context).has(this)) return false;
      if (!change(state)) return false;
      try {
        return await this.commit(context);
      } catch (error) {
        if (error instanceof StateConflictError) return false;
        throw error;
      }
    }

    async undo(context: TurnContext): Promise<boolean> {
      const record = records(context).get(this);
      if (!record) return false;
      const before = JSON.parse(record.snapshot) as StateItem;
      return this.amend(context, (state) => {
        for (const name of Object.keys(state)) if (name !== 'eTag') delete state[name];
        for (const [name, value] of Object.entries(before)) if (name !== 'eTag') state[name] = value;
        return true;
      });
    }

    /**
     * The eTag of the stored item if its content is `content`, else undefined. Used after a write
     * whose new eTag the storage did not report, and after one whose answer was lost.
     */
    private async storedETagIf(key: string, content: string): Promise<string | undefined> {
      let items;
      try {
        items = await this.storage.read([key]);
      } catch (error) {
        throw storageError(error, 'read');
      }
      const stored = items[key] as StateItem | undefined;
      if (!stored || typeof stored.eTag !== 'string' || stored.eTag === '*') return undefined;
      return (takeReadText(stored) ?? contentOf(stored)) === content ? stored.eTag : undefined;
    }
  };
}

export const OptimisticConversationState = withOptimisticConcurrency(ConversationState);
export type OptimisticConversationState = InstanceType<typeof OptimisticConversationState>;
export const OptimisticUserState = withOptimisticConcurrency(UserState);
export type OptimisticUserState = InstanceType<typeof OptimisticUserState>;
