// The Partner Center actions, from a result's button to Microsoft's answer. What a click may do is
// decided without calling anything: the start against the conversation's own result
// (domain/actions.ts: actionAvailability), any later click by its card's record (conversation/
// actionRecords.ts: routeClick). This room then only signs in (signInGate.ts), makes the calls and
// audits them (actionCalls.ts), and delivers (actionTurn.ts). Records keep ids and what the partner
// typed, never a token, so a repeated click or a retried invoke finds the confirmation done
// instead of doing it again, and only the person who started a card acts on it.
import { randomUUID } from 'crypto';
import { ConversationState, InvokeResponse, StatePropertyAccessor, TurnContext } from 'botbuilder';
import {
  AUTO_EXTEND_DURATION,
  GDAP_DURATIONS,
  GdapDuration,
  actionAvailability,
  defaultRoleSet,
  isEmailAddress,
  isPartnerId,
  isTenantId,
  parseCustomer,
} from '../../domain/actions';
import { format } from '../../domain/textCatalog';
import { LocaleTag } from '../../domain/locales';
import type { EditionId } from '../../domain/editions';
import { isRecord } from '../../domain/records';
import type { DeploymentContent } from '../../domain/deploymentContent';
import { ActionClick, ActionInputs, isActionClickData, readActionClick, signsInAtStart } from '../../conversation/actionClicks';
import { CustomerView, plainText, tenantProblem, withExample } from '../../conversation/actionCards';
import { ActionRecord, backToDone, commonOf, isAssigning, keepRecord, readRecord, routeClick } from '../../conversation/actionRecords';
import { Shown, ViewContext, failedView, formView, reviewView, viewOf } from '../../conversation/actionViews';
import { allRoles, offeredRoleSets } from '../../conversation/roleSets';
import { isReplayed } from '../turns/replayedTurns';
import { ActionCalls, CallSettings, Lookup, answered, newTransfer } from './actionCalls';
import { ACTIONS_PROPERTY, ActionAnswer, ActionsStore, Turn, actionTurn, answer, refusedAtOpenLimit, resultScope, saveClaim, send } from './actionTurn';
import { isStale } from './actionTurn';
import { SignedOut, SignInGate } from './signInGate';
import { AssignAccess, AssignSettings, checkStatus } from './assignAccess';
import { nameCustomer } from './invitationCustomer';
import { AdvisorStoreProperty } from '../advisor/advisorState';

export { ACTIONS_PROPERTY } from './actionTurn';
export type { ActionAnswer } from './actionTurn';
/** Action cards kept per conversation (the oldest forgotten first): a card older than that is answered as expired. */
export const CARDS_KEPT = 20;

export interface PartnerActionsOptions extends CallSettings {
  conversationState: ConversationState;
  /** The edition the deployment answers from: an action applies only where the conversation's own result offers it. */
  edition: EditionId;
  /** The partner's overlay, whose role sets the GDAP card offers after Microsoft's. */
  content?: DeploymentContent;
  /** For tests; a random id otherwise. */
  newCardId?: () => string;
  /** Told of every card kept (the open items follow the objects an action made: cases/openItems.ts); asked first whether its owner is at their bound. */
  kept?: (turn: Turn, cardId: string, record: ActionRecord) => void;
  openItemsFull?: (turn: Turn) => Promise<number | undefined>;
  /** Told of every sign-out (a Web Chat visitor's ends with it: webchat/visitorSessions.ts). */
  signedOut?: SignedOut;
}

type Reviewing<K> = Extract<ActionRecord, { stage: 'review'; kind: K }>;

export class PartnerActions {
  private readonly accessor: StatePropertyAccessor<ActionsStore>;
  private readonly advisorStore: AdvisorStoreProperty;
  private readonly newCardId: () => string;
  private readonly calls: ActionCalls;
  private readonly gate: SignInGate;
  private readonly access: AssignAccess;
  private readonly later: AssignSettings;

