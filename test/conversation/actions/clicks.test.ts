// The card machine's clicks, as a table (state, click → state, effects), from docs/actions.md:
// who may act on a card, stale copies, double clicks and retries, cancel, the language of the
// customer's message, back from Assign access, naming an invitation's customer, sign out, the
// open-items bound, and every step that needs the partner's sign-in asking for it first.
import { CLAIM_MS } from '../../../src/conversation/actions/actionRecords';
import { CardEvent } from '../../../src/conversation/actions/machine';
import { CARD, NOW, OTHER, R, Row, cardShown, clickOn, common, customer, lineShown, on, show, table, token } from './tables';

const waits = (event: CardEvent) => ({ for: 'signIn', click: event.on === 'click' ? event.click : (undefined as never) }) as const;
const review = clickOn('requestGdap', 'review', { customer: 'contoso.onmicrosoft.com' });
const confirm = clickOn('requestGdap', 'confirm', { roles: ['x'] });

const ROWS: Row[] = [
  // Stale copies (each step a new message): an older version acts on nothing; Teams replaces the card, so never stale there.
  {
    name: 'an older copy of the card is stale',
    state: on(R.gdapForm),
    event: clickOn('requestGdap', 'cancel', {}, { version: 1 }),
    ctx: { lastShown: { v: 2, digest: 'b' } },
    expect: { state: on(R.gdapForm), effects: [lineShown('problems.stale')] },
  },
  {
    name: 'the live copy acts',
    state: on(R.gdapForm),
    event: clickOn('requestGdap', 'cancel', {}, { version: 2 }),
    ctx: { lastShown: { v: 2, digest: 'b' } },
    expect: { state: on({ ...common, kind: 'requestGdap', stage: 'cancelled' }), effects: [show({ line: { say: 'steps.cancelled' } })] },
  },
  {
    name: 'an older copy clicked in Teams (answered in place) is not stale',
    state: on(R.gdapForm),
    event: clickOn('requestGdap', 'cancel', {}, { version: 1 }),
    ctx: { inPlace: true, lastShown: { v: 2, digest: 'b' } },
    expect: { state: on({ ...common, kind: 'requestGdap', stage: 'cancelled' }), effects: [show({ line: { say: 'steps.cancelled' } })] },
  },
  {
    name: 'a click without a version is never stale',
    state: on(R.gdapForm),
    event: clickOn('requestGdap', 'review'),
    ctx: { lastShown: { v: 3, digest: 'c' } },
    expect: { state: { ...on(R.gdapForm), awaiting: waits(clickOn('requestGdap', 'review')) }, effects: [token] },
  },
  // Cards that are not there, or not the clicker's.
  {
    name: 'a forgotten card has expired',
    state: { cardId: CARD },
    event: review,
    expect: { state: { cardId: CARD }, effects: [lineShown('problems.expired')] },
  },
  {
    name: 'a click of another kind than its card has expired',
    state: on(R.transferForm),
    event: review,
    expect: { state: on(R.transferForm), effects: [lineShown('problems.expired')] },
  },
  {
    name: "someone else's card: a line naming its owner, the card unchanged",
    state: on(R.gdapForm),
    event: review,
    ctx: { user: OTHER },
    expect: { state: on(R.gdapForm), effects: [lineShown('problems.notYours', { name: 'Alex Wilber' })] },
  },
  {
    name: "someone else's card in Teams: the line is the clicker's alone",
    state: on(R.gdapForm),
    event: review,
    ctx: { user: OTHER, inPlace: true },
    expect: { state: on(R.gdapForm), effects: [{ do: 'reply', line: { say: 'problems.notYours', with: { name: 'Alex Wilber' } } }] },
  },
  {
    name: "someone else's card whose owner has no name",
    state: on({ ...R.gdapForm, owner: { id: '29:owner' } }),
    event: review,
    ctx: { user: OTHER },
    expect: { state: on({ ...R.gdapForm, owner: { id: '29:owner' } }), effects: [lineShown('problems.notYoursUnnamed')] },
  },
  // Cancel.
  {
    name: 'cancel a review',
    state: on(R.transferReview),
    event: clickOn('startTransfer', 'cancel'),
    expect: { state: on({ ...common, row: 'G6', kind: 'startTransfer', stage: 'cancelled' }), effects: [show({ line: { say: 'steps.cancelled' } })] },
  },
  {
    name: 'a click on a cancelled card shows it as it is',
    state: on(R.cancelled),
    event: clickOn('requestGdap', 'confirm'),
    expect: { state: on(R.cancelled), effects: [cardShown] },
  },
  // Double clicks and retries: nothing is called twice.
  {
    name: 'a retried confirmation (Teams sends the invoke again) shows the card, calls nothing',
    state: on(R.gdapReview),
    event: confirm,
    ctx: { replayed: true },
    expect: { state: on(R.gdapReview), effects: [cardShown] },
  },
  {
    name: 'a second confirmation while the first is claimed shows the card, calls nothing',
    state: on({ ...R.gdapReview, claimedAt: NOW - 1000 }),
    event: confirm,
    expect: { state: on({ ...R.gdapReview, claimedAt: NOW - 1000 }), effects: [cardShown] },
  },
  {
    name: 'a claim older than its bound (a crashed turn) lets the confirmation go on',
    state: on({ ...R.gdapReview, claimedAt: NOW - CLAIM_MS }),
    event: confirm,
    expect: { state: { ...on({ ...R.gdapReview, claimedAt: NOW - CLAIM_MS }), awaiting: waits(confirm) }, effects: [token] },
  },
  {
    name: 'a confirmation clicked again once done shows the done card',
    state: on(R.gdapDone),
    event: confirm,
    expect: { state: on(R.gdapDone), effects: [cardShown] },
  },
  {
    name: 'an access confirmation clicked again while claimed calls nothing',
    state: on({ ...R.assignReview, claimedAt: NOW - 5 }),
    event: clickOn('requestGdap', 'confirm'),
    expect: { state: on({ ...R.assignReview, claimedAt: NOW - 5 }), effects: [cardShown] },
  },
  // The customer's message in another language (an invitation's and a GDAP request's; a transfer has none).
  {
    name: "an invitation's message in another language",
    state: on(R.invitation),
    event: clickOn('invitationLink', 'messageLanguage', { messageLocale: 'hu-HU' }),
    expect: { state: on({ ...R.invitation, messageLocale: 'hu-HU' }), effects: [cardShown] },
  },
  {
    name: "a GDAP request's message in another language",
    state: on(R.gdapDone),
    event: clickOn('requestGdap', 'messageLanguage', { messageLocale: 'pt-BR' }),
    expect: { state: on({ ...R.gdapDone, messageLocale: 'pt-BR' }), effects: [cardShown] },
  },
  {
    name: 'a transfer has no message: the card as it is',
    state: on(R.transferDone),
    event: clickOn('startTransfer', 'messageLanguage', { messageLocale: 'pt-BR' }),
    expect: { state: on(R.transferDone), effects: [cardShown] },
  },
  // Back from Assign access: the relationship's card, as last reported (active).
  {
    name: 'cancel on the groups goes back to the relationship card',
    state: on(R.assignForm),
    event: clickOn('requestGdap', 'cancel'),
    expect: { state: on({ ...R.gdapActive, checkedAt: NOW }), effects: [cardShown] },
  },
  {
    name: 'cancel on the access review goes back too',
    state: on(R.assignReview),
    event: clickOn('requestGdap', 'cancel'),
    expect: { state: on({ ...R.gdapActive, checkedAt: NOW }), effects: [cardShown] },
  },
  // Naming an invitation's customer: a tenant ID or a domain, never a company name.
  {
    name: "an invitation's customer named by domain",
    state: on(R.invitation),
    event: clickOn('invitationLink', 'review', { customer: 'Contoso.onmicrosoft.com' }),
    expect: { state: on({ ...R.invitation, named: 'contoso.onmicrosoft.com' }), effects: [cardShown] },
  },
  {
    name: "an invitation's customer named by tenant ID",
    state: on(R.invitation),
    event: clickOn('invitationLink', 'review', { customer: customer.tenantId }),
    expect: { state: on({ ...R.invitation, named: customer.tenantId }), effects: [cardShown] },
  },
  {
    name: 'a company name could be anyone: asked again',
    state: on(R.invitation),
    event: clickOn('invitationLink', 'review', { customer: 'Contoso' }),
    expect: { state: on(R.invitation), effects: [show({ card: 'record', problem: { say: 'problems.customerFormat' } })] },
  },
  {
    name: 'an invitation already named is not renamed',
    state: on({ ...R.invitation, named: 'contoso.com' }),
    event: clickOn('invitationLink', 'review', { customer: 'fabrikam.com' }),
    expect: { state: on({ ...R.invitation, named: 'contoso.com' }), effects: [cardShown] },
  },
  // Steps out of order show the card.
  { name: 'confirm on a form shows the form', state: on(R.gdapForm), event: confirm, expect: { state: on(R.gdapForm), effects: [cardShown] } },
  {
    name: 'an invitation has no status to check',
    state: on(R.invitation),
    event: clickOn('invitationLink', 'status'),
    expect: { state: on(R.invitation), effects: [cardShown] },
  },
  {
    name: 'Assign access before Graph reported the relationship active shows the card',
    state: on(R.gdapDone),
    event: clickOn('requestGdap', 'assign'),
    expect: { state: on(R.gdapDone), effects: [cardShown] },
  },
  {
    name: 'Remove access on a relationship card shows it',
    state: on(R.gdapActive),
    event: clickOn('requestGdap', 'undo', { groups: ['g-1'] }),
    expect: { state: on(R.gdapActive), effects: [cardShown] },
  },
  // Every step that calls Partner Center or Graph asks whether the partner is signed in first.
  ...(
    [
      ['review on a GDAP form', R.gdapForm, review],
      ['review on a transfer form', R.transferForm, clickOn('startTransfer', 'review')],
      ['review again on a review', R.gdapReview, review],
      ['confirm a GDAP request', R.gdapReview, confirm],
      ['confirm a transfer', R.transferReview, clickOn('startTransfer', 'confirm')],
      ['check a transfer', R.transferDone, clickOn('startTransfer', 'status')],
      ['check a relationship', R.gdapDone, clickOn('requestGdap', 'status')],
      ['Assign access on an active relationship', R.gdapActive, clickOn('requestGdap', 'assign')],
      ['search groups', R.assignForm, clickOn('requestGdap', 'search', { groupSearch: 'Sa' })],
      ['pick groups', R.assignForm, clickOn('requestGdap', 'review', { groups: ['g-1'] })],
      ['confirm access', R.assignReview, clickOn('requestGdap', 'confirm')],
      ['check access', R.assigned, clickOn('requestGdap', 'status')],
      ['remove access', R.assigned, clickOn('requestGdap', 'undo', { groups: ['g-1'] })],
    ] as const
  ).map(([name, record, event]): Row => ({
    name: `${name} asks for the sign-in first`,
    state: on(record),
    event,
    expect: { state: { ...on(record), awaiting: waits(event) }, effects: [token] },
  })),
  // Sign out: whoever clicked, on any card; a retried one says it again and calls nothing.
  {
    name: 'sign out',
    state: on(R.gdapForm),
    event: clickOn('requestGdap', 'signOut'),
    ctx: { user: OTHER },
    expect: { state: on(R.gdapForm), effects: [{ do: 'signOut' }] },
  },
  {
    name: 'a retried sign out',
    state: on(R.gdapForm),
    event: clickOn('requestGdap', 'signOut'),
    ctx: { replayed: true },
    expect: { state: on(R.gdapForm), effects: [{ do: 'reply', line: { say: 'signIn.signedOut' } }] },
  },
  // The open-items bound: a click that would make one more item is refused before anything is called.
  {
    name: "a review's confirmation at the open-items bound is refused",
    state: on(R.transferReview),
    event: clickOn('startTransfer', 'confirm'),
    ctx: { openLimit: 25 },
    expect: { state: on(R.transferReview), effects: [lineShown('problems.tooManyOpen', { limit: 25 })] },
  },
  {
    name: 'Assign access makes no item: never refused',
    state: on(R.assignReview),
    event: clickOn('requestGdap', 'confirm'),
    ctx: { openLimit: 25 },
    expect: { state: { ...on(R.assignReview), awaiting: waits(clickOn('requestGdap', 'confirm')) }, effects: [token] },
  },
  {
    name: 'a review at the bound makes nothing yet: it goes on',
    state: on(R.gdapForm),
    event: review,
    ctx: { openLimit: 25 },
    expect: { state: { ...on(R.gdapForm), awaiting: waits(review) }, effects: [token] },
  },
];

describe('action machine: clicks on a card (table)', () => table(ROWS));
