// The Partner Center actions as one machine over a card's record: `step(state, event, context)`
// gives the next state and the effects (conversation/actions/machine.ts), the host runs them and
// feeds each call's answer back. A start is checked against the conversation's own result, never
// what the click says; every later click is routed by its card's record (actionRecords.routeClick);
// a step that calls Partner Center or Graph asks for the partner's sign-in first; a confirmation is
// claimed and saved before its create call, so a double click or another instance calls nothing twice.
import { GDAP_DURATIONS, GdapDuration, actionAvailability, defaultRoleSet, isEmailAddress, isPartnerId, isTenantId, parseCustomer } from '../../domain/actions';
import { ActionClick, ActionInputs, signsInAtStart } from './actionClicks';
import { ActionRecord, backToDone, commonOf, isAssigning, isReconsidering, nameInvitation, routeClick } from './actionRecords';
import { isStaleClick } from './cardVersions';
import { assignAnswer, assignClick } from './assignMachine';
import { confirmReconsidered, doneAgain, isLifecycleAwaiting, lifecycleAnswer, reconsider } from './lifecycleMachine';
import { Answer, CardEvent, CardState, Say, Screen, StepContext, Stepped, answered, outcomeOf, stepped } from './machine';

type Stage<S, K = ActionRecord['kind']> = Extract<ActionRecord, { stage: S; kind: K }>;

const line = (say: Say, replaces = false): Stepped['effects'][number] => ({ do: 'show', screen: { line: say }, replaces });
const card = (replaces = true): Stepped['effects'][number] => ({ do: 'show', screen: { card: 'record' }, replaces });

/** A click that would make one more open item than its owner may have: a start, or a review's confirmation (Assign access makes none). */
export function makesOpenItem(click: ActionClick, record: ActionRecord | undefined): boolean {
  return click.step === 'start' || (click.step === 'confirm' && record?.stage === 'review');
}

export function step(state: CardState, event: CardEvent, ctx: StepContext): Stepped {
  const rest: CardState = { ...(state.cardId !== undefined ? { cardId: state.cardId } : {}), ...(state.record ? { record: state.record } : {}) };
  if (event.on === 'click') return click(rest, event.click, ctx);
  return answer(rest, state.awaiting, event, ctx);
}

function click(state: CardState, c: ActionClick, ctx: StepContext): Stepped {
  // Where each step came as a new message, an older copy of the card acts on nothing.
  if (!ctx.inPlace && !ctx.replayed && c.cardId && isStaleClick(c, ctx.lastShown)) return stepped(state, line({ say: 'problems.stale' }));
  if (ctx.openLimit !== undefined && makesOpenItem(c, state.record))
    return stepped(state, line({ say: 'problems.tooManyOpen', with: { limit: ctx.openLimit } }));
  if (c.step === 'start') return start(state, c, ctx, false);
  // Sign out signs out whoever clicked, on any action card: it acts on nobody else.
  if (c.step === 'signOut') return ctx.replayed ? stepped(state, { do: 'reply', line: { say: 'signIn.signedOut' } }) : stepped(state, { do: 'signOut' });
  const record = state.record;
  const route = routeClick(record, c, ctx.user.id, ctx.replayed, ctx.now);
  switch (route.to) {
    case 'expired':
      return stepped(state, line({ say: 'problems.expired' }));
    case 'notYours': {
      const say: Say = route.ownerName ? { say: 'problems.notYours', with: { name: route.ownerName } } : { say: 'problems.notYoursUnnamed' };
      // A line for the one who clicked; the card stays as its owner left it.
      return stepped(state, ctx.inPlace ? { do: 'reply', line: say } : line(say));
    }
    case 'cancel':
      return stepped({ ...state, record: { ...commonOf(record!), kind: record!.kind, stage: 'cancelled' } }, line({ say: 'steps.cancelled' }, true));
    case 'messageLanguage':
      if (record!.kind !== 'startTransfer' && record!.stage === 'done')
        return stepped({ ...state, record: { ...record!, messageLocale: route.locale } }, card());
      return stepped(state, card());
    case 'back':
      if (isReconsidering(record)) return stepped({ ...state, record: doneAgain(record) }, card());
      return stepped(isAssigning(record) ? { ...state, record: backToDone(record, ctx.now) } : state, card());
    case 'cancelReview':
    case 'extendReview':
      return reconsider(state, route.to);
    case 'nameCustomer': {
      const named = nameInvitation(record as Stage<'done', 'invitationLink'>, c.inputs.customer);
      // A company name (or nothing) could be anyone's: the card asks again for a tenant ID or a domain.
      if (!named) return stepped(state, { do: 'show', screen: { card: 'record', problem: { say: 'problems.customerFormat' } }, replaces: true });
      return stepped({ ...state, record: named }, card());
    }
    case 'show':
      return stepped(state, card());
    default:
      // Every other step acts as the partner: signed in first (the click waits for it).
      return stepped({ ...state, awaiting: { for: 'signIn', click: c } }, { do: 'call', call: { call: 'token' } });
  }
}

