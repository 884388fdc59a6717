// The conversation's stored properties, each with one typed accessor, made once per conversation
// state: every room that reads the advisor's store, the actions' store or the follow-ups' delivery
// keys reads it through the same accessor, so a property has one name and one type in one place.
// The advisor's store is a plain property; a conversation saved in the botbuilder-dialogs shape is
// moved on its next turn: the store goes under the property and the old property is dropped, both
// in the turn's one write (conversation/advisor/advisorStore.ts reads it).
import { StatePropertyAccessor, TurnContext } from 'botbuilder';
import { ADVISOR_PROPERTY, AdvisorStore, DIALOG_STATE_PROPERTY, foundStore } from '../../conversation/advisor/advisorStore';
import { ACTIONS_PROPERTY, ActionsStore } from '../../conversation/actions/store';

/** What the accessors need of the conversation state: botbuilder's BotState and ours both fit. */
export interface PropertyOwner {
  createProperty<T>(name: string): StatePropertyAccessor<T>;
}

/** The property of the follow-ups' delivery keys (cases/proactive.ts). */
export const FOLLOW_UPS_DELIVERED_PROPERTY = 'followUpsDelivered';

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

export interface ConversationStores {
  advisor: AdvisorStoreProperty;
  actions: StatePropertyAccessor<ActionsStore>;
  followUpsDelivered: StatePropertyAccessor<string[]>;
}

const made = new WeakMap<PropertyOwner, ConversationStores>();

/** The conversation's properties on this state, made on first use. */
export function conversationStores(conversationState: PropertyOwner): ConversationStores {
  let stores = made.get(conversationState);
  if (!stores) {
    stores = {
      advisor: new AdvisorStoreProperty(conversationState),
      actions: conversationState.createProperty<ActionsStore>(ACTIONS_PROPERTY),
      followUpsDelivered: conversationState.createProperty<string[]>(FOLLOW_UPS_DELIVERED_PROPERTY),
    };
    made.set(conversationState, stores);
  }
  return stores;
}
