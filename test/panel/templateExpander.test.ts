// The side panel's expander of the card templates against adaptivecards-templating, the bot's:
// every card the bot can send, in every language, must come out identical; and what the expander
// does not support is refused when a template is prepared, never rendered differently.
import { strict as assert } from 'assert';
import * as ACData from 'adaptivecards-templating';
import { Template, TemplateError } from '../../src/conversation/cards/templateExpander';
import { cardCatalog } from '../../scripts/lib/cardCatalog';
import { availableLocales } from '../../src/domain/textCatalog';
import welcome from '../../cards/welcome.json';
import question from '../../cards/question.json';
import result from '../../cards/result.json';
import change from '../../cards/change.json';
import help from '../../cards/help.json';
import language from '../../cards/language.json';
import notice from '../../cards/notice.json';
import answered from '../../cards/answered.json';
import { decide } from '../../src/domain/rules';
import { ACTION_KINDS } from '../../src/domain/actions';
import { resultContent } from '../../src/domain/deploymentContent';
import { resultView } from '../../src/conversation/advisor/resultView';
import { catalogFor } from '../../src/domain/textCatalog';
import { CompleteAnswers } from '../../src/domain/questions';
import { SAMPLE_OVERLAY, contentFrom } from '../support/sampleOverlay';
import caseView from '../../cards/caseView.json';

const TEMPLATES: Record<string, object> = { welcome, question, result, change, help, language, notice, answered, caseView };

function both(template: object, data: unknown): { ours: unknown; package: unknown } {
  return { ours: new Template(template).expand({ $root: data }), package: new ACData.Template(template).expand({ $root: data }) };
}

describe('side panel template expander', () => {
  it('expands every card of the catalogue in every language exactly as adaptivecards-templating does', () => {
    let compared = 0;
    for (const locale of availableLocales()) {
      for (const sample of cardCatalog()) {
        const view = sample.view(locale);
        const { ours, package: theirs } = both(TEMPLATES[view.card]!, view.data);
        assert.deepEqual(ours, theirs, `${sample.name} in ${locale}`);
        compared++;
      }
    }
    assert.ok(compared >= 5 * 30, `only ${compared} cards compared`);
  });

  it("expands a result with a partner's section (steps, notes, links, with and without a contact line) as the package does", () => {
    const content = contentFrom(SAMPLE_OVERLAY);
    const noContact = {
      reviewDue: new Set(['G1'] as const),
      overlayId: 'x',
      overlay: { languages: { 'en-US': { name: 'No contact', rows: { G1: { steps: ['Only a step.'] } } } } },
    };
    const paths: Record<string, CompleteAnswers> = {
      G1: { cloud: 'global', channel: 'ea', service: 'license', goal: 'support', partnerType: 'direct' },
      G3: { cloud: 'global', channel: 'open', service: 'usage', goal: 'support', partnerType: 'direct' },
      G6: { cloud: 'global', channel: 'otherCsp', service: 'license', goal: 'move', partnerType: 'direct' },
    };
    let partners = 0;
    for (const locale of availableLocales()) {
      for (const answers of Object.values(paths)) {
        const outcome = decide(answers, '2026-11');
        for (const deployed of [content, noContact]) {
          const shared = resultContent(deployed, locale, outcome.row);
          const view = resultView(outcome, answers, 't.1', catalogFor(locale), locale, shared ? { content: shared } : {});
          const { ours, package: theirs } = both(result, view.data);
          assert.deepEqual(ours, theirs, `${locale} ${outcome.row}`);
          if (JSON.stringify(ours).includes('"partner-name"')) partners++;
        }
      }
    }
    assert.equal(partners, availableLocales().length * 3 + 1, 'the sample in every language on every row (its contact line), the other in English on G1');
  });

  it("expands the search extension's result cards (not interactive) and results offering actions as the package does", () => {
    const paths: CompleteAnswers[] = [
      { cloud: 'global', channel: 'ea', service: 'license', goal: 'support', partnerType: 'direct' },
      { cloud: 'global', channel: 'otherCsp', service: 'license', goal: 'move', partnerType: 'indirectReseller' },
      { cloud: 'usgov', channel: 'ea', service: 'license', goal: 'move', partnerType: 'indirectReseller' },
    ];
    let compared = 0;
    for (const locale of availableLocales()) {
      for (const answers of paths) {
        const outcome = decide(answers, '2026-11');
        for (const options of [{ interactive: false }, { actions: ACTION_KINDS }]) {
          const view = resultView(outcome, answers, 't.1', catalogFor(locale), locale, options);
          const { ours, package: theirs } = both(result, view.data);
          assert.deepEqual(ours, theirs, `${locale} ${outcome.row} ${JSON.stringify(options)}`);
          compared++;
        }
      }
    }
    assert.equal(compared, availableLocales().length * paths.length * 2);
  });

  const cases: [string, object, unknown][] = [
    ['a lone expression keeps its type', { a: '${n}', b: '${flag}', c: '${list}' }, { n: 3, flag: false, list: [1, 2] }],
    ['text around expressions is a string', { a: 'x-${n}-${flag}', b: '[${t}](${u})' }, { n: 3, flag: true, t: 'T', u: 'https://x' }],
    ['a missing value is written back as its expression', { a: '${missing}', b: 'x ${gone.deeper} y', c: '${labels.none}' }, { labels: {} }],
    [
      '$data over a list repeats, over nothing drops',
      { items: [{ $data: '${list}', v: '${v}' }, { $data: '${empty}', v: 1 }, 'kept'] },
      { list: [{ v: 'a' }, { v: 'b' }], empty: [] },
    ],
    [
      '$data with one item gives the object itself',
      { items: [{ $data: '${one}', v: '${v}' }], solo: { $data: '${one}', v: '${v}' } },
      { one: [{ v: 'only' }] },
    ],
    [
      '$when keeps only on true',
      {
        items: [
          { $when: '${yes}', a: 1 },
          { $when: '${no}', a: 2 },
          { $when: "${s != ''}", a: 3 },
          { $when: '${count(l) > 1}', a: 4 },
          { $when: '${count(missing) > 0}', a: 5 },
        ],
      },
      { yes: true, no: false, s: '', l: [1, 2] },
    ],
    [
      'a $when that is no expression drops a truthy value only',
      {
        items: [
          { $when: 'plain', a: 1 },
          { $when: true, a: 2 },
          { $when: false, a: 3 },
        ],
      },
      {},
    ],
    ['$root and $index inside a list', { items: [{ $data: '${list}', i: '${$index}', r: '${$root.name}' }] }, { name: 'R', list: [{}, {}] }],
    ['reserved fields are never copied', { a: { $root: 1, $host: 2, b: 'x' } }, {}],
  ];
  for (const [name, template, data] of cases) {
    it(`agrees with the package: ${name}`, () => {
      const { ours, package: theirs } = both(template, data);
      assert.deepEqual(ours, theirs);
    });
  }

  it('refuses, when prepared, what it does not support', () => {
    for (const unsupported of ['${formatNumber(n, 2)}', '${a + b}', "${concat('a', 'b')}", '${a ? b : c}', '${$host.x}']) {
      assert.throws(() => new Template({ text: unsupported }).expand({ $root: { a: 1, b: 2 } }), TemplateError, unsupported);
    }
  });
});
