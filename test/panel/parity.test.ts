// The side panel's engine against the bot: the engine as the page gets it (bundled by esbuild with
// the page's own template expander, run in a fresh JavaScript realm without Node's modules) and
// the real bot on botbuilder's TestAdapter over Web Chat (the form whose cards the page renders)
// must give the same replies (the same card JSON, the same texts) and the same verdict, for every
// combination of answers by clicks, for every one-sentence case of test/data/utterances.json,
// and along the commands (back, change, summary, restart, help, language, cancel) and bad input.
import { strict as assert } from 'assert';
import { randomBytes } from 'crypto';
import * as vm from 'vm';
import { Activity } from 'botbuilder';
import { buildPanelEngineModule, pageTextFiles } from '../../scripts/lib/panelBundle';
import type { PanelAnswer, PanelEngine as PanelEngineType, PanelEngineOptions, PanelTurn } from '../../src/panel/engine';
import { buttonsOf, CardJson, cardOf, Chat, findElements, resultOf } from '../support/chat';
import { allCombinations } from '../support/answerCombinations';
import { availableLocales } from '../../src/domain/textCatalog';
import { LocaleTag, isLocaleTag } from '../../src/domain/locales';
import { decide } from '../../src/domain/rules';
import { DEFAULT_EDITION, EDITIONS, EditionId } from '../../src/domain/editions';
import { Answers, QUESTION_IDS } from '../../src/domain/questions';
import utterances from '../data/utterances.json';
import type { DeploymentContent } from '../../src/domain/deploymentContent';
import { contentFromAnswers, panelContentAnswer } from '../../src/panel/panelContent';
import { SAMPLE_OVERLAY, contentFrom, g1Sentence, sampleG1 } from '../support/sampleOverlay';

/** The texts the page fetches per language. */
const TEXT_FILES = pageTextFiles();

type EngineClass = new (options: PanelEngineOptions) => PanelEngineType;

/** One reply as both sides are compared: the card's JSON, or the text. */
type RenderedReply = { card: CardJson } | { text: string };

/** The bundled engine, loaded once into a realm of its own. */
async function loadBundledEngine(): Promise<EngineClass> {
  const module = { exports: {} as Record<string, unknown> };
  // No require, no process, no Buffer: what the browser gives it, as far as the engine needs.
  vm.runInNewContext(await buildPanelEngineModule(), { module, exports: module.exports }, { filename: 'panel-engine.js' });
  const engine = module.exports.PanelEngine;
  assert.equal(typeof engine, 'function', 'the bundle exports PanelEngine');
  return engine as EngineClass;
}

/** Step tokens carry a random case id; each side's ids are renamed in the order they appear. */
class TokenNames {
  private readonly names = new Map<string, string>();
  rename(value: unknown): unknown {
    if (typeof value === 'string') {
      const m = /^([0-9a-f]{8})\.(\d+)$/.exec(value);
      if (!m) return value;
      if (!this.names.has(m[1]!)) this.names.set(m[1]!, `case${this.names.size}`);
      return `${this.names.get(m[1]!)}.${m[2]}`;
    }
    if (Array.isArray(value)) return value.map((v) => this.rename(v));
    if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.rename(v)]));
    return value;
  }
}

interface Side {
  start(): Promise<RenderedReply[]>;
  say(text: string): Promise<RenderedReply[]>;
  submit(data: unknown): Promise<RenderedReply[]>;
  /** The last card shown (with this side's own tokens, for the next click). */
  lastCard(): CardJson;
  verdict(): string | undefined;
}

class BotSide implements Side {
  private readonly chat: Chat;
  private last: CardJson | undefined;
  private readonly names = new TokenNames();
  constructor(locale: LocaleTag, edition?: EditionId, content?: DeploymentContent) {
    this.chat = new Chat({ channelId: 'webchat', locale, ...(edition ? { edition } : {}), ...(content ? { content } : {}) });
  }
  private shown(activities: Partial<Activity>[]): RenderedReply[] {
    const out: RenderedReply[] = [];
    for (const a of activities) {
      if (a.type !== 'message') continue;
      const card = cardOf(a);
      if (card) {
        this.last = card;
        out.push({ card: this.names.rename(card) as CardJson });
      } else out.push({ text: String(a.text ?? '') });
    }
    return out;
  }
  async start(): Promise<RenderedReply[]> {
    return this.shown(await this.chat.start());
  }
  async say(text: string): Promise<RenderedReply[]> {
    return this.shown(await this.chat.say(text));
  }
  async submit(data: unknown): Promise<RenderedReply[]> {
    return this.shown(await this.chat.turn({ type: 'message', value: data }));
  }
  lastCard(): CardJson {
    if (!this.last) throw new Error('the bot has shown no card');
    return this.last;
  }
  verdict(): string | undefined {
    return this.last ? resultOf(this.last).verdict : undefined;
  }
}

