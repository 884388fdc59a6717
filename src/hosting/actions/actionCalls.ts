// The calls the actions make for a partner, and their audit: Partner Center's and Graph's clients
// on the partner's tokens (their sign-in, exchanged on their behalf at each call, never kept), the
// customer look-up, and one audit record per call with the turn's correlation id.
import { ActionResult, CustomerRef, failed, succeeded } from '../../domain/actions';
import { CustomerLookup, customerLookup } from '../../domain/microsoftApis/partnerCenterAnswers';
import { MfaRequiredError, OnBehalfOf, TokenSource } from '../microsoftApis/call';
import { PartnerCenterClient } from '../microsoftApis/partnerCenterClient';
import { GraphClient } from '../microsoftApis/graphClient';
import { AuditRecord, auditAction } from '../microsoftApis/audit';
import { auditRecordOf } from '../../protocols/telemetry/auditRecord';
import { Logger } from '../logging/logger';
import { Turn } from './actionTurn';
import { SignIn } from './signIn';
import { customerSearchOf, objectIdOf } from '../../conversation/actions/signedInUser';

export interface CallSettings {
  signIn: SignIn;
  onBehalfOf: OnBehalfOf;
  /** Where Partner Center's REST API and Microsoft Graph are (Microsoft's, or the local stand-ins once started). */
  endpoints: () => Promise<{ partnerCenter: string; graph: string }>;
  logger: Logger;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

export class ActionCalls {
  /** The object id of each turn's signed-in user, learnt from the token a call used. */
  private readonly signedIn = new WeakMap<object, string>();

  constructor(private readonly settings: CallSettings) {}

  async partnerCenter(turn: Turn): Promise<PartnerCenterClient> {
    return new PartnerCenterClient({ baseUrl: (await this.settings.endpoints()).partnerCenter, tokens: this.tokens(turn), ...this.options() });
  }

  async graph(turn: Turn): Promise<GraphClient> {
    return new GraphClient({ baseUrl: (await this.settings.endpoints()).graph, tokens: this.tokens(turn), ...this.options() });
  }

  /** The customer the partner named: a tenant id as it is, else the partner's customers searched and matched (customerLookup). */
  async findCustomer(turn: Turn, ref: CustomerRef): Promise<ActionResult<CustomerLookup>> {
    const search = customerSearchOf(ref);
    if (!search) return succeeded(customerLookup(ref, []));
    const found = await (await this.partnerCenter(turn)).findCustomers(search, { correlationId: turn.correlationId });
    return found.ok ? succeeded(customerLookup(ref, found.value)) : failed(found.failure);
  }

  /** One audit record: the channel's user id, and beside it the signed-in user's Entra object id from their token. */
  audit(turn: Turn, entry: { action: AuditRecord['action']; customerTenantId: string; outcome: AuditRecord['outcome']; resultId?: string | undefined }): void {
    const record = auditRecordOf({ who: turn.user.id, signedInObjectId: this.signedIn.get(turn.context), correlationId: turn.correlationId, ...entry });
    auditAction(this.settings.logger, record);
  }

  /** The partner's tokens for this turn: their sign-in asked for at each call, exchanged on their behalf. */
  private tokens(turn: Turn): TokenSource {
    return {
      getToken: async (service) => {
        const token = await this.settings.signIn.token(turn.context);
        if (!token) throw new Error('Not signed in.');
        const oid = objectIdOf(token);
        if (oid) this.signedIn.set(turn.context, oid);
        try {
          return await this.settings.onBehalfOf.tokenFor(token, service);
        } catch (error) {
          // The partner is told to sign in again; whoever runs the bot learns what else to check. The error's class only: its text may quote the request.
          if (!(error instanceof MfaRequiredError)) {
            this.settings.logger.warn(
              { service, error: error instanceof Error ? error.name : typeof error },
              "The on-behalf-of exchange was refused: check the sign-in app's federated credential (or SSO_CLIENT_SECRET) and the admin consent for Partner Center and Graph",
            );
          }
          throw error;
        }
      },
    };
  }

  private options(): { fetch?: typeof fetch; timeoutMs?: number } {
    const s = this.settings;
    return { ...(s.fetch ? { fetch: s.fetch } : {}), ...(s.timeoutMs ? { timeoutMs: s.timeoutMs } : {}) };
  }
}
