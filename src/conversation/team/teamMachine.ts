// The team view and hand-over as a machine (issue 63): `step(state, event, context)` gives the next
// state and the effects; the host (src/hosting/cases/teamCases.ts) runs them and feeds each answer
// back. Every click first asks who the clicker is, as the server verified them: nobody verified
// sees nothing. Then a page of their tenant's open items (or this conversation's), the colleagues
// an item can be handed to, or the hand-over itself, decided again on the item as stored (so a
// double click or a stale card finds it done, or gone, and says so). Pure.
import type { OpenItem } from '../../domain/cases';
import { candidates, HandOverRefusal, PEOPLE_PAGE, Person, TeamEntry, teamOpen, teamPage } from '../../domain/teamCases';
import { AuditRecord, auditRecordOf } from '../../protocols/telemetry/auditRecord';

export interface Viewer {
  tenantId: string;
  objectId: string;
  via: 'teams' | 'signIn';
  /** Their name as their verified sign-in gives it (Web Chat names nobody). */
  name?: string;
}

/** A click, read from untrusted data (teamCards.ts): ids and references only, looked up on the server. */
export type TeamClick = { list: 'team' | 'here'; after?: string; inPlace?: true } | { pick: string; page: number } | { handOver: string; to: string };

export type TeamSay = 'unverified' | 'nobody' | 'handedOver' | HandOverRefusal;

export type TeamScreen =
  | { line: TeamSay; name?: string; limit?: number }
  | { card: 'team'; scope: 'team' | 'here'; items: readonly OpenItem[]; total: number; next?: string; inPlace?: true }
  | { card: 'people'; item: OpenItem; people: readonly Person[]; page: number; more: boolean };

export type TeamEffect =
  | { do: 'identify' }
  /** The viewer and their chat, noted in their tenant's directory (only a personal chat is theirs). */
  | { do: 'remember'; viewer: Viewer }
  | { do: 'readEntries'; tenantId: string }
  | { do: 'readItems'; ids: readonly string[] }
  | { do: 'prune'; tenantId: string; ids: readonly string[] }
  | { do: 'readItem'; id: string }
  | { do: 'readPeople'; tenantId: string }
  | { do: 'countOpen'; person: Person }
  /** The store's conditional update of the item, deciding again on what is stored (domain handOver). */
  | { do: 'handOver'; id: string; tenantId: string; to: Person }
  | { do: 'moveOwner'; before: OpenItem; after: OpenItem }
  /** A line to an owner, in their chat and language: the old one (`away`) and the new one (`to`). */
  | { do: 'tell'; item: OpenItem; say: 'away' | 'to'; from: OpenItem['owner']; to: OpenItem['owner']; by: Viewer }
  | { do: 'audit'; item: OpenItem; viewer: Viewer }
  | { do: 'show'; screen: TeamScreen };

export type TeamEvent =
  | { on: 'click' }
  | { on: 'viewer'; viewer: Viewer | undefined }
  | { on: 'entries'; entries: readonly TeamEntry[] }
  | { on: 'items'; items: readonly OpenItem[] }
  | { on: 'item'; item: OpenItem | undefined }
  | { on: 'people'; people: readonly Person[] }
  | { on: 'openCount'; count: number }
  | { on: 'handedOver'; result: { before: OpenItem; after: OpenItem } | { refuse: HandOverRefusal } };

export interface TeamState {
  click: TeamClick;
  viewer?: Viewer;
  page?: { ids: readonly string[]; total: number; next?: string };
  item?: OpenItem;
  target?: Person;
}

export interface TeamContext {
  now: number;
  /** The conversation the click came from (the host's key of it): the view of one conversation. */
  here: string;
  /** The keys an item's owner is listed under (a hand-over offers anyone but them). */
  ownerKeys: (item: OpenItem) => string[];
  /** Open items one person may have (FOLLOW_UP_MAX_OPEN_PER_USER): a hand-over never takes anyone past it. */
  openLimit: number;
}

export interface TeamStepped {
  state: TeamState;
  effects: TeamEffect[];
}

const line = (say: TeamSay, extra: { name?: string; limit?: number } = {}): TeamEffect => ({ do: 'show', screen: { line: say, ...extra } });
const done = (state: TeamState, ...effects: TeamEffect[]): TeamStepped => ({ state, effects });

