// Bot state with optimistic concurrency. botbuilder's BotState writes every change with eTag "*"
// (last writer wins), so two turns of one conversation, in one process or two, silently overwrite
// each other. These subclasses write conditionally (stateStorage.ts: if-match the version read, or
// create-only), so a lost race surfaces as StateConflictError and reliableTurns.ts re-runs the turn.
// The bot never saves: the turn runner commits once, at the end, user state first and conversation
// state last (the commit point: it carries the answers and the ids of the activities processed).
import { BotState, ConversationState, StatePropertyAccessor, TurnContext, UserState } from 'botbuilder';
import { CorruptStateError, StateConflictError, StateStorageError, errorSummary } from '../errors/turnErrors';
import { ConditionalStorage, StateEntryTooLargeError, StoredItem, WriteResult, conditional, contentJson } from './stateStorage';
import { StateEntry, StateScope, turnStateOf } from '../context/turnState';
import { StateContent as StateItem, heldServes, landedETag, readRecord, restoreContent, writePlan } from '../../conversation/channel/stateVersions';

/** Starts a new attempt of the turn: the next load of every optimistic state re-reads storage. */
export function beginAttempt(context: TurnContext, attempt: number): void {
  turnStateOf(context).attempt = attempt;
}

/** The turn's entry for one state (made on first use): the state and what it was read from live in the turn's one object. */
function entryOf(context: Pick<TurnContext, 'turnState'>, scope: StateScope): StateEntry {
  const turn = turnStateOf(context);
  const states = (turn.states ??= {});
  return (states[scope] ??= {});
}

function storageError(error: unknown, operation: string): Error {
  if (error instanceof CorruptStateError || error instanceof StateConflictError || error instanceof StateStorageError) return error;
  // Not a storage failure: retrying would write as much again.
  if (error instanceof StateEntryTooLargeError) return error;
  const s = errorSummary(error);
  return new StateStorageError(`State ${operation} failed: ${s.code ?? s.statusCode ?? s.name}`, { cause: error });
}

// A mixin's base constructor must take `any[]` (TypeScript's rule for mixin classes, TS2545).
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- required by TypeScript's mixin pattern
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
  /** Takes the state as absent without reading it: a write of it is then create-only. */
  assumeAbsent(context: TurnContext): void;
  /** Whether this turn found (or took) the state absent and has not written it since. */
  foundAbsent(context: TurnContext): boolean;
}

/**
 * The turn's state is kept in the turn's own object (its entry for this scope), and every BotState
 * method that reads or writes BotState's (private) slot is overridden: load, get, clear, delete,
 * saveChanges. Property accessors reach the state through load(), so they work as before.
 */
