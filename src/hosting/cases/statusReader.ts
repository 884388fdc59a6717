// Where no event comes, the poller asks: the GDAP relationship's status in Microsoft Graph
// (delegatedAdminRelationship: active once the customer approved; expired; terminated), the
// transfer's in Partner Center (TransferEntity: Complete, Expired). The same clients Check status
// uses with the partner's own sign-in, here with the app's credential. A reseller invitation has no
// object to read: once its partner named the customer it is for, the customer is looked for among
// the partner's own (partnerCustomers.ts), so an acceptance whose event was lost is still found.
import type { OpenItem } from '../../domain/cases';
import { AccessProgress, accessProgress } from '../../domain/accessAssignments';
import { relationshipEnd } from '../../domain/relationshipHealth';
import type { ActionFailure } from '../../domain/actions';
import type { StatusRead } from '../../domain/followUpReads';
import { StatusKind, statusMeaning, unknownStatusToSay } from '../../domain/partnerCenterStatus';
import { GraphClient } from '../microsoftApis/graphClient';
import { PartnerCenterClient } from '../microsoftApis/partnerCenterClient';
import { namesCustomer } from '../../domain/invitations';
import { PartnerCustomers } from './partnerCustomers';
import { invitationRead } from '../../conversation/followUps/customerReads';

/** The app's own credential (the webhook helper's AppTokens): undefined when the deployment has none. */
import { type AppTokens, tokenSourceOf } from '../microsoftApis/appTokens';
import type { ServiceOptions } from '../microsoftApis/call';
export type { AppTokens } from '../microsoftApis/appTokens';

export interface Endpoints {
  partnerCenter: string;
  graph: string;
}

/** What a read found (domain/followUpReads.ts). */
export type { StatusRead } from '../../domain/followUpReads';

export class StatusReader {
  private readonly unknownSeen = new Set<string>();

  constructor(
    private readonly tokens: AppTokens,
    private readonly endpoints: () => Promise<Endpoints>,
    private readonly timeoutMs = 15_000,
    /** Told once of each status value the documentation does not name (left unchanged). */
    private readonly onUnknownStatus: (kind: StatusKind, status: string) => void = () => undefined,
  ) {}

  /** A status read's meaning (partnerCenterStatus.ts); an undocumented value is said once. */
  private changeOf(kind: StatusKind, status: string, expirationTime?: string): StatusRead {
    const unknown = unknownStatusToSay(this.unknownSeen, kind, status);
    if (unknown) {
      this.unknownSeen.add(unknown.key);
      this.onUnknownStatus(kind, unknown.status);
    }
    return statusMeaning(kind, status, expirationTime);
  }

  /** An approved relationship's access assignments (Graph's List accessAssignments), as where its access stands. */
  async readAccess(item: OpenItem, now: number): Promise<{ progress: AccessProgress } | { failure: ActionFailure }> {
    const result = await new GraphClient(this.service((await this.endpoints()).graph)).listAccessAssignments(item.objectId);
    return result.ok ? { progress: accessProgress(result.value, now) } : { failure: result.failure };
  }

  /** A call with the app's credential (no token is a refused call: tokenSourceOf), within the read's deadline. */
  private service(baseUrl: string): ServiceOptions {
    return { baseUrl, tokens: tokenSourceOf(this.tokens), timeoutMs: this.timeoutMs };
  }

  async read(item: OpenItem, correlationId: string): Promise<StatusRead> {
    if (item.kind === 'resellerAcceptance') {
      if (!namesCustomer(item)) return { unreadable: true };
      return invitationRead(
        await new PartnerCustomers({ tokens: this.tokens, endpoints: this.endpoints, timeoutMs: this.timeoutMs }).find(item.customer, correlationId),
      );
    }
    const urls = await this.endpoints();
    if (item.kind === 'gdapApproval') {
      const result = await new GraphClient(this.service(urls.graph)).getRelationship(item.objectId);
      if (!result.ok) return { failure: result.failure };
      return { ...this.changeOf('gdapApproval', result.value.status), end: relationshipEnd(result.value) };
    }
    const result = await new PartnerCenterClient(this.service(urls.partnerCenter)).getTransfer(item.customer.tenantId, item.objectId, { correlationId });
    if (!result.ok) return { failure: result.failure };
    return this.changeOf('transfer', result.value.status, result.value.expirationTime);
  }
}
