// The Teams search message extension's answers: from a situation typed in the compose box, the
// result cards that fit it. When the text leaves answers open, one result per way they could go
// (each labelled with what it assumes), or per distinct outcome when there are too many. Pure.
import { Catalog, catalogFor, format } from '../../domain/textCatalog';
import { LocaleTag } from '../../domain/locales';
import { EditionId } from '../../domain/editions';
import { DeploymentContent, resultContent } from '../../domain/deploymentContent';
import { OUTCOME_ROWS, OutcomeRow } from '../../domain/outcomes';
import { Answers, CompleteAnswers, QUESTION_IDS, QuestionId, consistentAnswers } from '../../domain/questions';
import { completionsOf as completions, decide } from '../../domain/rules';
import { understand } from '../../domain/understanding';
import { REPRESENTATIVE_ANSWERS } from './representativeAnswers';
import { CardView, listAnswers } from './viewModels';
import { caseLabel, resultView, verdictTitle } from './resultView';
import { cardAttachment, renderCard } from '../cards/cards';
import { MAX_TYPED_TEXT } from './typedInput';

export interface SearchItem {
  /** Preview title: the verdict and the case. */
  title: string;
  /** Preview text: what the item assumes, or the answers it shows. */
  subtitle: string;
  card: CardView;
}

/** Teams shows at most 25 results; beyond a dozen a list stops helping an agent on a call. */
const MAX_ASSUMPTIONS = 12;

function item(c: Catalog, locale: LocaleTag, edition: EditionId, answers: CompleteAnswers, subtitle: string, content?: DeploymentContent): SearchItem {
  const outcome = decide(answers, edition);
  const shared = resultContent(content, locale, outcome.row);
  const card = resultView(outcome, answers, '', c, locale, shared ? { interactive: false, content: shared } : { interactive: false });
  return { title: `${verdictTitle(c, outcome)} · ${caseLabel(c, outcome)}`, subtitle, card };
}

/** The outcomes a situation can lead to, as insertable result cards. */
export function searchSituation(
  text: string,
  c: Catalog,
  locale: LocaleTag,
  edition: EditionId,
  preset: Answers = {},
  content?: DeploymentContent,
): SearchItem[] {
  const stated = consistentAnswers({ ...understand(text).answers, ...preset });
  const known = QUESTION_IDS.filter((q) => stated[q] !== undefined);
  if (known.length === 0) {
    // Nothing recognisable (or nothing typed yet): every outcome once, to browse.
    return OUTCOME_ROWS.map((row: OutcomeRow) =>
      item(c, locale, edition, REPRESENTATIVE_ANSWERS[row].answers, listAnswers(c, REPRESENTATIVE_ANSWERS[row].answers), content),
    );
  }
  const all = completions(stated);
  if (all.length <= MAX_ASSUMPTIONS) {
    return all.map((answers) => {
      const assumed = Object.fromEntries(
        QUESTION_IDS.filter((q) => stated[q] === undefined && answers[q] !== undefined).map((q) => [q, answers[q]]),
      ) as Answers;
      const subtitle = Object.keys(assumed).length === 0 ? listAnswers(c, answers) : format(c.search.assuming, { answers: listAnswers(c, assumed) });
      return item(c, locale, edition, answers, subtitle, content);
    });
  }
  // Too many combinations: one representative per distinct outcome, saying what else it hangs on.
  const open = QUESTION_IDS.filter((q) => stated[q] === undefined)
    .map((q: QuestionId) => c.questions[q].name)
    .join(c.separators.list);
  const byRow = new Map<OutcomeRow, CompleteAnswers>();
  for (const answers of all) {
    const row = decide(answers, edition).row;
    if (!byRow.has(row)) byRow.set(row, answers);
  }
  return [...byRow.values()].map((answers) => item(c, locale, edition, answers, format(c.search.dependsOn, { questions: open }), content));
}

/** The parameter of the search command in the Teams manifest (composeExtensions). */
export const SEARCH_PARAMETER = 'situation';

/** What the search answers from: the deployment's preset cloud, edition and content. */
export interface SearchSettings {
  preset: Answers;
  edition: EditionId;
  content?: DeploymentContent;
}

/**
 * The answer to the compose box's search command (a message extension's `composeExtension/query`
 * invoke, its `value`): a list of result cards for the situation typed, each with its preview.
 */
export function composeSearchAnswer(value: unknown, locale: LocaleTag, settings: SearchSettings): { status: 200; body: unknown } {
  const parameters: unknown[] =
    value && typeof value === 'object' && Array.isArray((value as { parameters?: unknown }).parameters) ? (value as { parameters: unknown[] }).parameters : [];
  const found = parameters.find(
    (p): p is { name: unknown; value: unknown } => !!p && typeof p === 'object' && (p as { name?: unknown }).name === SEARCH_PARAMETER,
  );
  const text = typeof found?.value === 'string' ? found.value.slice(0, MAX_TYPED_TEXT) : '';
  const items = searchSituation(text, catalogFor(locale), locale, settings.edition, settings.preset, settings.content);
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