/** A signed-in partner's step on their card. */
function act(state: CardState, c: ActionClick, ctx: StepContext): Stepped {
  const record = state.record!;
  const to = routeClick(record, c, ctx.user.id, ctx.replayed, ctx.now).to;
  if (to === 'assign' || isAssigning(record)) return assignClick(state, to, c.inputs, ctx);
  if (isReconsidering(record)) return to === 'confirm' ? confirmReconsidered(state, ctx) : stepped(state, card());
  if (to === 'status') {
    const r = record as Stage<'done', 'startTransfer' | 'requestGdap'>;
    const call =
      r.kind === 'startTransfer'
        ? ({ call: 'getTransfer', customerTenantId: r.customer.tenantId, transferId: r.transferId } as const)
        : ({ call: 'getRelationship', relationshipId: r.relationshipId } as const);
    return stepped({ ...state, awaiting: { for: 'status' } }, { do: 'call', call });
  }
  if (to === 'review') return review(state, record as Stage<'form' | 'review'>, c.inputs, ctx);
  if (to !== 'confirm') return stepped(state, card());
  return record.kind === 'requestGdap'
    ? confirmGdap(state, record as Stage<'review', 'requestGdap'>, c.inputs, ctx)
    : confirmTransfer(state, record as Stage<'review', 'startTransfer'>, ctx);
}

function start(state: CardState, c: ActionClick, ctx: StepContext, signedIn: boolean): Stepped {
  // A retried click already sent its card.
  if (ctx.replayed) return stepped(state, { do: 'reply', line: { say: 'steps.opened' } });
  // The server decides from the conversation's own result, never from what the click says: anything else calls nothing and says why.
  const scope = ctx.scope;
  if (!scope) return stepped(state, line({ say: 'notOffered.noResult' }));
  if (scope.row !== c.row) return stepped(state, line({ say: 'problems.expired' }));
  const why = actionAvailability(scope, scope.answers, c.kind);
  if (why !== 'offered') return stepped(state, line({ say: `notOffered.${why}`, action: c.kind }));
  if (signsInAtStart(c.kind) && !signedIn) return stepped({ ...state, awaiting: { for: 'signIn', click: c } }, { do: 'call', call: { call: 'token' } });
  const common = { owner: ctx.user, row: scope.row, at: ctx.now, ...(scope.answers.partnerType ? { partnerType: scope.answers.partnerType } : {}) };
  if (c.kind === 'invitationLink') return stepped({ ...state, awaiting: { for: 'invitationUrl', common } }, { do: 'call', call: { call: 'invitationUrl' } });
  const choice = { roleSet: defaultRoleSet(scope.answers.service), duration: GDAP_DURATIONS[0], autoExtend: false };
  const record: ActionRecord =
    c.kind === 'requestGdap' ? { ...common, kind: 'requestGdap', stage: 'form', choice } : { ...common, kind: 'startTransfer', stage: 'form' };
  // The result card stays as it is: the action's card is a message of its own.
  return stepped({ cardId: ctx.newCardId, record }, { do: 'send', screen: { card: 'record' } }, { do: 'reply', line: { say: 'steps.opened' } });
}

