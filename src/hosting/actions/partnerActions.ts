// The Partner Center actions, from a result's button to Microsoft's answer: sign-in when needed
// (the click waits for it), the action's card through its steps (form, confirmation, result), the
// calls on the partner's behalf, an audit record per call. What it keeps, per conversation, is each
// action card's step, owner and outcome (ids and what the partner typed; never a token), so a
// repeated click or a retried invoke finds the confirmation done instead of doing it again, and
// only the person who started a card acts on it.
import { randomUUID } from 'crypto';
import { Activity, ConversationState, InvokeResponse, StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { DialogState } from 'botbuilder-dialogs';
import {
  ActionFailure,
  ActionKind,
  ActionResult,
  GDAP_DURATIONS,
  GdapDuration,
  NEW_COMMERCE_TRANSFER_TYPE,
  TRANSFER_PRODUCT_TYPES,
  AUTO_EXTEND_DURATION,
  actionAvailability,
  defaultRoleSet,
  isPartnerId,
  failed,
  isEmailAddress,
  isTenantId,
  parseCustomer,
  succeeded,
} from '../../domain/actions';
import { Catalog, catalogFor, format } from '../../domain/content';
import { LocaleTag } from '../../domain/locales';
import { OutcomeRow } from '../../domain/outcomes';
import type { EditionId } from '../../domain/editions';
import type { PartnerType } from '../../domain/questions';
import { settledOutcome } from '../../domain/rules';
import { isRecord } from '../../domain/records';
import { ActionClick, ActionInputs, isActionClickData, readActionClick } from '../../conversation/actionClicks';
import { ActionView, CustomerView, actionCard, withExample } from '../../conversation/actionCards';
import { OfferedRoleSet, allRoles, offeredRoleSets, roleSetChoices, roleSetRoles } from '../../conversation/roleSets';
import { failureText } from '../../conversation/actionTexts';
import { AdaptiveCard, cardAttachment } from '../../conversation/cards';
import { featuresOf, forChannel, needsStandaloneText } from '../../conversation/channelFeatures';
import { MfaRequiredError, OnBehalfOf, TokenSource } from '../partnerCenter/call';
import { PartnerCenterClient } from '../partnerCenter/partnerCenterClient';
import { GraphClient } from '../partnerCenter/graphClient';
import { AuditRecord, auditAction } from '../partnerCenter/audit';
import { Logger } from '../logging/logger';
import { isReplayed } from '../turns/replayedTurns';
import { turnStateOf } from '../context/turnState';
import { advisorStoreOf } from '../dialogs/turnSettings';
import { SignIn } from './signIn';
import type { DeploymentContent } from '../../domain/deploymentContent';

/** The conversation-state property of the actions' records. */
export const ACTIONS_PROPERTY = 'partnerActions';
/** Action cards kept per conversation (the oldest forgotten first): a card older than that is answered as expired. */
const CARDS_KEPT = 20;
/** How long a click waits for its sign-in. */
const PENDING_MS = 15 * 60_000;
const EXCHANGES_KEPT = 20;
/** The invoke Teams sends with its single sign-on token, and the one after a sign-in through the card's page. */
export const TOKEN_EXCHANGE_INVOKE = 'signin/tokenExchange';
export const VERIFY_STATE_INVOKE = 'signin/verifyState';
/** The event a Direct Line client sends after a sign-in it completed itself. */
export const TOKENS_RESPONSE_EVENT = 'tokens/response';

interface Owner {
  id: string;
  name?: string;
}

interface ActionRecord {
  kind: ActionKind;
  owner: Owner;
  row: OutcomeRow;
  /** The conversation's answer when the card started: an indirect provider's transfer names the reseller. */
  partnerType?: PartnerType;
  stage: 'form' | 'review' | 'done' | 'cancelled';
  at: number;
  roleSet?: string;
  duration?: GdapDuration;
  autoExtend?: boolean;
  customer?: CustomerView;
  currentPartner?: string;
  currentPartnerName?: string;
  customerEmail?: string;
  partnerOnRecord?: string;
  /** MS-RequestId of the confirmation's call that got no answer (a timeout): its retry sends it again; any answer clears it. */
  requestId?: string;
  url?: string;
  relationshipId?: string;
  approvalUrl?: string;
  transferId?: string;
  status?: string;
  messageLocale?: LocaleTag;
}

interface ActionsStore {
  cards?: Record<string, ActionRecord>;
  /** Per user: the click that waits for their sign-in. */
  pending?: Record<string, { data: unknown; at: number }>;
  /** Teams' token exchange ids already taken (it sends one per client of the user). */
  exchanges?: string[];
}

/** How a click is answered: the clicked card replaced (Teams), or a short line while the next card comes as a message. */
export type ActionAnswer = { kind: 'card'; card: AdaptiveCard } | { kind: 'message'; text: string };

export interface PartnerActionsOptions {
  signIn: SignIn;
  onBehalfOf: OnBehalfOf;
  /** Where Partner Center's REST API and Microsoft Graph are (Microsoft's, or the local stand-ins once started). */
  endpoints: () => Promise<{ partnerCenter: string; graph: string }>;
  conversationState: ConversationState;
  logger: Logger;
  /** The edition the deployment answers from: an action applies only where the conversation's own result offers it. */
  edition: EditionId;
  /** The partner's overlay, whose role sets the GDAP card offers after Microsoft's. */
  content?: DeploymentContent;
  /** For tests; a random id otherwise. */
  newCardId?: () => string;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

interface Turn {
  context: TurnContext;
  store: ActionsStore;
  c: Catalog;
  locale: LocaleTag;
  /** The channel's form of a card (Teams, Copilot, or the standard one). */
  surface: string | undefined;
  /** A Teams click on an action card: its answer replaces the card. */
  inPlace: boolean;
  user: Owner;
  correlationId: string;
}

type Shown = { view: ActionView } | { text: string };

export class PartnerActions {
  private readonly accessor: StatePropertyAccessor<ActionsStore>;
  private readonly dialogState: StatePropertyAccessor<DialogState>;
  private readonly newCardId: () => string;

  constructor(private readonly options: PartnerActionsOptions) {
    this.accessor = options.conversationState.createProperty<ActionsStore>(ACTIONS_PROPERTY);
    // The advisor's own state (teams/bot keeps it under this name): what the conversation's result is.
    this.dialogState = options.conversationState.createProperty<DialogState>('dialogState');
    this.newCardId = options.newCardId ?? (() => randomUUID().replace(/-/g, ''));
  }

  /** A click whose data is an action's: the bot hands it here instead of to the advisor's flow. */
  isActionClick(data: unknown): boolean {
    return isActionClickData(data);
  }

  /**
   * A click on an action's button. `inPlace`: a Teams click whose answer replaces the card; else
   * every card goes out as a message. Undefined only for data that is no action click.
   */
  async click(context: TurnContext, data: unknown, locale: LocaleTag, surface: string | undefined, inPlace: boolean): Promise<ActionAnswer | undefined> {
    const click = readActionClick(data);
    const turn = await this.turn(context, locale, surface, inPlace);
    if (!turn) return undefined;
    if (!click) return this.answer(turn, { text: turn.c.actions.problems.expired }, false);
    return this.run(turn, click, data);
  }

  /** Teams' single sign-on token: exchanged once per exchange id, then the waiting click goes on. */
  async tokenExchange(context: TurnContext, locale: LocaleTag, surface: string | undefined): Promise<InvokeResponse> {
    const value = isRecord(context.activity.value) ? context.activity.value : {};
    const id = typeof value.id === 'string' ? value.id : '';
    const connectionName = this.options.signIn.connectionName;
    const body = (failureDetail?: string) => ({ id, connectionName, ...(failureDetail ? { failureDetail } : {}) });
    if (id === '' || value.connectionName !== connectionName || typeof value.token !== 'string' || value.token === '') {
      return { status: 400, body: body("The token exchange request is not this bot's.") };
    }
    const turn = await this.turn(context, locale, surface, false);
    if (!turn) return { status: 400, body: body('The sender has no usable id.') };
    const seen = turn.store.exchanges ?? [];
    // Every client of the user sends the same exchange: the first one signs in, the others only hear it went well.
    if (seen.includes(id)) return { status: 200, body: body() };
    if (isReplayed(context)) return { status: 200, body: body() };
    const token = await this.options.signIn.exchange(context, value.token);
    // 412 tells Teams to show the card's sign-in button instead (consent, or a stronger sign-in, is needed).
    if (!token) return { status: 412, body: body('The token could not be exchanged: sign in with the button instead.') };
    turn.store.exchanges = [...seen, id].slice(-EXCHANGES_KEPT);
    await this.resume(turn);
    return { status: 200, body: body() };
  }

  /** Teams after a sign-in through the card's page: its code, taken once by the token service. */
  async verifyState(context: TurnContext, locale: LocaleTag, surface: string | undefined): Promise<InvokeResponse> {
    const value = isRecord(context.activity.value) ? context.activity.value : {};
    const code = typeof value.state === 'string' ? value.state.slice(0, 64) : '';
    const turn = await this.turn(context, locale, surface, false);
    if (!turn || code === '') return { status: 400 };
    if (isReplayed(context)) return { status: 200 };
    const token = await this.options.signIn.token(context, code);
    if (!token) {
      await this.send(turn, { text: this.signInProblem(turn, 'failed') });
      return { status: 404 };
    }
    await this.resume(turn);
    return { status: 200 };
  }

  /** Direct Line's word that the sign-in finished: the waiting click goes on. */
  async tokensResponse(context: TurnContext, locale: LocaleTag, surface: string | undefined): Promise<void> {
    const turn = await this.turn(context, locale, surface, false);
    if (turn && !isReplayed(context) && (await this.options.signIn.token(context))) await this.resume(turn);
  }

  /**
   * A message that may be the code a sign-in page showed (Web Chat): taken when its sender has a
   * click waiting for sign-in. False when the message is not for the actions.
   */
  async typedCode(context: TurnContext, text: string, locale: LocaleTag, surface: string | undefined): Promise<boolean> {
    const code = text.trim();
    if (!/^\d{6}$/.test(code)) return false;
    const turn = await this.turn(context, locale, surface, false);
    if (!turn || !this.pendingOf(turn)) return false;
    if (isReplayed(context)) return true;
    const token = await this.options.signIn.token(context, code);
    if (!token) {
      await this.send(turn, { text: this.signInProblem(turn, 'codeRejected') });
      return true;
    }
    await this.resume(turn);
    return true;
  }

  // ---- the steps ----

  private async run(turn: Turn, click: ActionClick, data: unknown): Promise<ActionAnswer> {
    const c = turn.c;
    if (click.step === 'start') return this.start(turn, click, data);
    const record = click.cardId ? turn.store.cards?.[click.cardId] : undefined;
    if (!record || record.kind !== click.kind) return this.answer(turn, { text: c.actions.problems.expired }, false);
    if (record.owner.id !== turn.user.id) {
      const text = record.owner.name ? format(c.actions.problems.notYours, { name: record.owner.name }) : c.actions.problems.notYoursUnnamed;
      // A line for the one who clicked; the card stays as its owner left it.
      return turn.inPlace ? { kind: 'message', text } : this.answer(turn, { text }, false);
    }
    const cardId = click.cardId!;
    // A retried invoke or a click that already took effect: the card as it stands, nothing done again.
    if (isReplayed(turn.context) || record.stage === 'done' || record.stage === 'cancelled') {
      if (record.stage === 'done' && click.step === 'status') return this.status(turn, cardId, record);
      if (record.stage === 'done' && click.step === 'messageLanguage' && click.inputs.messageLocale) record.messageLocale = click.inputs.messageLocale;
      return this.answer(turn, this.viewOf(turn, cardId, record), true);
    }
    if (click.step === 'cancel') {
      record.stage = 'cancelled';
      return this.answer(turn, { text: c.actions.steps.cancelled }, true);
    }
    if (click.step === 'review' || click.step === 'confirm') {
      if (!(await this.options.signIn.token(turn.context))) return this.askToSignIn(turn, data);
      if (click.step === 'review') return this.review(turn, cardId, record, click.inputs);
      if (record.stage !== 'review') return this.answer(turn, this.viewOf(turn, cardId, record), true);
      return record.kind === 'requestGdap' ? this.confirmGdap(turn, cardId, record, click.inputs) : this.confirmTransfer(turn, cardId, record);
    }
    return this.answer(turn, this.viewOf(turn, cardId, record), true);
  }

  private async start(turn: Turn, click: ActionClick, data: unknown): Promise<ActionAnswer> {
    // A retried click already sent its card.
    if (isReplayed(turn.context)) return { kind: 'message', text: turn.c.actions.steps.opened };
    // The server decides from the conversation's own result, never from what the click says: anything else calls nothing and says why.
    const scope = await this.scopeOf(turn);
    if (!scope) return this.answer(turn, { text: turn.c.actions.notOffered.noResult }, false);
    if (scope.row !== click.row) return this.answer(turn, { text: turn.c.actions.problems.expired }, false);
    const why = actionAvailability(scope, scope.answers, click.kind);
    if (why !== 'offered') return this.answer(turn, { text: format(turn.c.actions.notOffered[why], { action: turn.c.actions.names[click.kind] }) }, false);
    if (!(await this.options.signIn.token(turn.context))) return this.askToSignIn(turn, data);
    const cardId = this.newCardId();
    const partnerType = scope.answers.partnerType ? { partnerType: scope.answers.partnerType } : {};
    const record: ActionRecord = { kind: click.kind, owner: turn.user, row: scope.row, ...partnerType, stage: 'form', at: Date.now() };
    this.keep(turn, cardId, record);
    let shown: Shown;
    if (click.kind === 'invitationLink') {
      const result = await (await this.partnerCenter(turn)).getRelationshipRequestUrl({ correlationId: turn.correlationId });
      this.audit(turn, { action: 'invitationLink', customerTenantId: '', result });
      if (result.ok) {
        Object.assign(record, { stage: 'done', url: result.value, messageLocale: turn.locale });
        shown = this.viewOf(turn, cardId, record);
      } else {
        delete turn.store.cards![cardId];
        shown = this.failedView(turn, click.kind, result.failure, { step: 'start', row: click.row! });
      }
    } else {
      if (click.kind === 'requestGdap')
        Object.assign(record, { roleSet: defaultRoleSet(scope.answers.service), duration: GDAP_DURATIONS[0], autoExtend: false });
      shown = this.viewOf(turn, cardId, record);
    }
    // The result card stays as it is: the action's card is a message of its own.
    await this.send(turn, shown);
    return { kind: 'message', text: turn.c.actions.steps.opened };
  }

  private async review(turn: Turn, cardId: string, record: ActionRecord, inputs: ActionInputs): Promise<ActionAnswer> {
    const p = turn.c.actions.problems;
    const ref = inputs.customer ? parseCustomer(inputs.customer) : undefined;
    if (record.kind === 'requestGdap') {
      const roleSet = this.sets(turn).find((s) => s.id === inputs.roleSet)?.id ?? record.roleSet;
      const duration = (GDAP_DURATIONS as readonly string[]).includes(inputs.duration ?? '') ? (inputs.duration as GdapDuration) : record.duration;
      Object.assign(record, { roleSet, duration, autoExtend: inputs.autoExtend ?? false });
      if (!ref) return this.answer(turn, this.formView(turn, cardId, record, inputs, withExample(p.customerFormat)), true);
    } else {
      const asksReseller = record.partnerType === 'indirectProvider';
      Object.assign(record, {
        currentPartner: inputs.currentPartner,
        currentPartnerName: inputs.currentPartnerName,
        customerEmail: inputs.customerEmail,
        ...(asksReseller ? { partnerOnRecord: inputs.partnerOnRecord } : {}),
      });
      const problem =
        !inputs.customer || !inputs.customerEmail || !inputs.currentPartner || !inputs.currentPartnerName || (asksReseller && !inputs.partnerOnRecord)
          ? p.required
          : !ref
            ? withExample(p.customerFormat)
            : !isEmailAddress(inputs.customerEmail)
              ? p.emailFormat
              : !isTenantId(inputs.currentPartner)
                ? p.tenantFormat
                : asksReseller && !isPartnerId(inputs.partnerOnRecord ?? '')
                  ? p.partnerIdFormat
                  : undefined;
      if (problem || !ref) return this.answer(turn, this.formView(turn, cardId, record, inputs, problem ?? withExample(p.customerFormat)), true);
    }
    const found = await this.findCustomer(turn, ref);
    if (!found.ok) return this.answer(turn, this.failedView(turn, record.kind, found.failure, { step: 'review', cardId, inputs }), true);
    if (found.value === 'none' || found.value === 'many') {
      const text = format(found.value === 'none' ? p.customerNotFound : p.customerAmbiguous, { value: ref.value });
      return this.answer(turn, this.formView(turn, cardId, record, inputs, text), true);
    }
    Object.assign(record, { customer: found.value, stage: 'review' });
    return this.answer(turn, this.viewOf(turn, cardId, record), true);
  }

  private async confirmGdap(turn: Turn, cardId: string, record: ActionRecord, inputs: ActionInputs): Promise<ActionAnswer> {
    const known = new Set(allRoles(this.sets(turn)).map((r) => r.id));
    const roles = (inputs.roles ?? []).filter((id) => known.has(id));
    if (roles.length === 0) return this.answer(turn, { view: this.reviewView(turn, cardId, record, [], turn.c.actions.problems.noRoles) }, true);
    const customer = record.customer!;
    const result = await (
      await this.graph(turn)
    ).requestApproval({
      confirmationKey: cardId,
      customerTenantId: customer.tenantId,
      ...(customer.companyName ? { customerName: customer.companyName } : {}),
      roleDefinitionIds: roles,
      duration: record.duration ?? GDAP_DURATIONS[0],
      ...(record.autoExtend ? { autoExtendDuration: AUTO_EXTEND_DURATION } : {}),
    });
    this.audit(turn, { action: 'requestGdap', customerTenantId: customer.tenantId, result, resultId: result.ok ? result.value.relationship.id : undefined });
    if (!result.ok) return this.answer(turn, this.failedView(turn, 'requestGdap', result.failure, { step: 'confirm', cardId, inputs: { roles } }), true);
    Object.assign(record, { stage: 'done', relationshipId: result.value.relationship.id, approvalUrl: result.value.approvalUrl, messageLocale: turn.locale });
    return this.answer(turn, this.viewOf(turn, cardId, record), true);
  }

  private async confirmTransfer(turn: Turn, cardId: string, record: ActionRecord): Promise<ActionAnswer> {
    const customer = record.customer!;
    const result = await (
      await this.partnerCenter(turn)
    ).createTransfer(
      // Partner Center's customer id is the customer's tenant id.
      customer.tenantId,
      {
        customerTenantId: customer.tenantId,
        ...(customer.companyName ? { customerName: customer.companyName } : {}),
        customerEmailId: record.customerEmail!,
        sourcePartnerTenantId: record.currentPartner!,
        sourcePartnerName: record.currentPartnerName!,
        transferType: NEW_COMMERCE_TRANSFER_TYPE,
        targetProductTypes: [...(TRANSFER_PRODUCT_TYPES[record.row] ?? [])],
        ...(record.partnerOnRecord ? { partnerOnRecord: record.partnerOnRecord } : {}),
      },
      { correlationId: turn.correlationId, requestId: this.attemptId(record) },
    );
    this.answered(record, result);
    this.audit(turn, { action: 'startTransfer', customerTenantId: customer.tenantId, result, resultId: result.ok ? result.value.id : undefined });
    if (!result.ok) return this.answer(turn, this.failedView(turn, 'startTransfer', result.failure, { step: 'confirm', cardId }), true);
    Object.assign(record, { stage: 'done', transferId: result.value.id, status: result.value.status });
    return this.answer(turn, this.viewOf(turn, cardId, record), true);
  }

  private async status(turn: Turn, cardId: string, record: ActionRecord): Promise<ActionAnswer> {
    if (isReplayed(turn.context)) return this.answer(turn, this.viewOf(turn, cardId, record), true);
    if (!(await this.options.signIn.token(turn.context)))
      return this.askToSignIn(turn, { action: 'partnerCenter', kind: record.kind, step: 'status', card: cardId });
    const result = await (await this.partnerCenter(turn)).getTransfer(record.customer!.tenantId, record.transferId!, { correlationId: turn.correlationId });
    if (result.ok) record.status = result.value.status;
    const view = this.viewOf(turn, cardId, record);
    return this.answer(
      turn,
      result.ok || !('view' in view) ? view : { view: { ...view.view, problem: failureText(turn.c, result.failure) } as ActionView },
      true,
    );
  }

  // ---- sign-in ----

  /** Keeps the click for after the sign-in and sends the sign-in card. */
  private async askToSignIn(turn: Turn, data: unknown): Promise<ActionAnswer> {
    const pending = { ...(turn.store.pending ?? {}) };
    const now = Date.now();
    for (const [user, entry] of Object.entries(pending)) if (now - entry.at > PENDING_MS) delete pending[user];
    pending[turn.user.id] = { data, at: now };
    turn.store.pending = pending;
    const s = turn.c.actions.signIn;
    const attachment = await this.options.signIn.card(turn.context, s);
    if (!attachment) {
      await this.send(turn, { text: turn.c.actions.failures.unavailable });
      return { kind: 'message', text: turn.c.actions.failures.unavailable };
    }
    // Where no single sign-on happens (Web Chat), the page ends with a code to type here.
    const codeHint = featuresOf(turn.surface).singleSignOn ? {} : { text: s.codePrompt };
    await turn.context.sendActivity({ type: 'message', attachments: [attachment], locale: turn.locale, ...codeHint });
    return { kind: 'message', text: s.text };
  }

  private pendingOf(turn: Turn): { data: unknown; at: number } | undefined {
    const entry = turn.store.pending?.[turn.user.id];
    return entry && Date.now() - entry.at <= PENDING_MS ? entry : undefined;
  }

  /** The click that waited for this user's sign-in, carried out now (its cards as messages: there is no clicked card to replace). */
  private async resume(turn: Turn): Promise<void> {
    const entry = this.pendingOf(turn);
    if (turn.store.pending) delete turn.store.pending[turn.user.id];
    if (!entry) {
      await this.send(turn, { text: turn.c.actions.signIn.done });
      return;
    }
    const click = readActionClick(entry.data);
    if (!click) return;
    const answer = await this.run({ ...turn, inPlace: false }, click, entry.data);
    // A step that answers in place (review, confirm) answered nothing visible here: its card goes out as a message.
    if (answer.kind === 'card') await this.sendCard(turn, answer.card, '');
  }

  private signInProblem(turn: Turn, which: 'failed' | 'codeRejected'): string {
    const pending = this.pendingOf(turn);
    const click = pending ? readActionClick(pending.data) : undefined;
    return format(turn.c.actions.signIn[which], { action: turn.c.actions.names[click?.kind ?? 'invitationLink'] });
  }

  // ---- views ----

  private viewOf(turn: Turn, cardId: string, r: ActionRecord): Shown {
    const c = turn.c;
    switch (r.stage) {
      case 'cancelled':
        return { text: c.actions.steps.cancelled };
      case 'form':
        return this.formView(turn, cardId, r, {});
      case 'review':
        return { view: this.reviewView(turn, cardId, r, roleSetRoles(this.sets(turn), r.roleSet)) };
      case 'done':
        switch (r.kind) {
          case 'invitationLink':
            return { view: { view: 'invitation', cardId, url: r.url!, messageLocale: r.messageLocale ?? turn.locale } };
          case 'requestGdap':
            return {
              view: {
                view: 'gdapDone',
                cardId,
                customer: r.customer!,
                relationshipId: r.relationshipId!,
                approvalUrl: r.approvalUrl!,
                messageLocale: r.messageLocale ?? turn.locale,
              },
            };
          case 'startTransfer':
            return { view: { view: 'transferDone', cardId, customer: r.customer!, transferId: r.transferId!, status: r.status ?? '' } };
        }
    }
  }

  private reviewView(turn: Turn, cardId: string, r: ActionRecord, selected: readonly string[], problem?: string): ActionView {
    const extra = problem ? { problem } : {};
    if (r.kind === 'requestGdap') {
      return {
        view: 'gdapReview',
        cardId,
        customer: r.customer!,
        roles: allRoles(this.sets(turn)),
        selected,
        duration: r.duration!,
        autoExtend: r.autoExtend ?? false,
        ...extra,
      };
    }
    return {
      ...extra,
      view: 'transferReview',
      cardId,
      customer: r.customer!,
      currentPartner: r.currentPartner!,
      currentPartnerName: r.currentPartnerName!,
      customerEmail: r.customerEmail!,
      ...(r.partnerOnRecord ? { partnerOnRecord: r.partnerOnRecord } : {}),
    };
  }

  private formView(turn: Turn, cardId: string, r: ActionRecord, inputs: ActionInputs, problem?: string): Shown {
    const extra = problem ? { problem } : {};
    if (r.kind === 'requestGdap') {
      const values = {
        roleSet: r.roleSet ?? 'm365Support',
        duration: r.duration ?? GDAP_DURATIONS[0],
        autoExtend: r.autoExtend ?? false,
        ...(inputs.customer ? { customer: inputs.customer } : {}),
      };
      return { view: { view: 'gdapForm', cardId, roleSets: roleSetChoices(this.sets(turn)), values, ...extra } };
    }
    const asks = r.partnerType === 'indirectProvider' ? { askPartnerOnRecord: true } : {};
    return { view: { view: 'transferForm', cardId, values: inputs, ...asks, ...extra } };
  }

  private failedView(turn: Turn, kind: ActionKind, failure: ActionFailure, retry: Extract<ActionView, { view: 'failed' }>['retry']): Shown {
    // A refusal of who the partner is (sign-in, MFA, role) needs them, not another click; the rest may pass.
    const noRetry = failure.kind === 'forbidden' || failure.kind === 'notFound';
    return { view: { view: 'failed', kind, message: failureText(turn.c, failure), ...(noRetry || !retry ? {} : { retry }) } };
  }

  private sets(turn: Turn): OfferedRoleSet[] {
    return offeredRoleSets(turn.c, turn.locale, this.options.content);
  }

  // ---- answers ----

  /** `replaces`: the answer stands in for the clicked card (in place where the host has that). */
  private async answer(turn: Turn, shown: Shown, replaces: boolean): Promise<ActionAnswer> {
    if ('text' in shown) {
      // A line alone: the invoke's answer where there is one, else a message.
      if (!turn.inPlace) await this.send(turn, shown);
      return { kind: 'message', text: shown.text };
    }
    if (turn.inPlace && replaces) return { kind: 'card', card: forChannel('notice', actionCard(shown.view, turn.c).card, turn.surface) };
    await this.send(turn, shown);
    return { kind: 'message', text: turn.c.actions.steps.opened };
  }

  private async send(turn: Turn, shown: Shown): Promise<void> {
    if ('text' in shown) {
      await turn.context.sendActivity({ type: 'message', text: shown.text, locale: turn.locale });
      return;
    }
    const rendered = actionCard(shown.view, turn.c);
    await this.sendCard(turn, rendered.card, rendered.summary);
  }

  private async sendCard(turn: Turn, card: AdaptiveCard, summary: string): Promise<void> {
    const activity: Partial<Activity> = {
      type: 'message',
      attachments: [cardAttachment(forChannel('notice', card, turn.surface))],
      locale: turn.locale,
      ...(summary ? { summary } : {}),
      // Copilot may show no card at all: the summary stands on its own there.
      ...(summary && needsStandaloneText(turn.surface) ? { text: summary } : {}),
    };
    await turn.context.sendActivity(activity);
  }

  // ---- calls ----

  private async turn(context: TurnContext, locale: LocaleTag, surface: string | undefined, inPlace: boolean): Promise<Turn | undefined> {
    const id = context.activity.from?.id;
    if (typeof id !== 'string' || id === '' || id.length > 256) return undefined;
    const name =
      typeof context.activity.from?.name === 'string' && context.activity.from.name.trim() !== '' ? context.activity.from.name.trim().slice(0, 256) : undefined;
    const store = await this.accessor.get(context, {});
    return {
      context,
      store,
      c: catalogFor(locale),
      locale,
      surface,
      inPlace,
      user: name ? { id, name } : { id },
      // The turn's own correlation id (logging/turnLogger): Partner Center's logs, the audit and the turn's log line name the same one.
      correlationId: turnStateOf(context).correlationId ?? randomUUID(),
    };
  }

  /** The conversation's settled result and its answers, read from the advisor's own state; none before a result. */
  private async scopeOf(turn: Turn) {
    const flow = advisorStoreOf(await this.dialogState.get(turn.context))?.flow;
    if (!flow || flow.phase !== 'result') return undefined;
    const outcome = settledOutcome(flow.answers, this.options.edition);
    return outcome ? { ...outcome, answers: flow.answers } : undefined;
  }

  /**
   * MS-RequestId of a confirmation's write ("Partner Center REST headers"): a GUID, new for each
   * attempt, sent again only when the last attempt got no answer (a timeout or a lost connection).
   */
  private attemptId(record: ActionRecord): string {
    record.requestId ??= randomUUID();
    return record.requestId;
  }

  /** Any answer, success or business failure, ends the attempt: the next confirmation is a new request. */
  private answered(record: ActionRecord, result: ActionResult<unknown>): void {
    const unanswered = !result.ok && (result.failure.kind === 'timeout' || (result.failure.kind === 'unavailable' && result.failure.status === 0));
    if (!unanswered) delete record.requestId;
  }

  private keep(turn: Turn, cardId: string, record: ActionRecord): void {
    const cards = { ...(turn.store.cards ?? {}), [cardId]: record };
    const ids = Object.keys(cards).sort((a, b) => cards[a]!.at - cards[b]!.at);
    for (const old of ids.slice(0, Math.max(0, ids.length - CARDS_KEPT))) delete cards[old];
    turn.store.cards = cards;
  }

  /** The partner's tokens for this turn: their sign-in asked for at each call, exchanged on their behalf. */
  private tokens(turn: Turn): TokenSource {
    return {
      getToken: async (service) => {
        const token = await this.options.signIn.token(turn.context);
        if (!token) throw new Error('Not signed in.');
        try {
          return await this.options.onBehalfOf.tokenFor(token, service);
        } catch (error) {
          // The partner is told to sign in again; whoever runs the bot learns what else to check. The error's class only: its text may quote the request.
          if (!(error instanceof MfaRequiredError)) {
            this.options.logger.warn(
              { service, error: error instanceof Error ? error.name : typeof error },
              "The on-behalf-of exchange was refused: check the sign-in app's federated credential (or SSO_CLIENT_SECRET) and the admin consent for Partner Center and Graph",
            );
          }
          throw error;
        }
      },
    };
  }

  private async partnerCenter(turn: Turn): Promise<PartnerCenterClient> {
    return new PartnerCenterClient({ baseUrl: (await this.options.endpoints()).partnerCenter, tokens: this.tokens(turn), ...this.callOptions() });
  }

  private async graph(turn: Turn): Promise<GraphClient> {
    return new GraphClient({ baseUrl: (await this.options.endpoints()).graph, tokens: this.tokens(turn), ...this.callOptions() });
  }

  private callOptions(): { fetch?: typeof fetch; timeoutMs?: number } {
    return { ...(this.options.fetch ? { fetch: this.options.fetch } : {}), ...(this.options.timeoutMs ? { timeoutMs: this.options.timeoutMs } : {}) };
  }

  /** The customer the partner named: by tenant id as it is (Partner Center's customer id), by domain among the partner's customers. */
  private async findCustomer(turn: Turn, ref: NonNullable<ReturnType<typeof parseCustomer>>): Promise<ActionResult<CustomerView | 'none' | 'many'>> {
    if (ref.by === 'tenantId') return succeeded({ companyName: '', tenantId: ref.value, domain: '' });
    const found = await (await this.partnerCenter(turn)).findCustomers({ by: 'domain', value: ref.value }, { correlationId: turn.correlationId });
    if (!found.ok) return failed(found.failure);
    const exact = found.value.filter((m) => m.domain.toLowerCase() === ref.value);
    const matches = exact.length > 0 ? exact : found.value;
    if (matches.length === 0) return succeeded('none');
    if (matches.length > 1) return succeeded('many');
    const m = matches[0]!;
    return succeeded({ companyName: m.companyName, tenantId: m.tenantId, domain: m.domain });
  }

  private audit(turn: Turn, entry: { action: ActionKind; customerTenantId: string; result: ActionResult<unknown>; resultId?: string | undefined }): void {
    const record: AuditRecord = {
      who: typeof turn.context.activity.from?.aadObjectId === 'string' ? turn.context.activity.from.aadObjectId : turn.user.id,
      customerTenantId: entry.customerTenantId,
      action: entry.action,
      outcome: entry.result.ok ? 'succeeded' : entry.result.failure.kind,
      correlationId: turn.correlationId,
      ...(entry.resultId ? { resultId: entry.resultId } : {}),
    };
    auditAction(this.options.logger, record);
  }
}