  constructor(private readonly options: PartnerActionsOptions) {
    this.accessor = options.conversationState.createProperty<ActionsStore>(ACTIONS_PROPERTY);
    // The advisor's own store (teams/bot keeps it there too): what the conversation's result is.
    this.advisorStore = new AdvisorStoreProperty(options.conversationState);
    this.newCardId = options.newCardId ?? (() => randomUUID().replace(/-/g, ''));
    this.calls = new ActionCalls(options);
    this.gate = new SignInGate(options.signIn, (turn, click) => this.run(turn, click), options.signedOut);
    this.later = { calls: this.calls, conversationState: options.conversationState, keep: this.keep.bind(this), view: this.view.bind(this) };
    this.access = new AssignAccess(this.later);
  }

  /** A click whose data is an action's: the bot hands it here instead of to the advisor's flow. */
  isActionClick(data: unknown): boolean {
    return isActionClickData(data);
  }

  /** A click on an action's button. `inPlace`: a Teams click whose answer replaces the card; else every card goes out as a message. */
  async click(context: TurnContext, data: unknown, locale: LocaleTag, surface: string | undefined, inPlace: boolean): Promise<ActionAnswer | undefined> {
    const found = await actionTurn(this.accessor, context, locale, surface, inPlace);
    if (!found) return undefined;
    // Teams (not Copilot, whose surface is its own) signs in with Universal Actions: the clicker alone, nothing posted.
    const turn = { ...found, universal: context.activity.type === 'invoke' && context.activity.name === 'adaptiveCard/action' && surface === 'msteams' };
    const click = readActionClick(data);
    if (!click || isStale(turn, click)) return answer(turn, { text: click ? turn.c.actions.problems.stale : turn.c.actions.problems.expired }, false);
    const signedIn = turn.universal && !isReplayed(context) ? await this.gate.universalSignIn(turn, valueOf(context)) : undefined;
    return signedIn ?? this.run(turn, click);
  }

  async tokenExchange(context: TurnContext, locale: LocaleTag, surface: string | undefined): Promise<InvokeResponse> {
    return this.gate.tokenExchange(await actionTurn(this.accessor, context, locale, surface, false), valueOf(context));
  }

  async verifyState(context: TurnContext, locale: LocaleTag, surface: string | undefined): Promise<InvokeResponse> {
    return this.gate.verifyState(await actionTurn(this.accessor, context, locale, surface, false), valueOf(context));
  }

  async tokensResponse(context: TurnContext, locale: LocaleTag, surface: string | undefined): Promise<void> {
    return this.gate.tokensResponse(await actionTurn(this.accessor, context, locale, surface, false));
  }

  /** A sign-in page's code (Web Chat), the sign-out command, or text while a sign-in is pending; false when it is not for the actions. */
  async typedCode(context: TurnContext, text: string, locale: LocaleTag, surface: string | undefined): Promise<boolean> {
    return this.gate.typed(await actionTurn(this.accessor, context, locale, surface, false), text);
  }

  // ---- the steps ----