function review(state: CardState, record: Stage<'form' | 'review'>, inputs: ActionInputs, ctx: StepContext): Stepped {
  const named = inputs.customerChoice ?? inputs.customer;
  const ref = named ? parseCustomer(named) : undefined;
  const form = (s: CardState, say: Say): Stepped => stepped(s, { do: 'show', screen: { card: 'form', inputs, problem: say }, replaces: true });
  if (record.kind === 'requestGdap') {
    const roleSet = ctx.roleSets.find((s) => s.id === inputs.roleSet)?.id ?? record.choice.roleSet;
    const duration = (GDAP_DURATIONS.find((d) => d === inputs.duration) ?? record.choice.duration) as GdapDuration;
    const choice = { roleSet, duration, autoExtend: inputs.autoExtend ?? false };
    const current: CardState = { ...state, record: { ...record, choice } };
    if (!ref) return form(current, { say: 'problems.customerFormat' });
    return stepped({ ...current, awaiting: { for: 'findCustomer', inputs, ref, choice } }, { do: 'call', call: { call: 'findCustomer', ref } });
  }
  const asksReseller = record.partnerType === 'indirectProvider';
  const { customer: typedCustomer, customerEmail, currentPartner, currentPartnerName, partnerOnRecord } = inputs;
  if (!typedCustomer || !customerEmail || !currentPartner || !currentPartnerName || (asksReseller && !partnerOnRecord))
    return form(state, { say: 'problems.required' });
  if (!ref) return form(state, { say: 'problems.customerFormat' });
  if (!isEmailAddress(customerEmail)) return form(state, { say: 'problems.emailFormat' });
  if (!isTenantId(currentPartner)) return form(state, { say: 'problems.tenantFormat' });
  if (asksReseller && !isPartnerId(partnerOnRecord ?? '')) return form(state, { say: 'problems.partnerIdFormat' });
  const typed = { currentPartner, currentPartnerName, customerEmail, ...(asksReseller && partnerOnRecord ? { partnerOnRecord } : {}) };
  return stepped({ ...state, awaiting: { for: 'findCustomer', inputs, ref, typed } }, { do: 'call', call: { call: 'findCustomer', ref } });
}

function confirmGdap(state: CardState, record: Stage<'review', 'requestGdap'>, inputs: ActionInputs, ctx: StepContext): Stepped {
  const known = new Set(ctx.roleSets.flatMap((s) => s.roleIds));
  const roles = (inputs.roles ?? []).filter((id) => known.has(id));
  if (roles.length === 0) return stepped(state, { do: 'show', screen: { card: 'review', selected: [], problem: { say: 'problems.noRoles' } }, replaces: true });
  const { customer, choice } = record;
  const call = {
    call: 'requestGdap',
    // The relationship's name is made from the card's id and looked up before creating: the same confirmation is the same relationship.
    confirmationKey: state.cardId!,
    customerTenantId: customer.tenantId,
    ...(customer.companyName ? { customerName: customer.companyName } : {}),
    roleDefinitionIds: roles,
    duration: choice.duration,
    autoExtend: choice.autoExtend,
  } as const;
  return stepped({ ...state, record: { ...record, claimedAt: ctx.now }, awaiting: { for: 'requestGdap', roles } }, { do: 'saveClaim' }, { do: 'call', call });
}

function confirmTransfer(state: CardState, record: Stage<'review', 'startTransfer'>, ctx: StepContext): Stepped {
  // MS-RequestId ("Partner Center REST headers"): a GUID per attempt, sent again only by the retry of an attempt that got no answer.
  const requestId = record.requestId ?? ctx.newRequestId;
  const review = { ...record, requestId };
  return stepped(
    { ...state, record: { ...review, claimedAt: ctx.now }, awaiting: { for: 'createTransfer', requestId } },
    { do: 'saveClaim' },
    { do: 'call', call: { call: 'createTransfer', review, requestId } },
  );
}

