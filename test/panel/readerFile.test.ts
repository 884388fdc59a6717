// The side panel's reader in a file of its own (src/panel/readerSlot.ts, reader.js): the page's
// first card comes without it, a turn that reads typed text before it is in waits for it and is
// then answered as if it had always been there, and a reader that cannot come leaves the cards to
// ask. Run on the engine bundled as the page gets it, with and without the reader's file.
import { strict as assert } from 'assert';
import * as vm from 'vm';
import { buildPanelEngineModule } from '../../scripts/lib/panelBundle';
import { catalogFor } from '../../src/domain/textCatalog';
import { isPanelReaderUrl } from '../../src/panel/panelTexts';
import type { PanelAnswer, PanelEngine, PanelEngineOptions } from '../../src/panel/engine';

type EngineClass = new (options: PanelEngineOptions) => PanelEngine;

describe('side panel: the reader fetched after the first card', function () {
  this.timeout(120_000);
  let engineOnly: string;
  let withReader: string;
  before(async () => {
    [engineOnly, withReader] = await Promise.all([buildPanelEngineModule({ reader: false }), buildPanelEngineModule()]);
  });

  /** An engine in a fresh page context, and a way to run the reader's file in that same context. */
  function page(code: string): { engine: PanelEngine; runReader: () => void } {
    const module = { exports: {} as Record<string, unknown> };
    const context = vm.createContext({ module, exports: module.exports });
    vm.runInContext(code, context);
    let n = 0;
    const engine = new (module.exports.PanelEngine as EngineClass)({ locale: 'en-US', newConsultationId: () => `0000000${n++}` });
    return { engine, runReader: () => vm.runInContext(withReader.slice(engineOnly.length), context) };
  }
  const shown = (turn: PanelAnswer | undefined): string => JSON.stringify(turn);
  const sentence = 'Customer bought Microsoft 365 through an Enterprise Agreement, we are a direct-bill partner';

  it('the file with the reader is the engine followed by the reader, as the page runs them', () => {
    assert.ok(withReader.startsWith(engineOnly));
    assert.ok(withReader.length > engineOnly.length * 1.5, 'the reader is most of the engine');
  });

  it('the first card needs no reader', () => {
    const { engine } = page(engineOnly);
    assert.ok(shown(engine.start()).includes(catalogFor('en-US').questions.cloud.prompt));
    assert.equal(engine.readerSettled, false);
  });

  it('typed text waits for the reader, keeps nothing meanwhile, then reads as with the reader from the start', () => {
    const late = page(engineOnly);
    late.engine.start();
    assert.equal(shown(late.engine.say(sentence)), '{"needsReader":true}');
    assert.equal(shown(late.engine.say(sentence)), '{"needsReader":true}', 'asked again, nothing was kept');
    late.runReader();
    assert.equal(late.engine.readerSettled, true);
    const early = page(withReader);
    early.engine.start();
    const want = early.engine.say(sentence);
    assert.ok('replies' in want, 'answered at once');
    assert.ok(!shown(want).includes(catalogFor('en-US').questions.channel.prompt), 'the channel was read, not asked');
    assert.equal(shown(late.engine.say(sentence)), shown(want));
  });

  it('prepare does nothing before the reader is in, and warms it after', () => {
    const { engine, runReader } = page(engineOnly);
    engine.prepare();
    runReader();
    engine.prepare();
    assert.ok('replies' in (engine.say(sentence) ?? {}));
  });

  it('a reader that cannot come leaves typed text unread: the cards ask, nothing breaks', () => {
    const { engine } = page(engineOnly);
    engine.start();
    engine.readerUnavailable();
    const turn = engine.say(sentence);
    assert.ok(turn && 'replies' in turn, 'a turn, not a wait');
    const withIt = page(withReader);
    withIt.engine.start();
    assert.notEqual(shown(turn), shown(withIt.engine.say(sentence)), 'nothing of the sentence was read');
  });

  it("the page fetches the reader only from the reader's own versioned file", () => {
    assert.ok(isPanelReaderUrl('/panel/reader.js?v=0123456789abcdef'));
    for (const other of [
      '/panel/reader.js',
      '/panel/reader.js?v=0123456789ABCDEF',
      '/panel/reader.js?v=0123456789abcdef/x',
      'https://elsewhere.example/panel/reader.js?v=0123456789abcdef',
      '//elsewhere.example/panel/reader.js?v=0123456789abcdef',
      '/panel/texts/en-US.json?v=0123456789abcdef',
      42,
    ])
      assert.equal(isPanelReaderUrl(other), false, String(other));
  });
});
