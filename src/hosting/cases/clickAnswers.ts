// How a click on My cases', the team's or a follow-up's card is answered: a line goes out as a
// message unless the click is an invoke (the line is then its answer) or a replay (it went out the
// first time); a card goes out as a message of its own, unless replayed.
import type { TurnContext } from 'botbuilder';
import type { LocaleTag } from '../../domain/locales';
import type { AdaptiveCard } from '../../conversation/cards/cards';
import { activityFor } from '../../conversation/cards/messages';
import { isReplayed } from '../turns/replayedTurns';
import type { ActionAnswer } from '../actions/actionTurn';

export async function answerLine(context: TurnContext, text: string, locale: LocaleTag, surface: string | undefined, invoke: boolean): Promise<ActionAnswer> {
  if (!invoke && !isReplayed(context)) await context.sendActivity(activityFor({ text }, surface, locale));
  return { kind: 'message', text };
}

export async function sendNotice(
  context: TurnContext,
  rendered: { card: AdaptiveCard; summary: string },
  locale: LocaleTag,
  surface: string | undefined,
): Promise<void> {
  // A click Teams sent again after it took effect: its card was posted the first time.
  if (isReplayed(context)) return;
  await context.sendActivity(activityFor({ kind: 'notice', card: rendered.card, fallbackText: rendered.summary }, surface, locale));
}