  private async run(turn: Turn, click: ActionClick): Promise<ActionAnswer> {
    const full = await refusedAtOpenLimit(turn, click, this.options.openItemsFull);
    if (full) return full;
    if (click.step === 'start') return this.start(turn, click);
    // Sign out signs out whoever clicked, on any action card: it acts on nobody else.
    if (click.step === 'signOut') return isReplayed(turn.context) ? { kind: 'message', text: turn.c.actions.signIn.signedOut } : this.gate.signOut(turn);
    const cardId = click.cardId!;
    const record = readRecord(turn.store.cards?.[cardId]);
    const route = routeClick(record, click, turn.user.id, isReplayed(turn.context));
    const c = turn.c;
    switch (route.to) {
      case 'expired':
        return answer(turn, { text: c.actions.problems.expired }, false);
      case 'notYours': {
        const text = route.ownerName ? format(c.actions.problems.notYours, { name: route.ownerName }) : c.actions.problems.notYoursUnnamed;
        // A line for the one who clicked; the card stays as its owner left it.
        return turn.inPlace ? { kind: 'message', text } : answer(turn, { text }, false);
      }
      case 'cancel':
        this.keep(turn, cardId, { ...record!, stage: 'cancelled' } as ActionRecord);
        return answer(turn, { text: c.actions.steps.cancelled }, true);
      case 'messageLanguage':
        if (record!.kind !== 'startTransfer' && record!.stage === 'done') this.keep(turn, cardId, { ...record!, messageLocale: route.locale });
        break;
      case 'back':
        if (isAssigning(record)) this.keep(turn, cardId, backToDone(record));
        break;
      case 'nameCustomer':
        return nameCustomer(this.later, turn, cardId, record!, click.inputs.customer);
      case 'show':
        break;
      default:
        // Every other step acts as the partner: signed in first (the click waits for it).
        if (!(await this.options.signIn.token(turn.context))) return this.gate.wait(turn, click);
        if (route.to === 'assign' || isAssigning(record))
          return this.access.step(turn, cardId, record as Parameters<AssignAccess['step']>[2], route.to, click.inputs);
        if (route.to === 'status')
          return checkStatus(this.later, turn, cardId, record as Extract<ActionRecord, { stage: 'done'; kind: 'startTransfer' | 'requestGdap' }>);
        if (route.to === 'review') return this.review(turn, cardId, record as Extract<ActionRecord, { stage: 'form' | 'review' }>, click.inputs);
        return record!.kind === 'requestGdap'
          ? this.confirmGdap(turn, cardId, record as Reviewing<'requestGdap'>, click.inputs)
          : this.confirmTransfer(turn, cardId, record as Reviewing<'startTransfer'>);
    }
    return answer(turn, viewOf(readRecord(turn.store.cards?.[cardId])!, cardId, this.view(turn)), true);
  }

  private async start(turn: Turn, click: ActionClick): Promise<ActionAnswer> {
    // A retried click already sent its card.
    if (isReplayed(turn.context)) return { kind: 'message', text: turn.c.actions.steps.opened };
    // The server decides from the conversation's own result, never from what the click says: anything else calls nothing and says why.
    const scope = await this.scopeOf(turn);
    if (!scope) return answer(turn, { text: turn.c.actions.notOffered.noResult }, false);
    if (scope.row !== click.row) return answer(turn, { text: turn.c.actions.problems.expired }, false);
    const why = actionAvailability(scope, scope.answers, click.kind);
    if (why !== 'offered') return answer(turn, { text: format(turn.c.actions.notOffered[why], { action: turn.c.actions.names[click.kind] }) }, false);
    if (signsInAtStart(click.kind) && !(await this.options.signIn.token(turn.context))) return this.gate.wait(turn, click);
    const cardId = this.newCardId();
    const common = { owner: turn.user, row: scope.row, at: Date.now(), ...(scope.answers.partnerType ? { partnerType: scope.answers.partnerType } : {}) };
    let shown: Shown;
    if (click.kind === 'invitationLink') {
      const result = await (await this.calls.partnerCenter(turn)).getRelationshipRequestUrl({ correlationId: turn.correlationId });
      this.calls.audit(turn, { action: 'invitationLink', customerTenantId: '', result });
      if (result.ok) {
        const record: ActionRecord = { ...common, kind: 'invitationLink', stage: 'done', url: result.value, messageLocale: turn.locale };
        this.keep(turn, cardId, record);
        shown = viewOf(record, cardId, this.view(turn));
      } else {
        shown = failedView(turn.c, click.kind, result.failure, { step: 'start', row: scope.row });
      }
    } else {
      const record: ActionRecord =
        click.kind === 'requestGdap'
          ? {
              ...common,
              kind: 'requestGdap',
              stage: 'form',
              choice: { roleSet: defaultRoleSet(scope.answers.service), duration: GDAP_DURATIONS[0], autoExtend: false },
            }
          : { ...common, kind: 'startTransfer', stage: 'form' };
      this.keep(turn, cardId, record);
      shown = viewOf(record, cardId, this.view(turn));
    }
    // The result card stays as it is: the action's card is a message of its own.
    await send(turn, shown);
    return { kind: 'message', text: turn.c.actions.steps.opened };
  }

