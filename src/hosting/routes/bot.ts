// The Bot Framework activity handler, as thin as the SDK lets it be: every activity goes through
// the one route table (src/hosting/routes/table.ts). It saves nothing itself: the turn runner
// (turns/reliableTurns.ts) saves the state after the turn, or AutoSaveStateMiddleware where the
// bot runs without it. Handlers registered the SDK's way (onMessage, onTurn…) are refused, so the
// table stays the only list of what the bot answers.
import { ConversationState, TeamsActivityHandler, TurnContext } from 'botbuilder';
import type { AdvisorHost } from '../advisor/advisorHost';
import type { LocaleTag } from '../../domain/locales';
import type { TurnLocale } from '../locale/turnLocale';
import { AdvisorSettings, AdvisorTurns } from '../teams/advisorTurns';
import { Features, RouteTable, dispatch, routeTable } from './table';

/** Thrown at a handler registered outside the route table. */
export const OUTSIDE_ROUTE_TABLE = 'Handlers are registered in the route table (src/hosting/routes/table.ts), not on the bot';

export class AdvisorBot extends TeamsActivityHandler {
  private readonly advisor: AdvisorTurns;
  private readonly table: RouteTable;

  constructor(
    conversationState: ConversationState,
    locales: TurnLocale,
    advisor: AdvisorHost,
    settings: AdvisorSettings,
    /** The actions, My cases and the follow-ups, where the deployment has them (routes/table.ts). */
    features: Omit<Features, 'advisor' | 'sdkDefault'> = {},
  ) {
    super();
    this.advisor = new AdvisorTurns(conversationState, locales, advisor, settings);
    this.table = routeTable({ ...features, advisor: this.advisor, sdkDefault: (context) => super.onTurnActivity(context) });
  }

  /** ActivityHandlerBase.run's checks, then the route table, without ActivityHandler.run's per-turn descriptor object and generator-driven awaits. */
  override async run(context: TurnContext): Promise<void> {
    if (!context) throw new Error('Missing TurnContext parameter');
    if (!context.activity) throw new Error('TurnContext does not include an activity');
    if (!context.activity.type) throw new Error('Activity is missing its type');
    await this.onTurnActivity(context);
  }

  protected override onTurnActivity(context: TurnContext): Promise<void> {
    return dispatch(this.table, context);
  }

  /** Every SDK registration (onMessage, onTurn, onMembersAdded…) ends here: the route table is the one list. */
  protected override on(): this {
    throw new Error(OUTSIDE_ROUTE_TABLE);
  }

  /** The language for this turn, as the locale middleware resolved it. */
  localeFor(context: TurnContext): Promise<LocaleTag> {
    return this.advisor.localeFor(context);
  }
}
