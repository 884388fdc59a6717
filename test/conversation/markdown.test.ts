// Teams, Web Chat and the card preview read card texts as Markdown. A text must render as written:
// no list because it starts with "2023. " or "1. ", no heading, no emphasis from a stray "_" or
// "*"; bold only where a resource asks for it with "**". Every text of every card, every language.
import { strict as assert } from 'assert';
import MarkdownIt from 'markdown-it';
import { renderCard } from '../../src/conversation/cards/cards';
import { availableLocales } from '../../src/domain/textCatalog';
import { CardElement, CardJson, findElements } from '../support/chat';
import { allViews } from '../support/allCards';
import { resultView } from '../../src/conversation/advisor/resultView';
import { catalogFor } from '../../src/domain/textCatalog';
import { decide } from '../../src/domain/rules';

const md = new MarkdownIt();
const LINK = /\[([^\]]+)\]\(([^)\s]+)\)/g;

/** The texts of a card a host renders as Markdown: text blocks, choice titles and facts. */
function markdownTexts(card: CardJson): string[] {
  const texts: string[] = [];
  for (const e of findElements(card, () => true) as CardElement[]) {
    if (typeof e.text === 'string') texts.push(e.text);
    for (const c of e.choices ?? []) texts.push(c.title);
    for (const f of e.facts ?? []) texts.push(f.title, f.value);
  }
  return texts;
}

/** What is wrong with a text as Markdown, or undefined when it renders as written. */
export function markdownProblem(text: string): string | undefined {
  const blocks = md.parse(text, {});
  const unexpected = blocks.filter((t) => !['paragraph_open', 'paragraph_close', 'inline'].includes(t.type));
  if (unexpected.length > 0) return `renders a ${unexpected[0]!.type.replace(/_open$/, '')}`;
  let shown = '';
  let strong = 0;
  const links: string[] = [];
  for (const token of blocks.flatMap((t) => t.children ?? [])) {
    if (token.type === 'text') shown += token.content;
    else if (token.type === 'softbreak' || token.type === 'hardbreak') shown += '\n';
    else if (token.type === 'strong_open') strong++;
    else if (token.type === 'link_open') links.push(token.attrGet('href') ?? '');
    else if (token.type !== 'strong_close' && token.type !== 'link_close') return `renders ${token.type.replace(/_open$/, '')}`;
  }
  const asked = (text.match(/\*\*/g) ?? []).length / 2;
  if (strong !== asked) return `renders ${strong} bold parts where ${asked} are written`;
  // Links are written as [title](url) by the result card's template.
  const linked = [...text.matchAll(LINK)].map((m) => m[2]);
  if (links.join(' ') !== linked.join(' ')) return `renders links ${links.join(' ')} where ${linked.join(' ')} are written`;
  const written = text
    .replace(LINK, '$1')
    .replace(/\*\*/g, '')
    .replace(/\s*\n\s*/g, '\n')
    .trim();
  if (shown.replace(/\s*\n\s*/g, '\n').trim() !== written) return `renders as "${shown}"`;
  return undefined;
}

describe('card texts as Markdown', () => {
  it('catches what a host would turn into a list, a heading or emphasis', () => {
    assert.match(markdownProblem('2023. október 9. óta a kapcsolat…') ?? '', /ordered_list/);
    assert.match(markdownProblem('1. Step') ?? '', /ordered_list/);
    assert.match(markdownProblem('- item') ?? '', /bullet_list/);
    assert.match(markdownProblem('# Title') ?? '', /heading/);
    assert.match(markdownProblem('a_b_c and *this*') ?? '', /em/);
    assert.equal(markdownProblem('Open **Customers** and select **Request**.'), undefined);
    assert.equal(markdownProblem('2 · Through an Enterprise Agreement (EA)'), undefined);
  });

  for (const locale of availableLocales()) {
    it(`every text of every card renders as written (${locale})`, () => {
      const problems = new Set<string>();
      for (const view of allViews(locale)) {
        for (const text of markdownTexts(renderCard(view) as CardJson)) {
          const problem = markdownProblem(text);
          if (problem) problems.add(`${view.card}: "${text}" ${problem}`);
        }
      }
      assert.deepEqual([...problems], []);
    });
  }

  it('shows the Hungarian dated note with its date (edition 2020)', () => {
    const answers = { cloud: 'global', channel: 'ea', service: 'license', goal: 'support', partnerType: 'direct' } as const;
    const card = renderCard(resultView(decide(answers, '2020'), answers, 't.1', catalogFor('hu-HU'), 'hu-HU')) as CardJson;
    const note = markdownTexts(card).find((t) => /október/.test(t) && /óta/.test(t));
    assert.ok(note, 'the dated note is on the card');
    const html = md.render(note);
    assert.match(html, /^<p>2023\.\soktóber\s9\.\sóta/u);
  });
});
