// The partner's one sign-in, through the Azure Bot's OAuth connection and the Bot Framework token
// service (or its local stand-in): the user's token is asked of the token service whenever a call
// needs it, never kept, never logged. Teams' single sign-on hands the bot a token to exchange
// (signin/tokenExchange); a sign-in through the card's page ends with a code (Teams'
// signin/verifyState, or typed in Web Chat) the token service takes once.
import { Activity, Attachment, CardFactory, SignInUrlResponse, TurnContext } from 'botbuilder';
import type { UserTokenClient } from 'botframework-connector';
import { loginRequestBody } from '../../conversation/actions/signInAnswers';
import { tokenServiceUser } from '../../conversation/actions/signedInUser';

/** Where the token service is reached: the SDK's client, made once per process. */
export type TokenClientSource = () => Promise<UserTokenClient>;

/** The user as the token service keys them (signedInUser.ts). */
const userOf = (context: TurnContext): { userId: string; channelId: string } | undefined => tokenServiceUser(context.activity);

export class SignIn {
  constructor(
    readonly connectionName: string,
    private readonly client: TokenClientSource,
  ) {}

  /** The signed-in user's token, or undefined when they are not signed in (or the service cannot say). */
  async token(context: TurnContext, code?: string): Promise<string | undefined> {
    const user = userOf(context);
    if (!user) return undefined;
    try {
      const response = await (await this.client()).getUserToken(user.userId, this.connectionName, user.channelId, code ?? '');
      return typeof response?.token === 'string' && response.token !== '' ? response.token : undefined;
    } catch {
      return undefined;
    }
  }

  /** Teams' single sign-on: the token Teams obtained for the sign-in app, exchanged for the connection's; undefined when refused (consent needed). */
  async exchange(context: TurnContext, token: string): Promise<string | undefined> {
    const user = userOf(context);
    if (!user) return undefined;
    try {
      const response = await (await this.client()).exchangeToken(user.userId, this.connectionName, user.channelId, { token });
      return typeof response?.token === 'string' && response.token !== '' ? response.token : undefined;
    } catch {
      return undefined;
    }
  }

  /** Signs the user out of the connection through the token service; false when the service could not be reached. */
  async signOut(context: TurnContext): Promise<boolean> {
    const user = userOf(context);
    if (!user) return false;
    try {
      await (await this.client()).signOutUser(user.userId, this.connectionName, user.channelId);
      return true;
    } catch {
      return false;
    }
  }

  /** The token service's sign-in resource for this click, with its link; undefined when it gives none or fails. */
  private async signInResource(context: TurnContext): Promise<(SignInUrlResponse & { signInLink: string }) | undefined> {
    try {
      const resource = await (await this.client()).getSignInResource(this.connectionName, context.activity as Activity, '');
      return resource?.signInLink ? { ...resource, signInLink: resource.signInLink } : undefined;
    } catch {
      return undefined;
    }
  }

  /** Universal Actions' sign-in request (conversation/actions/signInAnswers.ts); undefined when the token service gave no link. */
  async loginRequest(context: TurnContext, texts: { text: string; button: string }): Promise<Record<string, unknown> | undefined> {
    const resource = await this.signInResource(context);
    return resource ? loginRequestBody(this.connectionName, resource, texts) : undefined;
  }

  /**
   * The sign-in card: an OAuth card with the token service's sign-in link and, for Teams' single
   * sign-on, its token exchange resource. Undefined when the token service gave no link.
   */
  async card(context: TurnContext, texts: { title: string; text: string; button: string }): Promise<Attachment | undefined> {
    const resource = await this.signInResource(context);
    if (!resource) return undefined;
    const attachment = CardFactory.oauthCard(
      this.connectionName,
      texts.button,
      texts.text,
      resource.signInLink,
      resource.tokenExchangeResource,
      resource.tokenPostResource,
    );
    // A title as the other cards' (Web Chat draws a card's title as a heading), the text under it, then the button.
    return { ...attachment, content: { ...(attachment.content as object), title: texts.title, text: texts.text } };
  }
}
