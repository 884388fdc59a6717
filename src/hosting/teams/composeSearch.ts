// The compose box's search command (a message extension, the route table's `search`): result
// cards for the situation typed, from the pure search (conversation/situationSearch.ts).
import { InvokeResponse, TurnContext } from 'botbuilder';
import { catalogFor } from '../../domain/textCatalog';
import type { LocaleTag } from '../../domain/locales';
import { cardAttachment, renderCard } from '../../conversation/cards';
import { searchSituation } from '../../conversation/situationSearch';
import { MAX_TYPED_TEXT } from '../../conversation/typedInput';
import type { AdvisorSettings } from './advisorTurns';

/** The parameter of the search command in the Teams manifest (composeExtensions). */
export const SEARCH_PARAMETER = 'situation';

export class ComposeSearch {
  constructor(
    private readonly settings: AdvisorSettings,
    private readonly localeFor: (context: TurnContext) => Promise<LocaleTag>,
  ) {}

  /** The search message extension: result cards for the situation typed in the compose box. */
  async answer(context: TurnContext): Promise<InvokeResponse> {
    const value: unknown = context.activity.value;
    const parameters: unknown[] =
      value && typeof value === 'object' && Array.isArray((value as { parameters?: unknown }).parameters)
        ? (value as { parameters: unknown[] }).parameters
        : [];
    const found = parameters.find(
      (p): p is { name: unknown; value: unknown } => !!p && typeof p === 'object' && (p as { name?: unknown }).name === SEARCH_PARAMETER,
    );
    const text = typeof found?.value === 'string' ? found.value.slice(0, MAX_TYPED_TEXT) : '';
    const locale = await this.localeFor(context);
    const items = searchSituation(text, catalogFor(locale), locale, this.settings.edition, this.settings.preset, this.settings.content);
    const composeExtension = {
      type: 'result',
      attachmentLayout: 'list',
      attachments: items.map((i) => ({
        ...cardAttachment(renderCard(i.card)),
        preview: { contentType: 'application/vnd.microsoft.card.thumbnail', content: { title: i.title, text: i.subtitle } },
      })),
    };
    return { status: 200, body: { composeExtension } };
  }
}
