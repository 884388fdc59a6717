// The page's engine with each language's texts fetched apart from its bundle (src/panel/pageCatalogs.ts):
// a call that needs a language's texts keeps nothing and says so, the same call once they are in
// answers in that language, and texts that are not what they should be leave that language in
// English. Run on the engine as the page gets it, each case in a fresh realm (the texts are the
// bundle's own, kept once per page).
import { strict as assert } from 'assert';
import * as vm from 'vm';
import { buildPanelEngineModule, pageTextFiles } from '../../scripts/lib/panelBundle';
import type { PanelAnswer, PanelEngine, PanelEngineOptions } from '../../src/panel/engine';
import { catalogFor } from '../../src/domain/textCatalog';
import type { LocaleTag } from '../../src/domain/locales';
import { isPanelTextsUrl } from '../../src/panel/panelTexts';

type EngineClass = new (options: PanelEngineOptions) => PanelEngine;

describe('side panel: each language’s texts fetched apart from the bundle', function () {
  this.timeout(60_000);
  let code: string;
  const files = pageTextFiles();
  const textsOf = (locale: LocaleTag): Record<string, unknown> => JSON.parse(files.get(locale)!.toString('utf8')) as Record<string, unknown>;
  before(async () => {
    code = await buildPanelEngineModule();
  });

  function freshEngine(locale: LocaleTag): PanelEngine {
    const module = { exports: {} as Record<string, unknown> };
    vm.runInNewContext(code, { module, exports: module.exports });
    let n = 0;
    return new (module.exports.PanelEngine as EngineClass)({ locale, newConsultationId: () => `0000000${n++}` });
  }
  const shown = (turn: PanelAnswer | undefined): string => JSON.stringify(turn);
  const needs = (turn: PanelAnswer | undefined): LocaleTag | undefined => (turn && 'needsTexts' in turn ? turn.needsTexts : undefined);

  it("the page fetches a language's texts only from that language's own versioned file", () => {
    assert.ok(isPanelTextsUrl('/panel/texts/ru-RU.json?v=0123456789abcdef', 'ru-RU'));
    for (const other of [
      '/panel/texts/ru-RU.json?v=/x?v=0123456789abcdef',
      '/panel/texts/ru-RU.json',
      '/panel/texts/zh-CN.json?v=0123456789abcdef',
      'https://elsewhere.example/panel/texts/ru-RU.json?v=0123456789abcdef',
      '//elsewhere.example/panel/texts/ru-RU.json?v=0123456789abcdef',
      '/panel/texts/ru-RU.json?v=0123456789ABCDEF',
      42,
    ])
      assert.equal(isPanelTextsUrl(other, 'ru-RU'), false, String(other));
  });

  it('English needs nothing fetched', () => {
    assert.ok(shown(freshEngine('en-US').start()).includes(catalogFor('en-US').questions.cloud.prompt));
  });

  it("another language's first card waits for its texts, then is in that language", () => {
    const engine = freshEngine('ru-RU');
    assert.equal(needs(engine.start()), 'ru-RU');
    assert.equal(engine.addTexts('ru-RU', textsOf('ru-RU')), true);
    assert.ok(shown(engine.start()).includes(catalogFor('ru-RU').questions.cloud.prompt));
  });

  it('a language picked before its texts came keeps nothing until they do, then the same click picks it', () => {
    const engine = freshEngine('en-US');
    engine.start();
    engine.submit({ action: 'command', command: 'language' });
    const pick = { action: 'setLanguage', locale: 'zh-CN' };
    assert.equal(needs(engine.submit(pick)), 'zh-CN');
    // Nothing was kept: the case is still in English, at its first question.
    const still = engine.switchLocale('en-US');
    assert.ok(still && 'replies' in still && still.locale === 'en-US');
    assert.ok(shown(still).includes(catalogFor('en-US').questions.cloud.prompt));
    engine.addTexts('zh-CN', textsOf('zh-CN'));
    const picked = engine.submit(pick);
    assert.ok(picked && 'replies' in picked && picked.locale === 'zh-CN');
    assert.ok(shown(picked).includes(catalogFor('zh-CN').questions.cloud.prompt));
  });

  for (const [what, broken] of [
    ['a section missing', (t: Record<string, unknown>) => ({ ...t, welcome: undefined })],
    [
      'a section missing one of its texts',
      (t: Record<string, unknown>) => ({ ...t, welcome: Object.fromEntries(Object.entries(t.welcome as object).filter(([key]) => key !== 'title')) }),
    ],
    [
      'a section split with the bundle missing one of its texts',
      (t: Record<string, unknown>) => ({ ...t, question: Object.fromEntries(Object.entries(t.question as object).filter(([key]) => key !== 'clarify')) }),
    ],
    ['a section more', (t: Record<string, unknown>) => ({ ...t, commands: {} })],
    ['a section not an object', (t: Record<string, unknown>) => ({ ...t, outcomes: 'x' })],
    ['not an object', () => ['welcome']],
    ['nothing', () => null],
  ] as const) {
    it(`texts with ${what} are refused, and the language is shown in English`, () => {
      const engine = freshEngine('pt-BR');
      assert.equal(engine.addTexts('pt-BR', broken(textsOf('pt-BR'))), false);
      const turn = engine.start();
      assert.equal(needs(turn), undefined, 'asked for no more');
      assert.ok(shown(turn).includes(catalogFor('en-US').questions.cloud.prompt));
    });
  }

  it('texts that could not be fetched: the language is shown in English, its commands still read', () => {
    const engine = freshEngine('hu-HU');
    engine.textsUnavailable('hu-HU');
    const first = engine.start();
    assert.ok(first && 'replies' in first && first.locale === 'hu-HU');
    assert.ok(shown(first).includes(catalogFor('en-US').questions.cloud.prompt));
    // A Hungarian command is one of the bundle's own words.
    const help = engine.say(catalogFor('hu-HU').commands.help.phrases[0]!);
    assert.ok(shown(help).includes(catalogFor('en-US').help.title));
  });
});
