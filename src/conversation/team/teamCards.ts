// The team view's cards (issue 63): a page of a partner tenant's open items (or this
// conversation's), each with its owner and a Hand over button; the colleagues an item can be handed
// to, a page at a time; and, in a shared Teams chat, a line everyone sees whose refresh only the
// asker's client runs. A button's data names a verb, an item id, a page cursor or a person's short
// reference, nothing more: the server looks each up and decides. Every word from the catalog.
// View models for the templates in cards/cases/. Pure.
import teamTemplate from '../../../cards/cases/team.json';
import teamPickTemplate from '../../../cards/cases/teamPick.json';
import type { OpenItem } from '../../domain/cases';
import type { LocaleTag } from '../../domain/locales';
import { isRecord } from '../../domain/records';
import type { Person } from '../../domain/teamCases';
import { readCursor } from '../../domain/teamCases';
import { Catalog, ReadingCatalog, format } from '../../domain/textCatalog';
import { normalize } from '../../domain/matching';
import { isAskerId, listsPrivately } from '../followUps/myCasesViews';
import { CaseButton, TEAM_CASES_ACTION, caseButton, customerText, itemFacts, kindText, privateCard } from '../followUps/caseListCards';
import { ButtonLayout, Choice, Fact, factsOf, laidOut, plainText } from '../cards/cardModels';
import { AdaptiveCard, CardTemplate } from '../cards/cards';
import type { TeamClick, TeamScreen } from './teamMachine';

export { TEAM_CASES_ACTION };

const ITEM_ID = /^(gdapApproval|resellerAcceptance|transfer):[^\s]{1,256}$/;
const REF = /^[0-9a-f]{16}$/;

export const isTeamClickData = (data: unknown): boolean => isRecord(data) && data.action === TEAM_CASES_ACTION;

/**
 * A click, or undefined when the data is no well-formed team click. `here`: what a plain list click
 * shows (the host says: this conversation in a group chat or channel, the organization otherwise).
 */
export function readTeamClick(data: unknown, here: boolean): TeamClick | undefined {
  if (!isRecord(data) || data.action !== TEAM_CASES_ACTION) return undefined;
  const item = typeof data.item === 'string' && ITEM_ID.test(data.item) ? data.item : undefined;
  if (data.step === 'pick') {
    const page = Number.isSafeInteger(data.page) && (data.page as number) >= 0 && (data.page as number) < 100 ? (data.page as number) : 0;
    return item ? { pick: item, page } : undefined;
  }
  if (data.step === 'handOver') return item && typeof data.to === 'string' && REF.test(data.to) ? { handOver: item, to: data.to } : undefined;
  const list = data.scope === 'here' ? 'here' : data.scope === 'team' ? 'team' : here ? 'here' : 'team';
  const after = readCursor(data.after);
  // A shared chat's refresh, and a team card's own buttons (a page, the other scope, Back), answer in place of that card.
  const inPlace = data.view === 'mine' || data.scope !== undefined;
  return { list, ...(after ? { after } : {}), ...(inPlace ? { inPlace: true as const } : {}) };
}

/** The typed command, in any of the advisor's languages (folded as every command phrase is). */
export function isTeamCasesCommand(text: string, catalogs: readonly ReadingCatalog[]): boolean {
  const typed = normalize(text).replace(/\?+$/u, '').trim();
  return typed !== '' && catalogs.some((c) => c.teamCases.command.phrases.some((p) => normalize(p) === typed));
}

/** A button of the team's cards: its data names the verb, and an item, a page or a person at most. */
function teamButton(title: string, data: Record<string, unknown>, execute: boolean, style: 'positive' | null = null): CaseButton {
  return caseButton(title, { action: TEAM_CASES_ACTION, ...data }, execute, TEAM_CASES_ACTION, style);
}

interface TeamModel extends ButtonLayout<CaseButton> {
  title: string;
  intro: string;
  empty: string | null;
  items: { id: string; name: string; facts: Fact[]; handOver: CaseButton }[];
  more: string | null;
}

interface TeamPickModel extends ButtonLayout<CaseButton> {
  title: string;
  intro: string;
  facts: Fact[];
  people: { label: string; choices: Choice[] };
}

const TEAM = new CardTemplate<TeamModel>('cases/team', teamTemplate);
const TEAM_PICK = new CardTemplate<TeamPickModel>('cases/teamPick', teamPickTemplate);

/** What an item is called in a line: its kind and customer. */
export const caseName = (item: OpenItem, c: Catalog): string => `${kindText(item.kind, c)}: ${customerText(item, c)}`;

/** The owner as shown: their name, or "a colleague". */
export const ownerName = (owner: OpenItem['owner'], c: Catalog): string => (owner.name ? plainText(owner.name) : c.teamCases.someone);

