// The flow's context for one language and kind of conversation, built the same way by every host
// of the flow (the bot's dialog and the side panel's page), so both read typed text and commands
// with the same resources.
import { availableLocales, catalogFor } from '../domain/content';
import { DEFAULT_LOCALE, LocaleTag } from '../domain/locales';
import { Answers } from '../domain/questions';
import type { EditionId } from '../domain/editions';
import type { FlowContext } from './flowTypes';

export interface FlowContextOptions {
  locale: LocaleTag;
  /** The edition of the policy the deployment answers from. */
  edition: EditionId;
  preset: Answers;
  /** A group chat or channel: the welcome was posted at install, so a first message skips it. */
  shared: boolean;
  newConsultationId: () => string;
}

export function flowContextFor(o: FlowContextOptions): FlowContext {
  // The resources a turn in a language reads: its own, English for product words, all for commands.
  return {
    catalog: catalogFor(o.locale),
    fallbackCatalogs: o.locale === DEFAULT_LOCALE ? [] : [catalogFor(DEFAULT_LOCALE)],
    commandCatalogs: availableLocales()
      .filter((l) => l !== o.locale)
      .map(catalogFor),
    locale: o.locale,
    edition: o.edition,
    preset: o.preset,
    welcomeFirstMessage: !o.shared,
    shared: o.shared,
    newConsultationId: o.newConsultationId,
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
