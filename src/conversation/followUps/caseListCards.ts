// My cases: the partner's open items (domain/cases.ts) as a card, newest first, each with its
// customer, kind, status, age, deadline and next step, and a button that opens it; and the card of
// one item opened where its own action card is not at hand. Every word from the catalog; dates in
// the user's language, in UTC, so the same item reads the same on every server. Pure: the host
// reads the items and says when "now" is (src/hosting/cases/myCases.ts). View models for the
// templates in cards/cases/.
import listTemplate from '../../../cards/cases/list.json';
import itemTemplate from '../../../cards/cases/item.json';
import privateTemplate from '../../../cards/cases/private.json';
import { CaseKind, isOpen, OpenItem } from '../../domain/cases';
import { deadlineOf, waitsFor } from '../../domain/caseItems';
import type { LocaleTag } from '../../domain/locales';
import { isRecord } from '../../domain/records';
import { Catalog, ReadingCatalog, format, formatDate, formatRelativeDays } from '../../domain/textCatalog';
import { normalize } from '../../domain/matching';
import { AdaptiveCard, CardTemplate } from '../cards/cards';
import { Button, ButtonLayout, Fact, factsOf, laidOut, plainText } from '../cards/cardModels';

/** The `action` of an Open button's data (and so its verb in Teams), and of the help card's My cases button. */
export const MY_CASES_ACTION = 'myCases';
/** The team view's verb (teamCards.ts): My cases offers it at its foot. */
export const TEAM_CASES_ACTION = 'teamCases';
/** The most items one card lists; a note says how many more there are. */
export const LISTED_MAX = 10;

const DAY = 24 * 60 * 60 * 1000;
/** An item id as the store makes it (`${kind}:${objectId}`), bounded: anything else is no item. */
const ITEM_ID = /^(gdapApproval|resellerAcceptance|transfer):[^\s]{1,256}$/;

/** What the host needs of an item to list it: the item itself and "now". */
export interface CaseListView {
  items: readonly OpenItem[];
  now: number;
  /** Buttons as Universal Actions (Teams) rather than Action.Submit. */
  execute?: boolean;
  /** False where nothing can open an item (the side panel has no conversation): no buttons. */
  open?: boolean;
}

/**
 * A click on My cases: the list (the help card's button; `inPlace` for the refresh of a shared
 * chat's card, answered with the clicker's own list), or one item opened by its id. Untrusted: the
 * id is only a key to look up.
 */
export type CaseClick = { open: string } | { cancel: string } | { list: true; inPlace?: true };

export function isCaseClickData(data: unknown): boolean {
  return isRecord(data) && data.action === MY_CASES_ACTION;
}

export function readCaseClick(data: unknown): CaseClick | undefined {
  if (!isCaseClickData(data)) return undefined;
  const item = (data as Record<string, unknown>).item;
  if (item === undefined) return (data as Record<string, unknown>).view === 'mine' ? { list: true, inPlace: true } : { list: true };
  if (typeof item !== 'string' || !ITEM_ID.test(item)) return undefined;
  // Cancel request: a waiting transfer's own card from the item, to confirm (the server checks the item is one).
  return (data as Record<string, unknown>).step === 'cancelTransfer' ? { cancel: item } : { open: item };
}

/**
 * The typed command in every language the advisor speaks (a Hungarian partner may type it in
 * English), folded as every command phrase is (normalize), so that no typed word belongs to two
 * commands (test/locales/commandPhrases.test.ts).
 */
export function isMyCasesCommand(text: string, catalogs: readonly ReadingCatalog[]): boolean {
  const typed = normalize(text).replace(/\?+$/u, '').trim();
  return typed !== '' && catalogs.some((c) => c.myCases.command.phrases.some((p) => normalize(p) === typed));
}

/** How long ago, in whole days ("today", "yesterday", "3 days ago"), in the user's language. */
export function ageText(since: number, now: number, locale: LocaleTag): string {
  return formatRelativeDays(-Math.max(0, Math.floor((now - since) / DAY)), locale);
}

/** A day in the user's language, as UTC has it. */
export const dayText = (at: number, locale: LocaleTag): string => formatDate(new Date(at).toISOString().slice(0, 10), locale);

/** The customer as a name, never markup; an invitation names none until one accepts. */
export function customerText(item: Pick<OpenItem, 'customer'>, c: Catalog): string {
  const { name, domain, tenantId } = item.customer;
  const shown = name || domain || tenantId;
  return shown ? plainText(shown) : c.myCases.anyCustomer;
}

export const kindText = (kind: CaseKind, c: Catalog): string => c.myCases.kinds[kind];

/**
 * An item's facts: customer, status, age, its deadline while the other side has not acted (an
 * invitation's is how long it is followed), and its next step while there is one.
 */
export function itemFacts(item: OpenItem, now: number, c: Catalog, locale: LocaleTag): Fact[] {
  const f = c.myCases.fields;
  const deadline = deadlineOf(item);
  const next = waitsFor(item);
  return factsOf([
    [f.customer, customerText(item, c)],
    [f.status, c.myCases.statuses[item.status]],
    [f.started, ageText(item.createdAt, now, locale)],
    ...(deadline === undefined ? [] : [[item.kind === 'resellerAcceptance' ? f.followedUntil : f.deadline, dayText(deadline, locale)] as [string, string]]),
    ...(next === undefined ? [] : [[f.next, c.myCases.nextSteps[next]] as [string, string]]),
  ]);
}

