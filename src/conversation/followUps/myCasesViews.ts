// What My cases shows, decided from the item and where the click came from: an item opened in the
// conversation it started in shows its own action card there; anywhere else, the item's card says
// where it started (the conversation's name, when the channel gave one). A shared chat gets the
// list privately where the channel can show a card to one person. Pure: hosting reads the item and
// the conversation's state, and sends.
import { isRecord } from '../../domain/records';
import { type Catalog, format } from '../../domain/textCatalog';
import type { ActionRecord } from '../actions/actionRecords';
import { isOpen, type OpenItem } from '../../domain/cases';
import type { CardFromItem } from '../actions/fromItem';
import { customerView } from './followUpClick';
import { ownedBy } from './owners';
import type { CaseClick } from './caseListCards';

/** The conversation a click came from. */
export interface Here {
  conversationId: string | undefined;
  channelId: string | undefined;
}

/** Whether the item started in this conversation, on this channel. */
export function startedHere(item: Pick<OpenItem, 'conversation'>, here: Here): boolean {
  const there = item.conversation.conversation;
  return isRecord(there) && there.id === here.conversationId && item.conversation.channelId === here.channelId;
}

/** Where the item's card says it started: here, or elsewhere (named by the conversation's name, trimmed, when there is one). */
export function whereOf(item: Pick<OpenItem, 'conversation'>, here: Here): { elsewhere: true; conversation?: string } | { elsewhere: false } {
  if (startedHere(item, here)) return { elsewhere: false };
  const there = item.conversation.conversation;
  const name = isRecord(there) && typeof there.name === 'string' && there.name.trim() !== '' ? there.name.trim().slice(0, 128) : undefined;
  return name ? { elsewhere: true, conversation: name } : { elsewhere: true };
}

/** A channel user id that can be an asker: a non-empty string of bounded length. */
export const isAskerId = (id: unknown): id is string => typeof id === 'string' && id !== '' && id.length <= 256;

/** In a shared chat whose channel shows a card to one person, the list goes to the asker only (the others see a line). */
export const listsPrivately = (shared: boolean, userSpecificViews: boolean): boolean => shared && userSpecificViews;

/** The name a private list's line shows for its asker: trimmed and bounded; none when blank. */
export function askerName(name: unknown): string | undefined {
  return typeof name === 'string' && name.trim() !== '' ? name.trim().slice(0, 256) : undefined;
}

/**
 * My cases' Cancel request on a transfer request still waiting: its cancel confirmation, from the
 * item (its own card may be in another conversation, or forgotten); none for anything else. The
 * card reads the transfer's status from Partner Center before it sends anything.
 */
export function cancelFromItem(item: OpenItem): CardFromItem | undefined {
  if (item.kind !== 'transfer' || !isOpen(item)) return undefined;
  return {
    kind: 'cancelTransfer',
    customer: customerView(item),
    transferId: item.objectId,
    // Waiting, in the model: pending, as Partner Center's TransferEntity says it ("Active").
    status: 'Active',
    fromCardId: item.cardId,
    row: item.transferProducts === 'azurePlan' ? 'G4' : 'G6',
  };
}

/**
 * What a click on My cases does, from what the server read (never what the click says of anyone):
 * a stale or unknown click, or an item gone, says so; the list comes again (in place of the card
 * when its refresh asks, the asker's own); an item not the asker's is refused; Cancel request opens
 * a waiting transfer's confirmation (once: a click Teams sent again says it opened); an item opens.
 */
export type CaseClickDecision = { line: 'stale' | 'notYours' | 'opened' } | { list: 'inPlace' | 'send' } | { cancel: CardFromItem } | { open: OpenItem };

export interface CaseClickFacts {
  /** A Universal Actions click (answered in its response). */
  invoke: boolean;
  replayed: boolean;
  /** The keys the asker's items are listed under (none: no usable sender). */
  askerKeys: readonly string[] | undefined;
  /** The item the click names, as stored. */
  item: OpenItem | undefined;
  /** Whether cards can be opened from items here. */
  canOpenCards: boolean;
}

export function decideCaseClick(click: CaseClick | undefined, facts: CaseClickFacts): CaseClickDecision {
  if (!click) return { line: 'stale' };
  if ('list' in click) return { list: click.inPlace && facts.invoke ? 'inPlace' : 'send' };
  const { item, askerKeys } = facts;
  if (!askerKeys || !item) return { line: 'stale' };
  if (!ownedBy(item, askerKeys)) return { line: 'notYours' };
  if ('open' in click) return { open: item };
  // Only a transfer request still waiting; the card reads its status again before anything is sent.
  const from = cancelFromItem(item);
  if (!from || !facts.canOpenCards) return { line: 'stale' };
  return facts.replayed ? { line: 'opened' } : { cancel: from };
}

/** A click's line in the user's language: stale (with the command that lists them again), opened, or not theirs. */
export function caseClickLine(line: Extract<CaseClickDecision, { line: unknown }>['line'], c: Catalog): string {
  const command = { command: c.myCases.command.phrases[0] ?? '' };
  if (line === 'opened') return c.actions.steps.opened;
  return format(line === 'stale' ? c.myCases.stale : c.myCases.notYours, command);
}

/** The item's action card as this conversation keeps it: only where the item started, and only its owner's record. */
export const recordHere = (item: OpenItem, here: Here, record: ActionRecord | undefined): ActionRecord | undefined =>
  startedHere(item, here) && record?.owner.id === item.owner.id ? record : undefined;
