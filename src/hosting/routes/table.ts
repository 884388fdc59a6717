// Every way into the bot, and its handler, in one table. An activity's route is decided once by
// the pure routeOf (src/conversation/channel/routes.ts); a card click by its verb. A handler registered
// anywhere else is refused (routes/bot.ts), and a test reads the source for SDK handlers outside
// this file. docs/architecture.md draws this table (a test keeps the two in step).
import { InvokeResponse, TurnContext } from 'botbuilder';
import { ClickVerb, Route, RouteFacts, routeOf } from '../../conversation/channel/routes';
import { canUpdateMessages } from '../../conversation/cards/channelFeatures';
import { clickData, routeFactsOf as factsOf, surfaceOf } from '../../conversation/channel/channelActivity';
import { textForBot } from '../teams/teamsContext';
import { typedTextFor } from '../../conversation/channel/typedText';
import { AdvisorTurns } from '../teams/advisorTurns';
import { cardActionError } from '../../conversation/cards/cardActions';
import { catalogFor } from '../../domain/textCatalog';
import { turnLogOf } from '../logging/turnLogger';
import { setInvokeResponse } from '../replies/invokeResponse';
import { turnStateOf } from '../context/turnState';
import type { PartnerActions } from '../actions';
import type { MyCases } from '../cases/myCases';
import type { TeamCases } from '../cases/teamCases';
import type { FollowUpClickHandler } from '../cases/followUpClicks';
import { clickAnswer, invokeAnswer } from '../replies/clickAnswers';

/** A route's handler: an invoke's answer, or nothing (a message turn answers by sending). */
export type Handler = (context: TurnContext) => Promise<InvokeResponse | void>;

/** The table: one handler per route, and per verb for clicks (by message and by invoke). */
export interface RouteTable {
  followUp: Handler;
  welcome: Handler;
  text: Handler;
  click: Record<ClickVerb, { message: Handler; invoke: Handler }>;
  feedback: Handler;
  search: Handler;
  signIn: { tokenExchange: Handler; verifyState: Handler; tokensResponse: Handler };
  refused: { message: Handler; invoke: Handler };
  ignored: Handler;
  sdkDefault: Handler;
}

/** What the table's handlers are made of: the advice flow always; the actions, My cases and the follow-ups where the deployment has them. */
export interface Features {
  advisor: AdvisorTurns;
  actions?: PartnerActions;
  cases?: MyCases;
  /** The team view and hand-over (cases/teamCases.ts), with My cases. */
  team?: TeamCases;
  followUps?: FollowUpClickHandler;
  /** The follow-ups' proactive turns (cases/proactive.ts). */
  followUpTurns?: { run(context: TurnContext): Promise<void> };
  /** The SDK's own dispatch, for what the bot does not handle (an unknown invoke is answered 501). */
  sdkDefault: Handler;
}

export function routeTable(f: Features): RouteTable {
  const { advisor, actions, cases, team, followUps } = f;
  const locale = (context: TurnContext) => advisor.localeFor(context);
  const surface = (context: TurnContext) => surfaceOf(context.activity);
  const unknown = async (context: TurnContext): Promise<InvokeResponse> => invokeAnswer(cardActionError(catalogFor(await locale(context)), 'unknown'));
  // The advice flow's own buttons (its answers, Back, a refresh) and any verb whose feature is off here.
  const advisorClick = { message: (c: TurnContext) => advisor.message(c), invoke: (c: TurnContext) => advisor.cardAction(c) };
  const data = (context: TurnContext): unknown => clickData(context.activity);
  return {
    followUp: async (c) => f.followUpTurns?.run(c),
    welcome: (c) => advisor.welcome(c),
    // What typed text is for, decided once (conversation/channel/typedText.ts): My cases, the team view, the sign-in, else the advisor.
    text: async (c) => {
      const text = textForBot(c.activity);
      const typed = typedTextFor({ value: c.activity.value, text }, { myCases: cases !== undefined, team: team !== undefined, signIn: actions !== undefined });
      if (typed.to === 'myCases' && cases) return cases.typed(c, typed, await locale(c), surface(c));
      if (typed.to === 'team' && team) return team.typed(c, typed, await locale(c), surface(c));
      if (typed.to === 'signIn' && actions && (await actions.typedCode(c, text, await locale(c), surface(c)))) return;
      await advisor.message(c, text);
    },
    click: {
      partnerCenter: actions
        ? {
            message: async (c) => void (await actions.click(c, data(c), await locale(c), surface(c), false)),
            // Where the host updates messages (Teams) the clicked action card becomes the next step; Copilot keeps cards as sent.
            invoke: async (c) => {
              const answered = await actions.click(c, data(c), await locale(c), surface(c), canUpdateMessages(surface(c)));
              return answered ? clickAnswer(answered) : unknown(c);
            },
          }
        : advisorClick,
      myCases: cases
        ? {
            message: async (c) => void (await cases.click(c, data(c), await locale(c), surface(c), false)),
            invoke: async (c) => clickAnswer(await cases.click(c, data(c), await locale(c), surface(c), true)),
          }
        : advisorClick,
      teamCases: team
        ? {
            message: async (c) => void (await team.click(c, data(c), await locale(c), surface(c), false)),
            invoke: async (c) => clickAnswer(await team.click(c, data(c), await locale(c), surface(c), true)),
          }
        : advisorClick,
      followUp: followUps
        ? {
            message: async (c) => void (await followUps.click(c, data(c), await locale(c), surface(c), false)),
            invoke: async (c) => clickAnswer(await followUps.click(c, data(c), await locale(c), surface(c), canUpdateMessages(surface(c)))),
          }
        : advisorClick,
      copilot: { message: (c) => advisor.message(c), invoke: (c) => advisor.copilotClick(c) },
      advisor: advisorClick,
    },
    feedback: (c) => advisor.feedback.answer(c),
    search: (c) => advisor.search(c),
    signIn: actions
      ? {
          tokenExchange: async (c) => actions.tokenExchange(c, await locale(c), surface(c)),
          verifyState: async (c) => actions.verifyState(c, await locale(c), surface(c)),
          tokensResponse: async (c) => actions.tokensResponse(c, await locale(c), surface(c)),
        }
      : { tokenExchange: f.sdkDefault, verifyState: f.sdkDefault, tokensResponse: f.sdkDefault },
    refused: {
      message: async (c) => turnLogOf(c)?.debug('message ignored: the sender has no usable id'),
      invoke: (c) => advisor.refusedClick(c),
    },
    ignored: async () => undefined,
    sdkDefault: f.sdkDefault,
  };
}

/** The handler of a route. */
export function handlerOf(table: RouteTable, route: Route): Handler {
  switch (route.name) {
    case 'click':
      return table.click[route.verb][route.invoke ? 'invoke' : 'message'];
    case 'signIn':
      return table.signIn[route.step];
    case 'refused':
      return table.refused[route.invoke ? 'invoke' : 'message'];
    default:
      return table[route.name];
  }
}

/** The facts routeOf reads: off the activity, but whether the turn is the bot's own follow-up, off the turn's state. */
export function routeFactsOf(context: TurnContext): RouteFacts {
  return factsOf(context.activity, turnStateOf(context).followUp !== undefined);
}

/** One turn: its route, its handler, and an invoke's answer put where the adapter reads it. */
export async function dispatch(table: RouteTable, context: TurnContext): Promise<void> {
  const route = routeOf(routeFactsOf(context));
  const response = await handlerOf(table, route)(context);
  if (response) setInvokeResponse(context, response);
}
