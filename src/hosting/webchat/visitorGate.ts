// A Web Chat conversation outlives nothing its visitor ended: once a visitor signed out (or its
// session expired, visitorSessions.ts), the page still open with its Direct Line token reaches the
// bot no more. Its messages get one line, to reload the page (which brings a new visitor), and
// nothing else runs for them: the next person at that browser sees none of the partner's cases
// and acts on none of their sign-in. Turns of other channels pass untouched, and unread.
import { Middleware, TurnContext } from 'botbuilder';
import { catalogFor } from '../../domain/textCatalog';
import { toActivity } from '../../conversation/cards/messages';
import { TurnLocale, turnLocale } from '../locale/turnLocale';
import { setInvokeResponse } from '../replies/invokeResponse';
import { endedVisitorAnswer, isVisitorActivity } from '../../conversation/webChat/visitorRules';
import { VisitorSessions } from './visitorSessions';

export class EndedVisitorGate implements Middleware {
  constructor(
    private readonly sessions: VisitorSessions,
    private readonly locales: TurnLocale,
  ) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const activity = context.activity;
    if (!isVisitorActivity(activity) || !(await this.sessions.ended(activity.from.id))) return next();
    const answer = endedVisitorAnswer(activity.type);
    if (answer === 'reloadLine') {
      const locale = await this.locales.resolve(context).catch(() => turnLocale(context));
      await context.sendActivity(toActivity({ text: catalogFor(locale).actions.signIn.chatEnded }, activity.channelId, locale));
    } else if (answer === 'forbidden') {
      setInvokeResponse(context, { status: 403 });
    }
  }
}
