// The advisor's store as a plain conversation-state property. A conversation saved in the
// botbuilder-dialogs shape is moved on its next turn: the store goes under the property and the
// old property is dropped, both in the turn's one write (conversation/advisorStore.ts reads it).
import { StatePropertyAccessor, TurnContext } from 'botbuilder';
import { ADVISOR_PROPERTY, AdvisorStore, DIALOG_STATE_PROPERTY, foundStore } from '../../conversation/advisorStore';

/** What the accessor needs of the conversation state: botbuilder's BotState and ours both fit. */
interface PropertyOwner {
  createProperty<T>(name: string): StatePropertyAccessor<T>;
}

export class AdvisorStoreProperty {
  private readonly advisor: StatePropertyAccessor<AdvisorStore>;
  private readonly dialogState: StatePropertyAccessor<unknown>;

  constructor(conversationState: PropertyOwner) {
    this.advisor = conversationState.createProperty<AdvisorStore>(ADVISOR_PROPERTY);
    this.dialogState = conversationState.createProperty<unknown>(DIALOG_STATE_PROPERTY);
  }

  /** The conversation's store, if it has one; nothing is added (beyond moving an old-shape store). */
  async read(context: TurnContext): Promise<AdvisorStore | undefined> {
    const found = foundStore({ advisor: await this.advisor.get(context), dialogState: await this.dialogState.get(context) });
    if (found.dropOld) await this.dialogState.delete(context);
    if (found.moved && found.store) await this.advisor.set(context, found.store);
    return found.store;
  }

  /** The conversation's store, a new empty one if it has none. */
  async load(context: TurnContext): Promise<AdvisorStore> {
    const store = await this.read(context);
    if (store) return store;
    const fresh: AdvisorStore = {};
    await this.advisor.set(context, fresh);
    return fresh;
  }
}
