// The card budget: with a partner's overlay, every result message of every row, language and
// channel is built once at start-up, as replyMessage builds it, and measured against what that
// channel takes. A row that would be too big stops start-up, named, instead of failing every
// answer of that row later (Teams refuses the message; Web Chat's turn fails with no reply).
// The figures and their sources: docs/content.md, "Card budget"; how a result is measured and
// named when over: protocols/channelLimits/cardBudgets.ts. The shell reads the overlay and asks
// (hosting/content/loadContent.ts).
import { ACTION_KINDS } from '../../domain/actions';
import type { DeploymentContent } from '../../domain/deploymentContent';
import { resultContent } from '../../domain/deploymentContent';
import { EditionId } from '../../domain/editions';
import { LOCALES, LocaleTag } from '../../domain/locales';
import { OUTCOME_ROWS, OutcomeRow } from '../../domain/outcomes';
import { decide } from '../../domain/rules';
import type { Problem } from '../../domain/contentPack';
import { byShareOfBudget, MeasuredCard as Measured, messageBytes, overBudgetProblems } from '../../protocols/channelLimits/cardBudgets';
import { REPRESENTATIVE_ANSWERS } from '../advisor/representativeAnswers';
import { COPILOT } from './channelFeatures';
import { replyMessage } from './messages';

/** A channel's limit on one message, in UTF-8 bytes of the message as JSON. */
export interface ChannelBudget {
  channelId: string;
  label: string;
  maxBytes: number;
}

/**
 * Teams: about 28 KB for a posted message (Microsoft's Teams connector documentation; the bot
 * message page gives more, so 28 KB is the side that never fails). Copilot's messages travel on
 * Teams' channel. Web Chat: the 256 KB a local Direct Line conversation holds by default.
 */
export const CHANNEL_BUDGETS: readonly ChannelBudget[] = [
  { channelId: 'msteams', label: 'Teams', maxBytes: 28 * 1024 },
  { channelId: COPILOT, label: 'Copilot', maxBytes: 28 * 1024 },
  { channelId: 'webchat', label: 'Web Chat', maxBytes: 256 * 1024 },
];

/** A token as long as the longest the bot issues, and a Teams user id as the refresh names it. */
const SAMPLE_TOKEN = 'x'.repeat(64);
const SAMPLE_ASKER = `29:${'x'.repeat(120)}`;

export interface MeasuredCard extends Measured {
  row: OutcomeRow;
  locale: LocaleTag;
}

/** Every result message of the edition with the deployment's content, measured (the largest first). */
export function measureResults(content: DeploymentContent, edition: EditionId, budgets: readonly ChannelBudget[] = CHANNEL_BUDGETS): MeasuredCard[] {
  const measured: MeasuredCard[] = [];
  for (const row of OUTCOME_ROWS) {
    const answers = REPRESENTATIVE_ANSWERS[row].answers;
    const outcome = decide(answers, edition);
    for (const locale of LOCALES) {
      const shared = resultContent(content, locale, row);
      // Every action offered: the card as large as this row's can be.
      const reply = { kind: 'result' as const, outcome, answers, token: SAMPLE_TOKEN, actions: [...ACTION_KINDS], ...(shared ? { content: shared } : {}) };
      for (const budget of budgets) {
        const message = replyMessage(reply, budget.channelId, locale, SAMPLE_ASKER);
        const bytes = messageBytes(Buffer.byteLength(JSON.stringify(message)));
        measured.push({ row, locale, channel: budget.label, bytes, maxBytes: budget.maxBytes });
      }
    }
  }
  return measured.sort(byShareOfBudget);
}

/** The rows over a channel's budget as problem lines, named by the overlay's file (or directory) for the language. */
export function cardBudgetProblems(content: DeploymentContent, edition: EditionId, overlayFileName: string, isDirectory: boolean): Problem[] {
  return overBudgetProblems(measureResults(content, edition), overlayFileName, isDirectory);
}