  private async review(turn: Turn, cardId: string, record: Extract<ActionRecord, { stage: 'form' | 'review' }>, inputs: ActionInputs): Promise<ActionAnswer> {
    const p = turn.c.actions.problems;
    const ctx = this.view(turn);
    const named = inputs.customerChoice ?? inputs.customer;
    const ref = named ? parseCustomer(named) : undefined;
    let next: (customer: CustomerView) => ActionRecord;
    let current: Extract<ActionRecord, { stage: 'form' | 'review' }> = record;
    if (record.kind === 'requestGdap') {
      const roleSet = ctx.sets.find((s) => s.id === inputs.roleSet)?.id ?? record.choice.roleSet;
      const duration = GDAP_DURATIONS.find((d) => d === inputs.duration) ?? record.choice.duration;
      const choice = { roleSet, duration: duration as GdapDuration, autoExtend: inputs.autoExtend ?? false };
      current = { ...record, choice };
      this.keep(turn, cardId, current);
      if (!ref) return answer(turn, formView(current, cardId, inputs, ctx, withExample(p.customerFormat)), true);
      next = (customer) => ({ ...commonOf(record), kind: 'requestGdap', stage: 'review', choice, customer });
    } else {
      const asksReseller = record.partnerType === 'indirectProvider';
      const { customer: typedCustomer, customerEmail, currentPartner, currentPartnerName, partnerOnRecord } = inputs;
      const problem =
        !typedCustomer || !customerEmail || !currentPartner || !currentPartnerName || (asksReseller && !partnerOnRecord)
          ? p.required
          : !ref
            ? withExample(p.customerFormat)
            : !isEmailAddress(customerEmail)
              ? p.emailFormat
              : !isTenantId(currentPartner)
                ? tenantProblem(turn.c)
                : asksReseller && !isPartnerId(partnerOnRecord ?? '')
                  ? p.partnerIdFormat
                  : undefined;
      if (problem || !ref) return answer(turn, formView(record, cardId, inputs, ctx, problem ?? withExample(p.customerFormat)), true);
      const typed = {
        currentPartner: currentPartner!,
        currentPartnerName: currentPartnerName!,
        customerEmail: customerEmail!,
        ...(asksReseller ? { partnerOnRecord: partnerOnRecord! } : {}),
      };
      next = (customer) => ({ ...commonOf(record), kind: 'startTransfer', stage: 'review', typed, customer });
    }
    const found = await this.calls.findCustomer(turn, ref);
    if (!found.ok) return answer(turn, failedView(turn.c, record.kind, found.failure, { step: 'review', cardId, inputs }), true);
    const customer = viewOfCustomer(found.value);
    if (!customer) {
      const text = format('none' in found.value ? p.customerNotFound : p.customerChoose, { value: plainText(ref.value) });
      return answer(turn, formView(current, cardId, inputs, ctx, text, 'many' in found.value ? found.value.many : undefined), true);
    }
    const reviewing = next(customer);
    this.keep(turn, cardId, reviewing);
    return answer(turn, viewOf(reviewing, cardId, ctx), true);
  }