export function step(state: TeamState, event: TeamEvent, ctx: TeamContext): TeamStepped {
  const { click } = state;
  if (event.on === 'click') return done(state, { do: 'identify' });
  if (event.on === 'viewer') {
    // Nobody the server verified (a Web Chat visitor not signed in, a channel that proves nobody): nothing of anyone's is shown.
    if (!event.viewer) return done(state, line('unverified'));
    const viewer = event.viewer;
    const next = { ...state, viewer };
    if ('list' in click) return done(next, { do: 'remember', viewer }, { do: 'readEntries', tenantId: viewer.tenantId });
    if ('pick' in click) return done(next, { do: 'readItem', id: click.pick });
    return done(next, { do: 'readPeople', tenantId: viewer.tenantId });
  }
  const viewer = state.viewer;
  if (!viewer) return done(state, line('unverified'));
  if (event.on === 'entries' && 'list' in click) {
    const page = teamPage(event.entries, click.list === 'here' ? ctx.here : undefined, click.after);
    const next = { ...state, page };
    return page.ids.length === 0 ? done(next, teamCard(click, [], page)) : done(next, { do: 'readItems', ids: page.ids });
  }
  if (event.on === 'items' && 'list' in click && state.page) {
    // Only this tenant's, still open: an entry whose item went (or changed) is pruned, never shown.
    const shown = event.items.filter((i) => i.teamTenantId === viewer.tenantId && teamOpen(i));
    const missing = state.page.ids.filter((id) => !shown.some((i) => i.id === id));
    const prune: TeamEffect[] = missing.length > 0 ? [{ do: 'prune', tenantId: viewer.tenantId, ids: missing }] : [];
    return done(state, ...prune, teamCard(click, shown, state.page));
  }
  if (event.on === 'item' && 'pick' in click) {
    const item = event.item;
    // Another tenant's item is answered as one that is gone: nothing says it exists.
    if (!item || item.teamTenantId !== viewer.tenantId) return done(state, line('gone'));
    if (!teamOpen(item)) return done(state, line('closed'));
    return done({ ...state, item }, { do: 'readPeople', tenantId: viewer.tenantId });
  }
  if (event.on === 'people' && 'pick' in click && state.item) {
    const people = candidates(event.people, ctx.ownerKeys(state.item), ctx.now);
    if (people.length === 0) return done(state, line('nobody'));
    const page = Math.min(Math.max(0, click.page), Math.floor((people.length - 1) / PEOPLE_PAGE));
    const shown = people.slice(page * PEOPLE_PAGE, (page + 1) * PEOPLE_PAGE);
    return done(state, { do: 'show', screen: { card: 'people', item: state.item, people: shown, page, more: people.length > (page + 1) * PEOPLE_PAGE } });
  }
  if (event.on === 'people' && 'handOver' in click) {
    // The person is found by the reference the card carried, among this tenant's verified people only.
    const target = candidates(event.people, [], ctx.now).find((p) => p.ref === click.to);
    if (!target) return done(state, line('noSuchPerson'));
    return done({ ...state, target }, { do: 'countOpen', person: target });
  }
  if (event.on === 'openCount' && 'handOver' in click && state.target) {
    if (event.count >= ctx.openLimit) return done(state, line('full', { ...nameOf(state.target), limit: ctx.openLimit }));
    return done(state, { do: 'handOver', id: click.handOver, tenantId: viewer.tenantId, to: state.target });
  }
  if (event.on === 'handedOver' && 'handOver' in click && state.target) {
    const result = event.result;
    if ('refuse' in result) return done(state, line(result.refuse, nameOf(state.target)));
    const { before, after } = result;
    return done(
      state,
      { do: 'moveOwner', before, after },
      { do: 'tell', item: before, say: 'away', from: before.owner, to: after.owner, by: viewer },
      { do: 'tell', item: after, say: 'to', from: before.owner, to: after.owner, by: viewer },
      { do: 'audit', item: after, viewer },
      line('handedOver', nameOf(state.target)),
    );
  }
  // An answer out of order (a crafted sequence): nothing is done.
  return done(state, line('gone'));
}

const nameOf = (p: Person): { name?: string } => (p.name ? { name: p.name } : {});

function teamCard(click: Extract<TeamClick, { list: string }>, items: readonly OpenItem[], page: { total: number; next?: string }): TeamEffect {
  const more = page.next ? { next: page.next } : {};
  return { do: 'show', screen: { card: 'team', scope: click.list, items, total: page.total, ...more, ...(click.inPlace ? { inPlace: true } : {}) } };
}

/** A hand-over's audit record: the clicker's channel id, the Entra object id the server verified, the customer and the item handed over. */
export function handOverAudit(effect: Extract<TeamEffect, { do: 'audit' }>, who: string | undefined, correlationId: string | undefined): AuditRecord {
  const { item, viewer } = effect;
  const fields = { who: who ?? '', signedInObjectId: viewer.objectId, customerTenantId: item.customer.tenantId, resultId: item.id, correlationId };
  return auditRecordOf({ ...fields, action: 'handOver', outcome: 'succeeded' });
}
