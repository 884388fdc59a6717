// Who may see a partner tenant's items (the team view) and be handed one: someone whose tenant and
// Entra object id the server verified itself, never what a client says. In Teams, the channel's
// Bot Framework token the adapter verified (owners.ts). Elsewhere (Web Chat), the Partner Center
// sign-in: the token the Bot Framework token service holds for this very user, verified by the
// server as the side panel's is (Entra's keys, the issuer of the tenant it names, the sign-in app as
// audience, a user's token); in the demonstration, by the stand-in token service that issued it.
import { TurnContext } from 'botbuilder';
import type { LocaleTag } from '../../domain/locales';
import type { Person } from '../../domain/teamCases';
import { personFrom } from '../../conversation/team/people';
import { EntraUser, isShared, verifiedEntraUser } from './owners';

/** The signed-in user's tenant and object id, from their sign-in token verified; undefined when it fails any check. */
export type SignInVerifier = (token: string) => Promise<EntraUser | undefined>;

export interface VerifiedViewer extends EntraUser {
  /** How the server knows: the Teams channel's token, or the Partner Center sign-in. */
  via: 'teams' | 'signIn';
}

export class TeamIdentity {
  constructor(
    private readonly options: {
      /** The user's token from the token service (the actions' sign-in); none when not signed in. */
      token?: (context: TurnContext) => Promise<string | undefined>;
      verify?: SignInVerifier;
    } = {},
  ) {}

  async of(context: TurnContext): Promise<VerifiedViewer | undefined> {
    const teams = verifiedEntraUser(context);
    if (teams) return { ...teams, via: 'teams' };
    const { token, verify } = this.options;
    if (!token || !verify) return undefined;
    const signedIn = await token(context).catch(() => undefined);
    if (!signedIn) return undefined;
    const user = await verify(signedIn).catch(() => undefined);
    if (!user) return undefined;
    return { tenantId: user.tenantId.toLowerCase(), objectId: user.objectId.toLowerCase(), via: 'signIn', ...(user.name ? { name: user.name } : {}) };
  }
}

/** The person a verified turn is, in their own chat (conversation/team/people.ts). */
export function personOf(context: TurnContext, viewer: VerifiedViewer, locale: LocaleTag, now: number): Omit<Person, 'ref'> | undefined {
  const reference = TurnContext.getConversationReference(context.activity) as unknown as Record<string, unknown>;
  return personFrom({ from: context.activity.from, channelId: context.activity.channelId ?? '', shared: isShared(context), reference }, viewer, locale, now);
}