/** A button of the case views: a Universal Action with its verb (Teams), or Action.Submit (no verb). Its data names a verb and an item at most. */
export type CaseButton = Button<Record<string, unknown>> & { verb: string | null };

export function caseButton(
  title: string,
  data: Record<string, unknown>,
  execute: boolean | undefined,
  verb: string,
  style: 'positive' | null = null,
): CaseButton {
  return { title, style, verb: execute ? verb : null, data };
}

interface CaseListModel extends ButtonLayout<CaseButton> {
  title: string;
  /** What to do when there is nothing to list; else the intro above the list. */
  empty: string | null;
  intro: string | null;
  items: { id: string; name: string; facts: Fact[]; buttons: CaseButton[] }[];
  more: string | null;
}

interface CaseItemModel {
  title: string;
  intro: string;
  facts: Fact[];
}

/** A line in a shared chat whose refresh only the asker's client runs (My cases', the team's). */
export interface PrivateModel {
  title: string;
  text: string;
  textId: string;
  verb: string;
  data: Record<string, unknown>;
  askerId: string;
}

const CASE_LIST = new CardTemplate<CaseListModel>('cases/list', listTemplate);
const CASE_ITEM = new CardTemplate<CaseItemModel>('cases/item', itemTemplate);
const PRIVATE = new CardTemplate<PrivateModel>('cases/private', privateTemplate);

/** Open, and for a transfer request still waiting, Cancel request (review 4, gap 5). */
function itemButtons(item: OpenItem, c: Catalog, execute: boolean | undefined): CaseButton[] {
  const open = caseButton(c.myCases.open, { action: MY_CASES_ACTION, item: item.id }, execute, MY_CASES_ACTION);
  if (item.kind !== 'transfer' || !isOpen(item)) return [open];
  return [open, caseButton(c.actions.buttons.cancelTransfer, { action: MY_CASES_ACTION, item: item.id, step: 'cancelTransfer' }, execute, MY_CASES_ACTION)];
}

/** The list: the newest items first (at most LISTED_MAX), or what to do when there are none. */
export function caseListCard(view: CaseListView, c: Catalog, locale: LocaleTag): { card: AdaptiveCard; summary: string } {
  const m = c.myCases;
  const items = [...view.items].sort((a, b) => b.createdAt - a.createdAt);
  // The team's cases beside one's own (the side panel opens nothing: no button there).
  const team = view.open === false ? [] : [caseButton(c.teamCases.command.label, { action: TEAM_CASES_ACTION }, view.execute, TEAM_CASES_ACTION)];
  const shown = items.slice(0, LISTED_MAX);
  const model: CaseListModel = {
    title: m.title,
    empty: items.length === 0 ? m.empty : null,
    intro: items.length === 0 ? null : m.intro,
    items: shown.map((item) => ({
      id: item.id,
      name: `${kindText(item.kind, c)}: ${customerText(item, c)}`,
      facts: itemFacts(item, view.now, c, locale),
      buttons: view.open === false ? [] : itemButtons(item, c, view.execute),
    })),
    more: items.length > shown.length ? format(m.more, { shown: shown.length, total: items.length }) : null,
    ...laidOut(team),
  };
  const summary =
    items.length === 0
      ? `${m.title}: ${m.empty}`
      : `${m.title}: ${shown.map((i) => `${kindText(i.kind, c)} (${customerText(i, c)})`).join(c.separators.group)}`;
  return { card: CASE_LIST.render(model), summary };
}

/**
 * In a shared Teams chat, what everyone sees where the asker's list goes: a line, and a refresh
 * that only the asker's client runs (Teams' user-specific views), answered with their own list.
 */
export function privateListCard(c: Catalog, askerId: string, askerName: string | undefined): { card: AdaptiveCard; summary: string } {
  const text = askerName ? format(c.myCases.privateList, { name: plainText(askerName) }) : c.myCases.privateListUnnamed;
  return privateCard({
    title: c.myCases.title,
    text,
    textId: 'myCases-private',
    verb: MY_CASES_ACTION,
    data: { action: MY_CASES_ACTION, view: 'mine' },
    askerId,
  });
}

/** A line everyone sees in a shared chat, whose refresh only the asker's client runs; its summary is the line. */
export function privateCard(model: PrivateModel): { card: AdaptiveCard; summary: string } {
  return { card: PRIVATE.render(model), summary: model.text };
}

/**
 * One item, where its action card is not at hand (it started in another conversation, or this one
 * no longer keeps its card): where it stands, and where it started when that is known.
 */
export function caseItemCard(
  item: OpenItem,
  now: number,
  c: Catalog,
  locale: LocaleTag,
  where: { elsewhere: true; conversation?: string } | { elsewhere: false },
): { card: AdaptiveCard; summary: string } {
  const m = c.myCases;
  const intro = !where.elsewhere ? m.cardGone : where.conversation ? format(m.namedChat, { conversation: plainText(where.conversation) }) : m.otherChat;
  const title = `${kindText(item.kind, c)}: ${customerText(item, c)}`;
  return { card: CASE_ITEM.render({ title, intro, facts: itemFacts(item, now, c, locale) }), summary: `${title}: ${m.statuses[item.status]}` };
}
