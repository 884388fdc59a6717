// Assign on approval, carried out in the approval's proactive turn (proactive.ts): the machine
// (conversation/followUps/approvalAssignMachine.ts) decides; this only asks the Azure Bot Service's
// token store for the sign-in of the partner who asked (UserTokenClient.getUserToken, keyed by their
// channel user id, which the token service answers outside a turn the user started), exchanges it
// on their behalf for Graph, makes the calls Assign access makes, and writes the same audit records.
// The follow-up app takes no part: it keeps no write permission (review 5.6). Never a token kept or logged.
import { randomUUID } from 'crypto';
import type { TurnContext } from 'botbuilder';
import type { OpenItem } from '../../domain/cases';
import {
  ApprovalEffect,
  ApprovalEvent,
  ApprovalState,
  approvalLogFields,
  approvalStep,
  ownsTheSignIn,
} from '../../conversation/followUps/approvalAssignMachine';
import type { ApprovalRun } from '../../conversation/followUps/proactiveTurn';
import type { Logger } from '../logging/logger';
import type { OnBehalfOf } from '../microsoftApis/call';
import { GraphClient } from '../microsoftApis/graphClient';
import { auditAction } from '../microsoftApis/audit';
import { auditRecordOf } from '../../protocols/telemetry/auditRecord';
import { objectIdOf, tokenFacts } from '../../conversation/actions/signedInUser';
import type { SignIn } from '../actions/signIn';

export interface ApprovalAssignerOptions {
  signIn: SignIn;
  onBehalfOf: OnBehalfOf;
  /** Where Graph is (Microsoft's, or the demonstration's stand-in). */
  endpoints: () => Promise<{ graph: string }>;
  logger: Logger;
  /** The poll interval: a relationship still activating is looked at again on its rhythm. */
  retryMs: number;
  now?: () => number;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

export type { ApprovalRun } from '../../conversation/followUps/proactiveTurn';

/** Steps at most: a token, a read and ten groups are twelve; a loop that never ends is cut short. */
const MAX_STEPS = 30;

export class ApprovalAssigner {
  private readonly now: () => number;

  constructor(private readonly options: ApprovalAssignerOptions) {
    this.now = options.now ?? Date.now;
  }

  /** The approval of an item whose request asked to assign on approval; `delivered`: the conversation says it was told already. */
  async run(context: TurnContext, item: OpenItem, delivered: boolean): Promise<ApprovalRun> {
    const plan = item.assignOnApproval ?? [];
    let state: ApprovalState = {
      plan,
      relationshipId: item.objectId,
      customerTenantId: item.customer.tenantId,
      approvedAt: item.changedAt,
      ...(item.owner.aadObjectId ? { ownerObjectId: item.owner.aadObjectId } : {}),
    };
    let event: ApprovalEvent = { on: 'start', delivered };
    let token: string | undefined;
    const correlationId = randomUUID();
    const graph = async (): Promise<GraphClient> =>
      new GraphClient({
        baseUrl: (await this.options.endpoints()).graph,
        tokens: { getToken: (service) => this.options.onBehalfOf.tokenFor(token!, service) },
        ...(this.options.fetch ? { fetch: this.options.fetch } : {}),
        ...(this.options.timeoutMs ? { timeoutMs: this.options.timeoutMs } : {}),
      });
    for (let i = 0; i < MAX_STEPS; i++) {
      const stepped = approvalStep(state, event, this.now(), this.options.retryMs);
      state = stepped.state;
      let next: ApprovalEvent | undefined;
      for (const effect of stepped.effects) {
        const done = this.finished(effect, state);
        if (done) return done;
        if (effect.do === 'token') {
          token = await this.tokenOf(context, item);
          next = token ? { on: 'token', token: 'had', ...tokenFacts(token) } : { on: 'token', token: 'none' };
        } else if (effect.do === 'readRelationship') next = { on: 'relationship', result: await (await graph()).getRelationship(effect.relationshipId) };
        else if (effect.do === 'create')
          next = { on: 'created', result: await (await graph()).createAccessAssignment(effect.relationshipId, effect.groupId, effect.roleIds) };
        else if (effect.do === 'audit') {
          const { customerTenantId, action, outcome, resultId } = effect;
          const signedInObjectId = token ? objectIdOf(token) : undefined;
          auditAction(this.options.logger, auditRecordOf({ who: item.owner.id, signedInObjectId, customerTenantId, action, outcome, resultId, correlationId }));
        }
      }
      if (!next) break;
      event = next;
    }
    return { outcome: { notAssigned: 'failed' }, relationshipRoles: [] };
  }

  private finished(effect: ApprovalEffect, state: ApprovalState): ApprovalRun | undefined {
    if (effect.do === 'skip' || effect.do === 'later') return effect.do;
    if (effect.do !== 'tell') return undefined;
    this.options.logger.info(approvalLogFields(effect.outcome), 'Assign on approval: the approval is told with what was done');
    return { outcome: effect.outcome, relationshipRoles: state.relationshipRoles ?? [] };
  }

  /** The owner's sign-in from the token service (whose it may be: `ownsTheSignIn`). */
  private async tokenOf(context: TurnContext, item: OpenItem): Promise<string | undefined> {
    if (!ownsTheSignIn(context.activity.from?.id, item.owner.id)) return undefined;
    return this.options.signIn.token(context);
  }
}