export interface TeamRender {
  now: number;
  locale: LocaleTag;
  /** Buttons as Universal Actions (Teams). */
  execute: boolean;
}

/** A screen of the machine, as a card or a line. */
export function teamScreen(screen: TeamScreen, c: Catalog, r: TeamRender): { card: AdaptiveCard; summary: string } | { text: string } {
  const t = c.teamCases;
  if ('line' in screen) {
    const name = screen.name ? plainText(screen.name) : t.someone;
    return { text: format(t.answers[screen.line], { name, limit: screen.limit ?? 0, button: c.actions.signIn.button }) };
  }
  if (screen.card === 'team') {
    const title = screen.scope === 'here' ? t.titleHere : t.title;
    const other = screen.scope === 'here' ? 'team' : 'here';
    const model: TeamModel = {
      title,
      intro: screen.scope === 'here' ? t.introHere : t.intro,
      empty: screen.items.length === 0 ? t.empty : null,
      items: screen.items.map((item) => ({
        id: item.id,
        name: caseName(item, c),
        facts: [...factsOf([[t.owner, ownerName(item.owner, c)]]), ...itemFacts(item, r.now, c, r.locale)],
        handOver: teamButton(t.handOver, { step: 'pick', item: item.id, page: 0 }, r.execute),
      })),
      more: screen.total > screen.items.length ? format(t.more, { shown: screen.items.length, total: screen.total }) : null,
      ...laidOut([
        ...(screen.next ? [teamButton(t.next, { scope: screen.scope, after: screen.next }, r.execute)] : []),
        teamButton(other === 'here' ? t.scopeHere : t.scopeTeam, { scope: other }, r.execute),
      ]),
    };
    return { card: TEAM.render(model), summary: `${title}: ${screen.total}` };
  }
  const { item, people, page, more } = screen;
  const title = format(t.pickTitle, { case: caseName(item, c) });
  const model: TeamPickModel = {
    title,
    intro: t.pickIntro,
    facts: itemFacts(item, r.now, c, r.locale),
    people: { label: t.colleague, choices: people.map((p: Person) => ({ title: plainText(p.name ?? p.userId), value: p.ref })) },
    ...laidOut([
      teamButton(t.handOver, { step: 'handOver', item: item.id }, r.execute, 'positive'),
      ...(more ? [teamButton(t.morePeople, { step: 'pick', item: item.id, page: page + 1 }, r.execute)] : []),
      teamButton(t.back, { scope: 'team' }, r.execute),
    ]),
  };
  return { card: TEAM_PICK.render(model), summary: title };
}

/** In a shared Teams chat: the line everyone sees, whose refresh only the asker's client runs (answered with their view). */
export function privateTeamCard(c: Catalog, askerId: string, askerName: string | undefined): { card: AdaptiveCard; summary: string } {
  const text = askerName ? format(c.teamCases.privateList, { name: plainText(askerName) }) : c.teamCases.privateListUnnamed;
  return privateCard({
    title: c.teamCases.title,
    text,
    textId: 'team-private',
    verb: TEAM_CASES_ACTION,
    data: { action: TEAM_CASES_ACTION, view: 'mine' },
    askerId,
  });
}

/** In a shared Teams chat the team list goes to the asker only (a usable sender): everyone else sees a line whose refresh only their client runs. A card's own buttons answer in place. */
export function teamListsPrivately(click: TeamClick, senderId: unknown, shared: boolean, userSpecificViews: boolean): boolean {
  return 'list' in click && !click.inPlace && isAskerId(senderId) && listsPrivately(shared, userSpecificViews);
}

/** In Teams a team card's click makes that card the next one (the people, a refresh, a page); elsewhere, and from another card, the card comes as a message. */
export function teamScreenInPlace(screen: TeamScreen, invoke: boolean, canUpdateMessages: boolean): boolean {
  return invoke && canUpdateMessages && 'card' in screen && (screen.card === 'people' || screen.inPlace === true);
}

/** The line a hand-over tells an owner in their own chat and language: who handed it over (the clicker as the channel names them, else as verified), the item, to whom and from whom. */
export function handOverLine(
  told: { item: OpenItem; say: 'away' | 'to'; from: OpenItem['owner']; to: OpenItem['owner']; by: { name?: string } },
  clickerName: string | undefined,
  c: Catalog,
): string {
  return format(c.teamCases.told[told.say], {
    actor: clickerName ?? told.by.name ?? c.teamCases.someone,
    case: caseName(told.item, c),
    name: ownerName(told.to, c),
    previous: ownerName(told.from, c),
    command: c.myCases.command.phrases[0] ?? '',
  });
}