class EngineSide implements Side {
  private readonly engine: PanelEngineType;
  private last: CardJson | undefined;
  private lastTurn: PanelTurn | undefined;
  private readonly names = new TokenNames();
  constructor(Engine: EngineClass, locale: LocaleTag, edition?: EditionId, content?: DeploymentContent) {
    this.engine = new Engine({
      locale,
      ...(edition ? { edition } : {}),
      ...(content ? { content } : {}),
      newConsultationId: () => randomBytes(4).toString('hex'),
    });
  }
  /** A call answered as the page has it answered: a language's texts asked for are given (the files the page fetches), then the call made again. */
  private answered(call: () => PanelAnswer): PanelTurn {
    const first = call();
    // The module runs with the reader's file after it, as the page once the reader is in.
    assert.ok(!('needsReader' in first), 'the reader is in');
    if (!('needsTexts' in first)) return first;
    assert.ok(
      this.engine.addTexts(first.needsTexts, JSON.parse(TEXT_FILES.get(first.needsTexts)!.toString('utf8'))),
      `${first.needsTexts}: its texts are taken`,
    );
    const again = call();
    assert.ok('replies' in again, `${first.needsTexts}: its texts are asked for once`);
    return again;
  }
  private shown(turn: PanelTurn): RenderedReply[] {
    // Across realms: plain JSON from here on.
    const plain = JSON.parse(JSON.stringify(turn)) as PanelTurn;
    this.lastTurn = plain;
    return plain.replies.map((r) => {
      if ('card' in r) {
        this.last = r.card as unknown as CardJson;
        return { card: this.names.rename(r.card) as CardJson };
      }
      return { text: r.text };
    });
  }
  async start(): Promise<RenderedReply[]> {
    return this.shown(this.answered(() => this.engine.start()));
  }
  async say(text: string): Promise<RenderedReply[]> {
    return this.shown(this.answered(() => this.engine.say(text)));
  }
  async submit(data: unknown): Promise<RenderedReply[]> {
    return this.shown(this.answered(() => this.engine.submit(data)));
  }
  lastCard(): CardJson {
    if (!this.last) throw new Error('the engine has shown no card');
    return this.last;
  }
  verdict(): string | undefined {
    return this.lastTurn?.verdict;
  }
  /** The text the last turn put on the clipboard (the summary). */
  copied(): string | undefined {
    for (const r of this.lastTurn?.replies ?? []) if ('copy' in r) return r.copy;
    return undefined;
  }
}

/** What a click on the last card sends: the button's data with the card's inputs. */
function clickData(card: CardJson, command: string, inputs: Record<string, string> = {}): Record<string, unknown> {
  const action = buttonsOf(card).find((a) => (a.data?.command ?? a.data?.action) === command);
  if (!action?.data) throw new Error(`no ${command} button on ${JSON.stringify(card).slice(0, 200)}`);
  return { ...action.data, ...inputs };
}

function questionOf(card: CardJson): string | undefined {
  return findElements(card, (e) => e.type === 'Input.ChoiceSet')[0]?.id;
}

/** Runs one step on both sides and insists on the same replies. */
async function both(bot: Side, engine: Side, step: (side: Side) => Promise<RenderedReply[]>, what: string): Promise<RenderedReply[]> {
  const fromBot = await step(bot);
  const fromEngine = await step(engine);
  assert.deepEqual(fromEngine, fromBot, what);
  return fromBot;
}

