// The Partner Center actions against the local stand-ins (token service, Partner Center, Graph,
// the on-behalf-of grant), with a logger whose lines the test reads: what the action tests build
// their bot on. Tokens issued anywhere are kept so a test can show none reached a log line.
import { ConfigurationBotFrameworkAuthentication, ConversationState } from 'botbuilder';
import { ClaimsIdentity } from 'botframework-connector';
import type { UserTokenClient } from 'botframework-connector';
import { PartnerActions } from '../../src/hosting/actions';
import { SignIn } from '../../src/hosting/actions/signIn';
import type { PartnerActionsOptions } from '../../src/hosting/actions/partnerActions';
import { PartnerCenterStandin, StandinCustomer } from '../../tools/standins/partnerCenterStandin';
import { TokenServiceStandin } from '../../tools/standins/tokenService';
import { StandinOnBehalfOf } from '../../tools/standins/onBehalfOf';
import { captureLogger } from './inProcess';
import type { LogLine } from './botProcess';
import type { DeploymentContent } from '../../src/domain/deploymentContent';

export const CONNECTION = 'PartnerCenterTest';

export class ActionWorld {
  readonly partnerCenter = new PartnerCenterStandin();
  readonly tokenService = new TokenServiceStandin();
  readonly log = captureLogger('debug');
  onBehalfOf!: StandinOnBehalfOf;
  contoso!: StandinCustomer;
  private urls!: { partnerCenter: string; graph: string; token: string };
  private tokenServiceUrl!: string;
  private client?: Promise<UserTokenClient>;

  async start(): Promise<this> {
    this.urls = await this.partnerCenter.start();
    this.tokenServiceUrl = await this.tokenService.start();
    this.onBehalfOf = new StandinOnBehalfOf(this.urls.token);
    // Partner Center refuses App+User tokens without MFA (since April 2026); the stand-in too.
    this.partnerCenter.requireMfa = true;
    this.contoso = this.partnerCenter.addCustomer({
      tenantId: '3d8f2a61-4b7c-4e1a-9f0d-2c5b6a7e8f90',
      domain: 'contoso.onmicrosoft.com',
      companyName: 'Contoso Ltd',
    });
    return this;
  }

  async stop(): Promise<void> {
    await Promise.all([this.partnerCenter.stop(), this.tokenService.stop()]);
  }

  /** Where the stand-ins answer (the follow-ups' status reads go there too). */
  get endpoints(): { partnerCenter: string; graph: string } {
    return { partnerCenter: this.urls.partnerCenter, graph: this.urls.graph };
  }

  get lines(): LogLine[] {
    return this.log.lines;
  }

  /** The actions as the app builds them for PARTNER_ACTIONS_DEMO, on the stand-ins this world watches. */
  actions(
    conversationState: ConversationState,
    options: {
      timeoutMs?: number;
      content?: DeploymentContent;
      kept?: PartnerActionsOptions['kept'];
      openItemsFull?: PartnerActionsOptions['openItemsFull'];
    } = {},
  ): PartnerActions {
    this.client ??= new ConfigurationBotFrameworkAuthentication({ OAuthUrl: this.tokenServiceUrl }).createUserTokenClient(
      new ClaimsIdentity([{ type: 'aud', value: 'standin' }], true),
    );
    const client = this.client;
    return new PartnerActions({
      signIn: new SignIn(CONNECTION, () => client),
      onBehalfOf: this.onBehalfOf,
      endpoints: async () => ({ partnerCenter: this.urls.partnerCenter, graph: this.urls.graph }),
      conversationState,
      logger: this.log.logger,
      edition: '2026-11',
      ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
      ...(options.content ? { content: options.content } : {}),
      ...(options.kept ? { kept: options.kept } : {}),
      ...(options.openItemsFull ? { openItemsFull: options.openItemsFull } : {}),
    });
  }

  /** Every token any stand-in issued (user and service tokens alike). */
  issuedTokens(): string[] {
    return [...this.tokenService.issued, ...this.onBehalfOf.issued, ...this.partnerCenter.issued];
  }

  /** The log lines that carry one of the issued tokens (none, in a passing suite). */
  linesWithTokens(): string[] {
    const tokens = this.issuedTokens();
    return this.lines.map((l) => JSON.stringify(l)).filter((line) => tokens.some((t) => line.includes(t)));
  }
}
