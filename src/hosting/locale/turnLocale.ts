// The language of a turn, worked out once: the user's saved choice, then the activity's locale,
// then Teams' clientInfo, then the default. Everything that speaks to the user in the turn (the
// bot, the turn-error message, the tenant guard's refusal) reads it from turn state, so an error
// comes in the language the user picked, not the one their client happens to report.
import { Middleware, StatePropertyAccessor, TurnContext, UserState } from 'botbuilder';
import { LocaleTag, resolveLocale } from '../../domain/locales';
import { turnStateOf } from '../context/turnState';
import { clientInfoLocale, isInert } from '../../conversation/channel/channelActivity';

/** What the user state keeps about a user. */
export interface UserProfile {
  /** The language the user chose explicitly; it wins over what the client reports. */
  locale?: LocaleTag;
}

/**
 * The locale of this turn as resolved so far; before anything resolved it (a failure ahead of
 * the state read), what the activity itself says.
 */
export function turnLocale(context: TurnContext): LocaleTag {
  const resolved = turnStateOf(context).locale;
  return resolved ?? resolveLocale({ activityLocale: context.activity.locale, clientInfoLocale: clientInfoLocale(context.activity) });
}

export function isTurnLocaleResolved(context: TurnContext): boolean {
  return turnStateOf(context).locale !== undefined;
}

/** Records a new choice for the rest of the turn (the user just picked a language). */
export function setTurnLocale(context: TurnContext, locale: LocaleTag): void {
  turnStateOf(context).locale = locale;
}

/** Resolves the turn's locale and puts it in turn state (see the header). */
export class TurnLocale implements Middleware {
  readonly profile: StatePropertyAccessor<UserProfile>;

  constructor(userState: UserState) {
    this.profile = userState.createProperty<UserProfile>('profile');
  }

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    // A typing indicator says nothing to anyone: no read of the user's profile for it.
    if (!isInert(context.activity)) await this.resolve(context);
    await next();
  }

  /** The turn's locale, read from the user's profile on the first call of each turn attempt. */
  async resolve(context: TurnContext): Promise<LocaleTag> {
    // Read without a default: a default is stored, so a user who never chose a language would
    // cost a write of an empty profile (a refresh of a card would then not be read-only).
    const profile = (await this.profile.get(context)) ?? {};
    const locale = resolveLocale({ userChoice: profile.locale, activityLocale: context.activity.locale, clientInfoLocale: clientInfoLocale(context.activity) });
    setTurnLocale(context, locale);
    return locale;
  }

  /** Saves the user's choice and answers in it for the rest of the turn. */
  async choose(context: TurnContext, locale: LocaleTag): Promise<void> {
    await this.profile.set(context, { locale });
    setTurnLocale(context, locale);
  }
}