describe('side panel engine and bot: same replies, same verdicts', function () {
  this.timeout(300_000);
  let Engine: EngineClass;

  before(async () => {
    Engine = await loadBundledEngine();
  });

  it('every combination of answers, clicked through, in every language and edition', async () => {
    let cases = 0;
    for (const locale of availableLocales()) {
      for (const answers of allCombinations()) {
        // The default edition as the page gets it with no setting; 2020 pinned on both sides.
        const edition: EditionId = cases % 2 === 0 ? DEFAULT_EDITION : '2020';
        const pinned = edition === DEFAULT_EDITION ? undefined : edition;
        const bot = new BotSide(locale, pinned);
        const engine = new EngineSide(Engine, locale, pinned);
        await both(bot, engine, (s) => s.start(), `${locale} start`);
        for (let step = 0; step < QUESTION_IDS.length && questionOf(bot.lastCard()); step++) {
          const question = questionOf(bot.lastCard())! as keyof Answers;
          const option = answers[question];
          assert.ok(option, `${question} asked for ${JSON.stringify(answers)}`);
          await both(
            bot,
            engine,
            (s) => s.submit(clickData(s.lastCard(), 'answer', { [question]: option })),
            `${locale} ${JSON.stringify(answers)} ${question}`,
          );
        }
        const expected = decide(answers, edition).verdict;
        assert.equal(bot.verdict(), expected, `bot ${locale} ${JSON.stringify(answers)}`);
        assert.equal(engine.verdict(), expected, `engine ${locale} ${JSON.stringify(answers)}`);
        cases++;
      }
    }
    assert.equal(cases, availableLocales().length * 153);
  });

  it('G4 and G6 in both editions: transfer by default, the 2020 verdicts when pinned', async () => {
    const paths = {
      G6: { cloud: 'global', channel: 'otherCsp', service: 'license', goal: 'move', partnerType: 'direct' },
      G4: { cloud: 'global', channel: 'otherCsp', service: 'usage', partnerType: 'direct' },
    } as const;
    const expected = { '2026-11': { G6: 'transfer', G4: 'transfer' }, '2020': { G6: 'notYet', G4: 'eligible' } } as const;
    for (const edition of EDITIONS) {
      for (const [row, answers] of Object.entries(paths) as [keyof typeof paths, Answers][]) {
        const pinned = edition === DEFAULT_EDITION ? undefined : edition;
        const bot = new BotSide('hu-HU', pinned);
        const engine = new EngineSide(Engine, 'hu-HU', pinned);
        await both(bot, engine, (s) => s.start(), `${edition} start`);
        while (questionOf(bot.lastCard())) {
          const question = questionOf(bot.lastCard())! as keyof Answers;
          await both(bot, engine, (s) => s.submit(clickData(s.lastCard(), 'answer', { [question]: answers[question]! })), `${edition} ${row} ${question}`);
        }
        assert.equal(bot.verdict(), expected[edition][row], `bot ${edition} ${row}`);
        assert.equal(engine.verdict(), expected[edition][row], `engine ${edition} ${row}`);
      }
    }
  });

  it('every one-sentence case, typed first and typed after the first question', async () => {
    let results = 0;
    for (const u of utterances.utterances) {
      assert.ok(isLocaleTag(u.lang), u.id);
      const locale = u.lang;
      // As the first message of a conversation…
      const bot = new BotSide(locale);
      const engine = new EngineSide(Engine, locale);
      await both(bot, engine, (s) => s.say(u.text), `${u.id} first`);
      assert.equal(engine.verdict(), bot.verdict(), u.id);
      // …and as the panel has it: the first question on screen, then the sentence box.
      const botStarted = new BotSide(locale);
      const engineStarted = new EngineSide(Engine, locale);
      await both(botStarted, engineStarted, (s) => s.start(), `${u.id} start`);
      await both(botStarted, engineStarted, (s) => s.say(u.text), `${u.id} after start`);
      assert.equal(engineStarted.verdict(), botStarted.verdict(), u.id);
      if (engineStarted.verdict()) results++;
    }
    assert.equal(utterances.utterances.length, 407);
    // The full statements in the set reach a verdict from the sentence alone.
    assert.ok(results >= 40, `only ${results} sentences reached a verdict`);
  });

  it("with the sample overlay: the partner's section on G1 and G6 and in the summary, the engine's content as the page fetches it", async () => {
    const deployed = contentFrom(SAMPLE_OVERLAY);
    for (const locale of availableLocales()) {
      // The page has its language's answer of GET /panel/content.json, read back as the page does.
      const fetched = contentFromAnswers([JSON.parse(JSON.stringify(panelContentAnswer(deployed, locale)))], '"etag"');
      const bot = new BotSide(locale, undefined, deployed);
      const engine = new EngineSide(Engine, locale, undefined, fetched);
      await both(bot, engine, (s) => s.start(), `${locale} start`);
      await both(bot, engine, (s) => s.say(g1Sentence(locale)), `${locale} G1 sentence`);
      const card = engine.lastCard();
      assert.deepEqual(resultOf(card), { verdict: 'eligible', row: 'G1' });
      assert.equal(findElements(card, (e) => e.id === 'partner-name')[0]?.text, sampleG1(locale).name, locale);
      assert.ok(JSON.stringify(findElements(card, (e) => e.id === 'partner')).includes(sampleG1(locale).step.replace(/"/g, '\\"')), locale);
      await both(bot, engine, (s) => s.submit(clickData(s.lastCard(), 'summary')), `${locale} summary`);
      assert.ok(engine.copied()?.includes(`1. ${sampleG1(locale).step}`), `${locale}: the summary to copy carries the section`);
      await both(bot, engine, (s) => s.submit(clickData(s.lastCard(), 'change')), `${locale} change`);
      await both(bot, engine, (s) => s.submit(clickData(s.lastCard(), 'change', { changeQuestion: 'channel' })), `${locale} change the channel`);
      await both(bot, engine, (s) => s.submit(clickData(s.lastCard(), 'answer', { channel: 'otherCsp' })), `${locale} another CSP`);
      assert.equal(resultOf(engine.lastCard()).row, 'G5', locale);
      await both(bot, engine, (s) => s.submit(clickData(s.lastCard(), 'change')), `${locale} change again`);
      await both(bot, engine, (s) => s.submit(clickData(s.lastCard(), 'change', { changeQuestion: 'goal' })), `${locale} change the goal`);
      await both(bot, engine, (s) => s.submit(clickData(s.lastCard(), 'answer', { goal: 'move' })), `${locale} move`);
      assert.equal(resultOf(engine.lastCard()).row, 'G6', locale);
      assert.equal(findElements(engine.lastCard(), (e) => e.id === 'partner-link-1').length, 1, `${locale}: the G6 link`);
    }
  });

  it('back, change an answer, summary, restart, help, language, cancel, stale clicks and bad input', async () => {
    for (const locale of availableLocales()) {
      const bot = new BotSide(locale);
      const engine = new EngineSide(Engine, locale);
      const step = (what: string, run: (s: Side) => Promise<RenderedReply[]>): Promise<RenderedReply[]> => both(bot, engine, run, `${locale}: ${what}`);
      await step('start', (s) => s.start());
      await step('answer cloud', (s) => s.submit(clickData(s.lastCard(), 'answer', { cloud: 'global' })));
      const staleCard = { bot: bot.lastCard(), engine: engine.lastCard() };
      await step('back', (s) => s.submit(clickData(s.lastCard(), 'back')));
      await step('stale click', (s) => s.submit(clickData(s === bot ? staleCard.bot : staleCard.engine, 'answer', { channel: 'ea' })));
      await step('a sentence', (s) => s.say('Azure through EA, we are a direct-bill partner, commercial cloud'));
      assert.ok(bot.verdict(), `${locale}: the sentence should reach a verdict`);
      await step('summary', (s) => s.submit(clickData(s.lastCard(), 'summary')));
      await step('change', (s) => s.submit(clickData(s.lastCard(), 'change')));
      await step('change the service', (s) => s.submit(clickData(s.lastCard(), 'change', { changeQuestion: 'service' })));
      await step('answer license', (s) => s.submit(clickData(s.lastCard(), 'answer', { service: 'license' })));
      await step('answer goal', (s) => s.submit(clickData(s.lastCard(), 'answer', { goal: 'move' })));
      assert.equal(
        engine.verdict(),
        decide({ cloud: 'global', channel: 'ea', service: 'license', goal: 'move', partnerType: 'direct' }, DEFAULT_EDITION).verdict,
      );
      await step('help', (s) => s.submit({ action: 'command', command: 'help' }));
      await step('language', (s) => s.submit({ action: 'command', command: 'language' }));
      await step('pick Hungarian', (s) => s.submit({ action: 'setLanguage', locale: 'hu-HU' }));
      await step('typed command', (s) => s.say('restart'));
      await step('malformed submit', (s) => s.submit('not an object'));
      await step('unknown action', (s) => s.submit({ action: 'explode', token: 'x' }));
      await step('oversized text', (s) => s.say(`EA ${'x'.repeat(5000)}`));
      await step('cancel', (s) => s.say('cancel'));
    }
  });
});
