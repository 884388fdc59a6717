// The Teams/Bot Framework activity handler: turns activities into advisor input in the turn's
// language (locale/turnLocale.ts). It saves nothing itself: the turn runner (turns/reliableTurns.ts)
// saves the state after the turn, or AutoSaveStateMiddleware where the bot runs without it.
import {
  Activity,
  ConversationState,
  MessagingExtensionQuery,
  MessagingExtensionResponse,
  StatePropertyAccessor,
  TeamsActivityHandler,
  TurnContext,
  UserState,
} from 'botbuilder';
import { DialogState } from 'botbuilder-dialogs';
import { isAddressedToBot, isSharedConversation, textForBot } from './teamsContext';
import { Answers } from '../../domain/questions';
import { catalogFor } from '../../domain/content';
import { LocaleTag, isLocaleTag } from '../../domain/locales';
import { AdvisorDialog } from '../dialogs/advisorDialog';
import { FlowInput } from '../../conversation/flow';
import { searchSituation } from '../../conversation/situationSearch';
import { cardAttachment, renderCard } from '../../conversation/cards';
import { TurnLocale, isTurnLocaleResolved, turnLocale } from '../locale/turnLocale';

/** The parameter of the search command in the Teams manifest (composeExtensions). */
export const SEARCH_PARAMETER = 'situation';

/** Longest text we try to understand; anything beyond is cut, not rejected. */
const MAX_TEXT = 2000;

/** What the user did: a card submit (its `value`) or typed text without the bot's @mention. */
export function inputFrom(activity: Partial<Activity>): FlowInput {
  if (activity.value !== undefined && activity.value !== null) return { kind: 'submit', data: activity.value };
  return { kind: 'text', text: textForBot(activity).slice(0, MAX_TEXT) };
}

export class AdvisorBot extends TeamsActivityHandler {
  private readonly dialogState: StatePropertyAccessor<DialogState>;
  private readonly locales: TurnLocale;

  constructor(
    conversationState: ConversationState,
    userState: UserState,
    private readonly dialog: AdvisorDialog,
    private readonly preset: Answers = {},
  ) {
    super();
    this.dialogState = conversationState.createProperty<DialogState>('dialogState');
    this.locales = new TurnLocale(userState);

    // One welcome when the bot itself is added; other people joining is not our business.
    // Teams sends both installationUpdate and conversationUpdate on install, and only the first
    // carries the user's locale, so Teams is greeted from that one; other channels (Web Chat,
    // Direct Line) only send conversationUpdate.
    this.onInstallationUpdateAdd(async (context, next) => {
      await this.greet(context);
      await next();
    });

    this.onMembersAdded(async (context, next) => {
      const botId = context.activity.recipient?.id;
      const botAdded = (context.activity.membersAdded ?? []).some((m) => m.id === botId);
      if (botAdded && context.activity.channelId !== 'msteams') await this.greet(context);
      await next();
    });
  }

  protected override async onMessageActivity(context: TurnContext): Promise<void> {
    await this.converseOnMessage(context);
    await super.onMessageActivity(context);
  }

  private async converseOnMessage(context: TurnContext): Promise<void> {
    // In group chats and channels people talk to each other: only @mentions are for us.
    if (isAddressedToBot(context.activity)) await this.converse(context, inputFrom(context.activity));
  }

  /** The language for this turn, as the locale middleware resolved it (resolved here when the bot runs without it, as in tests). */
  async localeFor(context: TurnContext): Promise<LocaleTag> {
    return isTurnLocaleResolved(context) ? turnLocale(context) : this.locales.resolve(context);
  }

  /** The search message extension: result cards for the situation typed in the compose box. */
  protected override async handleTeamsMessagingExtensionQuery(context: TurnContext, query: MessagingExtensionQuery): Promise<MessagingExtensionResponse> {
    const parameters = Array.isArray(query?.parameters) ? query.parameters : [];
    const typed: unknown = parameters.find((p) => p?.name === SEARCH_PARAMETER)?.value;
    const text = typeof typed === 'string' ? typed.slice(0, MAX_TEXT) : '';
    const locale = await this.localeFor(context);
    const items = searchSituation(text, catalogFor(locale), locale, this.preset);
    return {
      composeExtension: {
        type: 'result',
        attachmentLayout: 'list',
        attachments: items.map((i) => ({
          ...cardAttachment(renderCard(i.card)),
          preview: { contentType: 'application/vnd.microsoft.card.thumbnail', content: { title: i.title, text: i.subtitle } },
        })),
      },
    };
  }

  private greet(context: TurnContext): Promise<void> {
    return this.converse(context, { kind: 'start', greetOnly: isSharedConversation(context.activity) });
  }

  private async converse(context: TurnContext, input: FlowInput): Promise<void> {
    const locale = await this.localeFor(context);
    await this.dialog.run(context, this.dialogState, {
      locale,
      input,
      shared: isSharedConversation(context.activity),
      setLocale: async (chosen) => {
        if (isLocaleTag(chosen)) await this.locales.choose(context, chosen);
      },
    });
  }
}