function answer(state: CardState, awaiting: CardState['awaiting'], a: Answer, ctx: StepContext): Stepped {
  const record = state.record;
  const cardId = state.cardId;
  if (awaiting?.for === 'signIn' && a.of === 'token') {
    if (!a.signedIn) return stepped(state, { do: 'signIn', click: awaiting.click });
    return awaiting.click.step === 'start' ? start(state, awaiting.click, ctx, true) : act(state, awaiting.click, ctx);
  }
  if (awaiting?.for === 'invitationUrl' && a.of === 'invitationUrl') {
    const audit = { do: 'audit', action: 'invitationLink', customerTenantId: '', outcome: outcomeOf(a.result) } as const;
    if (!a.result.ok) {
      const failed = { card: 'failed', kind: 'invitationLink', failure: a.result.failure, retry: { step: 'start', row: awaiting.common.row } } as const;
      return stepped(state, audit, { do: 'send', screen: failed }, { do: 'reply', line: { say: 'steps.opened' } });
    }
    const done: ActionRecord = { ...awaiting.common, kind: 'invitationLink', stage: 'done', url: a.result.value, messageLocale: ctx.locale };
    return stepped({ cardId: ctx.newCardId, record: done }, audit, { do: 'send', screen: { card: 'record' } }, { do: 'reply', line: { say: 'steps.opened' } });
  }
  if (!record || cardId === undefined) return stepped(state, line({ say: 'problems.expired' }));
  if (awaiting?.for === 'status' && (a.of === 'getTransfer' || a.of === 'getRelationship') && record.stage === 'done') {
    if (!a.result.ok) return stepped(state, { do: 'show', screen: { card: 'record', problem: { failure: a.result.failure } }, replaces: true });
    return stepped({ ...state, record: { ...record, status: a.result.value.status, checkedAt: ctx.now } as ActionRecord }, card());
  }
  if (awaiting?.for === 'findCustomer' && a.of === 'findCustomer' && (record.stage === 'form' || record.stage === 'review')) {
    const { inputs, ref } = awaiting;
    if (!a.result.ok) {
      const failed = { card: 'failed', kind: record.kind, failure: a.result.failure, retry: { step: 'review', cardId, inputs } } as const;
      return stepped(state, { do: 'show', screen: failed, replaces: true });
    }
    const found = a.result.value;
    if (!('tenantId' in found)) {
      const problem: Say = { say: 'none' in found ? 'problems.customerNotFound' : 'problems.customerChoose', with: { value: ref.value } };
      const matches = 'many' in found ? { matches: found.many } : {};
      return stepped(state, { do: 'show', screen: { card: 'form', inputs, problem, ...matches }, replaces: true });
    }
    const next: ActionRecord =
      record.kind === 'requestGdap'
        ? { ...commonOf(record), kind: 'requestGdap', stage: 'review', choice: awaiting.choice ?? record.choice, customer: found }
        : { ...commonOf(record), kind: 'startTransfer', stage: 'review', typed: awaiting.typed!, customer: found };
    return stepped({ ...state, record: next }, card());
  }
  if (awaiting?.for === 'requestGdap' && a.of === 'requestGdap' && record.kind === 'requestGdap' && record.stage === 'review') {
    const { claimedAt: _claim, ...released } = record;
    const result = a.result;
    const audit = { do: 'audit', action: 'requestGdap', customerTenantId: record.customer.tenantId, outcome: outcomeOf(result) } as const;
    if (!result.ok) {
      const failed: Screen = {
        card: 'failed',
        kind: 'requestGdap',
        failure: result.failure,
        retry: { step: 'confirm', cardId, inputs: { roles: [...awaiting.roles] } },
      };
      return stepped({ ...state, record: released }, audit, { do: 'show', screen: failed, replaces: true });
    }
    const { relationshipId, approvalUrl } = result.value;
    const done: ActionRecord = {
      ...commonOf(record),
      kind: 'requestGdap',
      stage: 'done',
      customer: record.customer,
      relationshipId,
      approvalUrl,
      messageLocale: ctx.locale,
    };
    return stepped({ ...state, record: done }, { ...audit, resultId: relationshipId }, card());
  }
  if (awaiting?.for === 'createTransfer' && a.of === 'createTransfer' && record.kind === 'startTransfer' && record.stage === 'review') {
    const { customer, typed } = record;
    const result = a.result;
    const audit = { do: 'audit', action: 'startTransfer', customerTenantId: customer.tenantId, outcome: outcomeOf(result) } as const;
    if (!result.ok) {
      // Any answer ends the attempt; no answer (a timeout, a lost connection) keeps its id for the retry.
      const retry = answered(result) ? {} : { requestId: awaiting.requestId };
      const released: ActionRecord = { ...commonOf(record), kind: 'startTransfer', stage: 'review', customer, typed, ...retry };
      const failed = { card: 'failed', kind: 'startTransfer', failure: result.failure, retry: { step: 'confirm', cardId } } as const;
      return stepped({ ...state, record: released }, audit, { do: 'show', screen: failed, replaces: true });
    }
    const done: ActionRecord = {
      ...commonOf(record),
      kind: 'startTransfer',
      stage: 'done',
      customer,
      transferId: result.value.id,
      status: result.value.status,
    };
    return stepped({ ...state, record: done }, { ...audit, resultId: result.value.id }, card());
  }
  if (awaiting && isLifecycleAwaiting(awaiting)) return lifecycleAnswer(state, awaiting, a, ctx);
  return assignAnswer(state, awaiting, a, ctx);
}
