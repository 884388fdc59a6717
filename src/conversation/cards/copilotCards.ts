// Cards as Microsoft 365 Copilot shows them. Copilot runs a card's buttons only as Universal
// Actions (Action.Execute, answered by the bot's `adaptiveCard/action` invoke; Action.Submit does
// nothing there) and drops an ActionSet nested in a Container, so buttons are turned into
// Action.Execute and any nested ActionSet is moved out to the card's body, right after the
// container that held it. The card's data stays what the flow reads (Action.Execute sends it
// with the inputs, as Action.Submit does).
import { AdaptiveCard } from './cards';
import { isRecord } from '../../domain/records';
import type { Catalog } from '../../domain/textCatalog';
import { messageResponse } from './cardActions';

/** The verb of every button on a Copilot card (the flow reads the data, not the verb); the host routes its clicks by it. */
export const COPILOT_VERB = 'advisor.copilot';

type Json = Record<string, unknown>;

function executeAction(action: unknown): unknown {
  if (!isRecord(action)) return action;
  if (action.type === 'Action.Submit') return { ...action, type: 'Action.Execute', verb: COPILOT_VERB };
  return action;
}

function withActions(element: Json): Json {
  let copy = element;
  if (Array.isArray(element.actions)) copy = { ...copy, actions: element.actions.map(executeAction) };
  if (isRecord(element.selectAction)) copy = { ...copy, selectAction: executeAction(element.selectAction) };
  return copy;
}

/**
 * The elements of a body with every ActionSet inside a container lifted out: each container is
 * followed by the action sets it held (at any depth), in their order.
 */
function flatten(items: readonly unknown[]): unknown[] {
  const out: unknown[] = [];
  for (const item of items) {
    if (!isRecord(item)) {
      out.push(item);
      continue;
    }
    const lifted: unknown[] = [];
    const element = liftFrom(withActions(item), lifted);
    out.push(element, ...lifted);
  }
  return out;
}

/** A copy of `element` without nested ActionSets, which are appended to `lifted`. */
function liftFrom(element: Json, lifted: unknown[]): Json {
  let copy = element;
  for (const key of ['items', 'columns'] as const) {
    const children = element[key];
    if (!Array.isArray(children)) continue;
    const kept: unknown[] = [];
    for (const child of children) {
      if (!isRecord(child)) {
        kept.push(child);
        continue;
      }
      const converted = withActions(child);
      if (converted.type === 'ActionSet' && key === 'items') lifted.push(converted);
      else kept.push(liftFrom(converted, lifted));
    }
    copy = { ...copy, [key]: kept };
  }
  return copy;
}

export function forCopilot(card: AdaptiveCard): AdaptiveCard {
  const body = Array.isArray(card.body) ? flatten(card.body) : card.body;
  const actions = Array.isArray(card.actions) ? card.actions.map(executeAction) : card.actions;
  return { ...card, ...(body !== undefined ? { body } : {}), ...(actions !== undefined ? { actions } : {}) };
}

/**
 * The answer to a click on a Copilot card. Copilot shows every message as sent and puts a card
 * refreshed by an invoke back as it was when the chat is opened again, so the card is left alone:
 * the flow's reply comes as a new message, and the invoke is answered with one short line.
 */
export function copilotClickAnswer(c: Catalog): { statusCode: number; type: string; value: string } {
  return messageResponse(c.copilot.actionTaken);
}