function withOptimisticConcurrency<TBase extends Constructor<KeyedState>>(Base: TBase, scope: StateScope) {
  return class extends Base implements OptimisticState {
    /** The storage with its typed conditional write (BotState's storage is set by now). */
    private readonly store: ConditionalStorage = conditional(this.storage);

    override async load(context: TurnContext, force = false): Promise<StateItem> {
      const entry = entryOf(context, scope);
      const attempt = turnStateOf(context).attempt ?? 0;
      const record = entry.read;
      const cached = entry.state;
      // Read in this attempt already (so under a key): served without building the key again,
      // which BotState's getStorageKey does as a new string at each of a turn's several loads.
      if (cached && record !== undefined && heldServes(force, record.attempt, attempt)) return cached;
      const key = this.getStorageKey(context);
      // Without a key BotState throws its own (input) error; let it.
      if (!key) return super.load(context, force) as Promise<StateItem>;
      if (cached && heldServes(force, record?.attempt, attempt)) {
        // A state set by clear() before anything was read: it builds on whatever is stored now.
        if (record === undefined) entry.read = readRecord(cached, contentJson(cached), attempt);
        return cached;
      }
      let found: StoredItem | undefined;
      try {
        found = await this.store.readItem(key);
      } catch (error) {
        throw storageError(error, 'read');
      }
      const state: StateItem = found ? found.state : {};
      entry.state = state;
      entry.read = readRecord(state, found ? found.json : '{}', attempt);
      return state;
    }

    assumeAbsent(context: TurnContext): void {
      const entry = entryOf(context, scope);
      entry.state = {};
      entry.read = readRecord({}, '{}', turnStateOf(context).attempt ?? 0);
    }

    foundAbsent(context: TurnContext): boolean {
      const record = entryOf(context, scope).read;
      return record !== undefined && record.eTag === undefined;
    }

    /** The property's accessor: botbuilder's behaviour, as StateProperty has it. */
    override createProperty<T>(name: string): StatePropertyAccessor<T> {
      return new StateProperty<T>(this, name);
    }

    override get(context: TurnContext): StateItem | undefined {
      return entryOf(context, scope).state;
    }

    override async clear(context: TurnContext): Promise<void> {
      entryOf(context, scope).state = {};
    }

    override async delete(context: TurnContext): Promise<void> {
      entryOf(context, scope).state = undefined;
      const key = this.getStorageKey(context);
      if (key) await this.storage.delete([key]);
    }

    /** The same write as commit(): there is one save path, whoever calls it. */
    override async saveChanges(context: TurnContext, force = false): Promise<void> {
      await this.commit(context, force);
    }

    /**
     * Compares the state's JSON with the JSON the storage read it from, instead of botbuilder's
     * calculateChangeHash (a replacer-driven stringify plus SHA-256, several per turn): the state
     * is plain JSON data by construction, as every storage writes it as JSON. A mere change of key
     * order counts as a change, which costs at most one unneeded write.
     */
    isChanged(context: TurnContext): boolean {
      const { state, read } = entryOf(context, scope);
      return state !== undefined && read !== undefined && contentJson(state) !== read.stored;
    }

    async commit(context: TurnContext, force = false): Promise<boolean> {
      const entry = entryOf(context, scope);
      const { state, read: record } = entry;
      const key = this.getStorageKey(context);
      if (!key) return false;
      const content = state && record ? contentJson(state) : undefined;
      const plan = writePlan(state && record, content, force);
      if (plan.kind === 'none') return false;
      if (plan.kind === 'unconditional' || !state || !record || content === undefined) {
        // Nothing was read this turn (or it was deleted): BotState's own behaviour.
        const written = { ...(state ?? {}), eTag: '*' };
        try {
          await this.storage.write({ [key]: written });
        } catch (error) {
          throw storageError(error, 'write');
        }
        entry.state = state ?? {};
        return true;
      }
      let result: WriteResult;
      try {
        result = await this.store.write(key, content, plan.condition);
      } catch (error) {
        // The write may have reached the storage with only its answer lost (a connection reset or
        // a timeout after the request went out). Taken as failed, its replies would never be sent,
        // and the channel's retry would find the activity already processed. So look: if what is
        // stored now is what this turn wrote, it is saved.
        const landed = await this.storedETagIf(key, content).catch(() => undefined);
        if (landed === undefined) throw storageError(error, 'write');
        result = { eTag: landed };
      }
      if ('conflict' in result) throw new StateConflictError('The state changed in another turn');
      record.eTag = result.eTag;
      record.stored = content;
      state.eTag = result.eTag;
      return true;
    }

    async amend(context: TurnContext, change: (state: StateItem) => boolean): Promise<boolean> {
      const { state, read } = entryOf(context, scope);
      if (!state || !read) return false;
      if (!change(state)) return false;
      try {
        return await this.commit(context);
      } catch (error) {
        if (error instanceof StateConflictError) return false;
        throw error;
      }
    }

    async undo(context: TurnContext): Promise<boolean> {
      const record = entryOf(context, scope).read;
      if (!record) return false;
      const before = JSON.parse(record.snapshot) as StateItem;
      return this.amend(context, (state) => {
        restoreContent(state, before);
        return true;
      });
    }

    /** The eTag of the stored item if its content is `content`, else undefined (after a write whose answer was lost). */
    private async storedETagIf(key: string, content: string): Promise<string | undefined> {
      let stored: StoredItem | undefined;
      try {
        stored = await this.store.readItem(key);
      } catch (error) {
        throw storageError(error, 'read');
      }
      return landedETag(stored, content);
    }
  };
}

/**
 * A property of a state, as botbuilder's accessor behaves (a default is deep-copied onto the state
 * when the property is absent), in native async functions: botbuilder's are compiled to
 * generator-driven awaits, about 2% of a turn's allocation for the two or three reads every turn
 * makes (bench/README.md).
 */
class StateProperty<T> implements StatePropertyAccessor<T> {
  constructor(
    readonly state: BotState,
    readonly name: string,
  ) {}

  get(context: TurnContext): Promise<T | undefined>;
  get(context: TurnContext, defaultValue: T): Promise<T>;
  async get(context: TurnContext, defaultValue?: T): Promise<T | undefined> {
    const obj = (await this.state.load(context)) as Record<string, unknown>;
    if (!Object.prototype.hasOwnProperty.call(obj, this.name) && defaultValue !== undefined) {
      obj[this.name] = typeof defaultValue === 'object' ? (JSON.parse(JSON.stringify(defaultValue)) as unknown) : defaultValue;
    }
    return obj[this.name] as T | undefined;
  }

  async set(context: TurnContext, value: T): Promise<void> {
    const obj = (await this.state.load(context)) as Record<string, unknown>;
    obj[this.name] = value;
  }

  async delete(context: TurnContext): Promise<void> {
    const obj = (await this.state.load(context)) as Record<string, unknown>;
    if (Object.prototype.hasOwnProperty.call(obj, this.name)) delete obj[this.name];
  }
}

export const OptimisticConversationState = withOptimisticConcurrency(ConversationState, 'conversation');
export type OptimisticConversationState = InstanceType<typeof OptimisticConversationState>;
export const OptimisticUserState = withOptimisticConcurrency(UserState, 'user');
export type OptimisticUserState = InstanceType<typeof OptimisticUserState>;