  private async confirmGdap(turn: Turn, cardId: string, record: Reviewing<'requestGdap'>, inputs: ActionInputs): Promise<ActionAnswer> {
    const ctx = this.view(turn);
    const known = new Set(allRoles(ctx.sets).map((r) => r.id));
    const roles = (inputs.roles ?? []).filter((id) => known.has(id));
    if (roles.length === 0) return answer(turn, { view: reviewView(record, cardId, [], ctx, turn.c.actions.problems.noRoles) }, true);
    const customer = record.customer;
    await this.claim(turn, cardId, record);
    const result = await (
      await this.calls.graph(turn)
    ).requestApproval({
      // The relationship's name is made from the card's id and looked up before creating: the same confirmation is the same relationship.
      confirmationKey: cardId,
      customerTenantId: customer.tenantId,
      ...(customer.companyName ? { customerName: customer.companyName } : {}),
      roleDefinitionIds: roles,
      duration: record.choice.duration,
      ...(record.choice.autoExtend ? { autoExtendDuration: AUTO_EXTEND_DURATION } : {}),
    });
    this.calls.audit(turn, {
      action: 'requestGdap',
      customerTenantId: customer.tenantId,
      result,
      resultId: result.ok ? result.value.relationship.id : undefined,
    });
    if (!result.ok) {
      this.keep(turn, cardId, { ...record, claimedAt: undefined } as ActionRecord);
      return answer(turn, failedView(turn.c, 'requestGdap', result.failure, { step: 'confirm', cardId, inputs: { roles } }), true);
    }
    const done: ActionRecord = {
      ...commonOf(record),
      kind: 'requestGdap',
      stage: 'done',
      customer,
      relationshipId: result.value.relationship.id,
      approvalUrl: result.value.approvalUrl,
      messageLocale: turn.locale,
    };
    this.keep(turn, cardId, done);
    return answer(turn, viewOf(done, cardId, ctx), true);
  }

  private async confirmTransfer(turn: Turn, cardId: string, record: Reviewing<'startTransfer'>): Promise<ActionAnswer> {
    const { customer, typed } = record;
    // MS-RequestId ("Partner Center REST headers"): a GUID per attempt, sent again only by the retry of an attempt that got no answer.
    const requestId = record.requestId ?? randomUUID();
    await this.claim(turn, cardId, { ...record, requestId });
    const result = await (
      await this.calls.partnerCenter(turn)
    ).createTransfer(customer.tenantId, newTransfer(record), { correlationId: turn.correlationId, requestId });
    this.calls.audit(turn, { action: 'startTransfer', customerTenantId: customer.tenantId, result, resultId: result.ok ? result.value.id : undefined });
    if (!result.ok) {
      // Any answer ends the attempt; no answer (a timeout, a lost connection) keeps its id for the retry.
      const retry = answered(result) ? {} : { requestId };
      this.keep(turn, cardId, { ...commonOf(record), kind: 'startTransfer', stage: 'review', customer, typed, ...retry });
      return answer(turn, failedView(turn.c, 'startTransfer', result.failure, { step: 'confirm', cardId }), true);
    }
    const done: ActionRecord = {
      ...commonOf(record),
      kind: 'startTransfer',
      stage: 'done',
      customer,
      transferId: result.value.id,
      status: result.value.status,
    };
    this.keep(turn, cardId, done);
    return answer(turn, viewOf(done, cardId, this.view(turn)), true);
  }

  // ---- state ----

  /** The conversation's settled result and its answers, read from the advisor's own state; none before a result. */
  private async scopeOf(turn: Turn) {
    return resultScope(await this.advisorStore.read(turn.context), this.options.edition);
  }

  /** The confirmation claimed and saved before its create call: one call, whichever instance gets it. */
  private async claim(turn: Turn, cardId: string, record: Extract<ActionRecord, { stage: 'review' }>): Promise<void> {
    this.keep(turn, cardId, { ...record, claimedAt: Date.now() });
    await saveClaim(this.options.conversationState, turn.context);
  }

  private keep(turn: Turn, cardId: string, record: ActionRecord): void {
    turn.store.cards = keepRecord(turn.store.cards ?? {}, cardId, record, CARDS_KEPT);
    this.options.kept?.(turn, cardId, record);
  }

  private view(turn: Turn): ViewContext {
    return { c: turn.c, locale: turn.locale, sets: offeredRoleSets(turn.c, turn.locale, this.options.content) };
  }
}

const valueOf = (context: TurnContext): Record<string, unknown> => (isRecord(context.activity.value) ? context.activity.value : {});

const viewOfCustomer = (found: Lookup): CustomerView | undefined => ('tenantId' in found ? found : undefined);
