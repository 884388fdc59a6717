// The flow's context for one language and kind of conversation, built the same way by every host
// of the flow (the bot's dialog and the side panel's page), so both read typed text and commands
// with the same resources.
import { availableLocales, catalogFor, readingCatalogFor } from '../../domain/textCatalog';
import { DEFAULT_LOCALE, LocaleTag } from '../../domain/locales';
import { Answers } from '../../domain/questions';
import type { EditionId } from '../../domain/editions';
import type { FlowContext } from './flowTypes';
import { ResultContent, DeploymentContent, resultContent } from '../../domain/deploymentContent';
import type { Outcome } from '../../domain/outcomes';
import { ActionKind, actionsFor } from '../../domain/actions';

export interface FlowContextOptions {
  locale: LocaleTag;
  /** The edition of the policy the deployment answers from. */
  edition: EditionId;
  preset: Answers;
  /** A group chat or channel: the welcome was posted at install, so a first message skips it. */
  shared: boolean;
  newConsultationId: () => string;
  /** The partner's overlay and the rows due for review (none: the shipped pack as it is). */
  content?: DeploymentContent;
  /** The deployment signs partners in for Partner Center actions: results offer them. */
  partnerActions?: boolean;
}

export function flowContextFor(o: FlowContextOptions): FlowContext {
  // The resources a turn in a language reads: its own, English for product words, all for commands
  // (the language's own too where English stands in for its texts, as on a page that could not fetch them).
  const catalog = catalogFor(o.locale);
  return {
    catalog,
    fallbackCatalogs: o.locale === DEFAULT_LOCALE ? [] : [catalogFor(DEFAULT_LOCALE)],
    commandCatalogs: availableLocales()
      .map(readingCatalogFor)
      .filter((c) => c !== catalog),
    locale: o.locale,
    edition: o.edition,
    preset: o.preset,
    welcomeFirstMessage: !o.shared,
    shared: o.shared,
    newConsultationId: o.newConsultationId,
    ...(o.content ? { content: o.content } : {}),
    ...(o.partnerActions ? { partnerActions: true } : {}),
  };
}

/** The flow's contexts of one deployment, one per language and kind of conversation, built once each. */
export function flowContexts(o: Omit<FlowContextOptions, 'locale' | 'shared'>): (locale: LocaleTag, shared: boolean) => FlowContext {
  const built = new Map<string, FlowContext>();
  return (locale, shared) => {
    const key = `${locale}|${shared}`;
    let ctx = built.get(key);
    if (!ctx) built.set(key, (ctx = flowContextFor({ ...o, locale, shared })));
    return ctx;
  };
}

/** The actions a result offers where the deployment signs partners in for them, ready to spread into its reply. */
export function actionsOf(outcome: Outcome, answers: Answers, ctx: Pick<FlowContext, 'partnerActions'>): { actions?: readonly ActionKind[] } {
  if (!ctx.partnerActions) return {};
  const actions = actionsFor(outcome, answers);
  return actions.length > 0 ? { actions } : {};
}

/** A result's share of the deployment's content, ready to spread into its reply. */
export function contentOf(outcome: Pick<Outcome, 'row'>, ctx: Pick<FlowContext, 'content' | 'locale'>): { content?: ResultContent } {
  const content = resultContent(ctx.content, ctx.locale, outcome.row);
  return content ? { content } : {};
}
