// Free-text understanding: the labelled utterances (test/data/utterances.json) and focused cases.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { Answers, QUESTION_IDS, isQuestionId, isValidOption } from '../src/domain/questions';
import { LEXICONS, MAX_INPUT_LENGTH, understand } from '../src/domain/understanding';
import { LabelledUtterance, evaluate } from '../scripts/bench-nlu';
import { PROJECT_ROOT } from './support/paths';

const LANGUAGES = ['en-US', 'ru-RU', 'zh-CN', 'pt-BR', 'hu-HU'];

function utterances(): LabelledUtterance[] {
  const file = path.join(PROJECT_ROOT, 'test', 'data', 'utterances.json');
  return (JSON.parse(fs.readFileSync(file, 'utf8')) as { utterances: LabelledUtterance[] }).utterances;
}

/** The answers only, for compact assertions. */
function answersOf(text: string): Answers {
  return understand(text).answers;
}

describe('free-text understanding', () => {
  describe('labelled utterances', () => {
    const all = utterances();
    // Read in each test, not when the file loads: a mutation run switches a mutant on after the
    // files have loaded, so figures read at load could never see one (nor fail on it).
    const figures = (list: readonly LabelledUtterance[] = all) => evaluate(list);

    it('scores a question answered under a doubt as asked, as the advisor asks it back by name, and not as an answer', () => {
      const hedged: LabelledUtterance = {
        id: 'hedged',
        lang: 'en-US',
        text: 'We are a direct partner. The customer probably bought through an EA, I am not sure.',
        answers: { partnerType: 'direct' },
        conflicts: ['channel'],
      };
      assert.equal(figures([hedged])[0]!.exact, 1);
      assert.equal(figures([{ ...hedged, answers: { partnerType: 'direct', channel: 'ea' }, conflicts: [] }])[0]!.exact, 0);
      assert.equal(figures([{ ...hedged, conflicts: [] }])[0]!.exact, 0);
    });

    it('has at least 250 utterances, 45 per language, with valid labels', () => {
      assert.ok(all.length >= 250, `only ${all.length} utterances`);
      for (const lang of LANGUAGES) {
        const n = all.filter((u) => u.lang === lang).length;
        assert.ok(n >= 45, `${lang}: only ${n} utterances`);
      }
      assert.strictEqual(new Set(all.map((u) => u.id)).size, all.length, 'ids are unique');
      for (const u of all) {
        for (const [q, v] of Object.entries(u.answers)) {
          assert.ok(isQuestionId(q) && isValidOption(q, v, u.answers), `${u.id}: ${q}=${String(v)} is not an option`);
        }
        for (const q of u.conflicts ?? []) {
          assert.ok(isQuestionId(q) && !(q in u.answers), `${u.id}: conflict ${q} must be a question left unanswered`);
        }
      }
    });

    for (const lang of LANGUAGES) {
      // Every labelled sentence is read today: a floor below that let a lost sentence pass unnoticed.
      it(`${lang}: every labelled sentence read exactly`, () => {
        const f = figures(all.filter((u) => u.lang === lang)).find((x) => x.lang === lang);
        assert.ok(f, `no figures for ${lang}`);
        const detail = f.failures.map((x) => `${x.id} ${x.text}\n  expected ${JSON.stringify(x.expected)}\n  got ${JSON.stringify(x.got)}`).join('\n');
        assert.strictEqual(f.failures.length, 0, `${lang}: exact match ${f.exactRate.toFixed(3)}\n${detail}`);
      });
    }

    it("reads every sentence in the words of today's policy exactly (transfers, mid-term, new commerce, Volume Licensing, former CSP partners)", () => {
      const today = all.filter((u) => /-2026-\d{3}$/.test(u.id));
      assert.ok(today.length >= 40, `only ${today.length}`);
      for (const lang of LANGUAGES) assert.ok(today.filter((u) => u.lang === lang).length >= 8, lang);
      for (const u of today) {
        const got = understand(u.text);
        assert.deepStrictEqual({ answers: got.answers, conflicts: got.conflicts }, { answers: u.answers, conflicts: u.conflicts ?? [] }, `${u.id} ${u.text}`);
      }
    });

    it('gives no wrong verdict when all answers are stated', () => {
      const read = figures();
      const complete = read.reduce((n, f) => n + f.complete, 0);
      const wrong = read.reduce((n, f) => n + f.wrongVerdicts, 0);
      assert.ok(complete >= 25, `only ${complete} fully stated utterances`);
      assert.strictEqual(wrong, 0);
    });

    it('never returns an answer that does not fit the other answers', () => {
      for (const u of all) {
        const { answers, conflicts } = understand(u.text);
        for (const q of QUESTION_IDS) {
          const v = answers[q];
          if (v !== undefined) assert.ok(isValidOption(q, v, answers), `${u.id}: ${q}=${v}`);
          assert.ok(!(conflicts.includes(q) && v !== undefined), `${u.id}: ${q} both answered and in conflict`);
        }
        if (answers.service === 'usage') assert.strictEqual(answers.goal, undefined, `${u.id}: goal with a usage-based service`);
      }
    });
  });

  describe('negation', () => {
    const cases: Array<[string, Answers]> = [
      ['not through EA, they bought it directly from Microsoft', { channel: 'microsoft' }],
      ['не через EA, а напрямую у Microsoft', { channel: 'microsoft' }],
      ['不是通过 EA 购买的，是直接从微软买的', { channel: 'microsoft' }],
      ['não pelo EA, comprou direto da Microsoft', { channel: 'microsoft' }],
      ['nem EA-n keresztül, hanem közvetlenül a Microsofttól', { channel: 'microsoft' }],
    ];
    for (const [text, expected] of cases) {
      it(`"${text}"`, () => assert.deepStrictEqual(answersOf(text), expected));
    }

    it('a negated mention alone sets nothing, in every language', () => {
      for (const text of ['not EA', 'не через EA', '不是 EA', 'não pelo EA', 'nem EA-n keresztül', "customer didn't buy through EA"]) {
        assert.deepStrictEqual(understand(text), { answers: {}, conflicts: [], evidence: {}, negated: ['channel'] }, text);
      }
    });

    it('negated goals and services leave the other one', () => {
      assert.deepStrictEqual(answersOf("doesn't want to move, just support"), { goal: 'support' });
      assert.deepStrictEqual(answersOf('переносить не хотят, только поддержка'), { goal: 'support' });
      assert.deepStrictEqual(answersOf('不想迁移，只要支持'), { goal: 'support' });
      assert.deepStrictEqual(answersOf('não é Azure, é Office 365'), { service: 'license' });
      assert.deepStrictEqual(answersOf('nem Azure, hanem Office 365'), { service: 'license' });
    });

    it('"no" negates in English but is "in the" in Portuguese', () => {
      assert.deepStrictEqual(answersOf('customer has no EA, bought direct from Microsoft'), { channel: 'microsoft' });
      assert.deepStrictEqual(answersOf('o cliente comprou no EA'), { channel: 'ea' });
    });
  });

  describe('conflicts', () => {
    const cases = [
      'EA, but then they said it was bought from another CSP partner',
      'клиент говорит EA, но купили у другого партнера CSP',
      // "其实" ("actually") would take the EA back: that is a correction (test/understanding/callReading.test.ts).
      '客户说是 EA，但又说是从另一个 CSP 合作伙伴买的',
      'disse que foi pelo EA, mas comprou de outro parceiro CSP',
      'azt mondta, EA-n keresztül, de egy másik CSP partnertől vette',
    ];
    for (const text of cases) {
      it(`"${text}" leaves the channel to a clarifying question`, () => {
        const u = understand(text);
        assert.strictEqual(u.answers.channel, undefined);
        assert.deepStrictEqual(u.conflicts, ['channel']);
      });
    }

    it('an either/or the customer is unsure about is a conflict, one unsure value is no answer but a guess to name', () => {
      assert.deepStrictEqual(understand('not sure if it was EA or Open').conflicts, ['channel']);
      assert.deepStrictEqual(understand('клиент не помнит, EA или Open').conflicts, ['channel']);
      assert.deepStrictEqual(understand('not sure, maybe EA'), { answers: {}, conflicts: [], evidence: {}, negated: [], hedged: { channel: 'ea' } });
    });

    it('two products of different kinds conflict on the service, the rest stays', () => {
      const u = understand('O365 and Azure, both through EA');
      assert.deepStrictEqual(u.answers, { channel: 'ea' });
      assert.deepStrictEqual(u.conflicts, ['service']);
    });

    it('the same value said twice is no conflict', () => {
      assert.deepStrictEqual(understand('we are T2, a distributor').answers, { partnerType: 'indirectProvider' });
    });
  });

  describe('product words give the service', () => {
    const license = [
      'Microsoft 365',
      'M365',
      'Office 365',
      'O365',
      'office365',
      'Dynamics 365',
      'Dynamics CRM',
      'EMS',
      '50 seats',
      'licences',
      'licenses',
      'Azure AD P1',
      'Exchange Online',
      'лицензии',
      '许可证',
      'licenças',
      'licencek',
    ];
    const usage = ['Azure', 'consumption', 'pay-as-you-go', 'PAYG', 'usage-based', 'Azure-t', 'потребление', '按需付费', 'consumo', 'használatalapú'];
    for (const word of license) it(`${word} → license`, () => assert.strictEqual(answersOf(`customer has ${word}`).service, 'license'));
    for (const word of usage) it(`${word} → usage`, () => assert.strictEqual(answersOf(`customer has ${word}`).service, 'usage'));

    it('"Open Licensing" is a channel, not a licence', () => {
      assert.deepStrictEqual(answersOf('bought through Open Licensing'), { channel: 'open' });
    });

    it('the goal does not apply to usage-based services', () => {
      assert.deepStrictEqual(answersOf('Azure via EA, wants to move it to us'), { channel: 'ea', service: 'usage' });
      assert.deepStrictEqual(answersOf('wants to move it to us'), { goal: 'move' });
    });
  });

  describe('channels depend on the cloud', () => {
    it('"bought from 21Vianet" gives the China cloud and the 21Vianet channel', () => {
      for (const text of ['bought from 21Vianet', 'купили у 21Vianet', '从世纪互联购买的', 'comprou da 21Vianet', 'a 21Vianettől vették']) {
        assert.deepStrictEqual(answersOf(text), { cloud: 'china', channel: 'vianet' }, text);
      }
    });

    it('21Vianet as the Partner Center gives the cloud only', () => {
      assert.deepStrictEqual(answersOf('we work in the Partner Center operated by 21Vianet'), { cloud: 'china' });
      assert.deepStrictEqual(answersOf('世纪互联运营的合作伙伴中心'), { cloud: 'china' });
    });

    it('in China, other sellers are "somewhere else"', () => {
      assert.deepStrictEqual(answersOf('China cloud, bought from another CSP partner'), { cloud: 'china', channel: 'other' });
      assert.deepStrictEqual(answersOf('China, bought through EA'), { cloud: 'china', channel: 'other' });
      assert.deepStrictEqual(answersOf('bought through EA'), { channel: 'ea' });
    });

    it('"from us when we were an Advisor" depends on the cloud', () => {
      assert.deepStrictEqual(answersOf('China, bought from us when we were an Advisor'), { cloud: 'china', channel: 'formerAdvisor' });
      assert.deepStrictEqual(answersOf('bought from us when we were an Advisor'), { channel: 'advisor' });
    });

    it('"somewhere else" means nothing outside China, and "directly from Microsoft" nothing in China', () => {
      assert.deepStrictEqual(answersOf('bought somewhere else'), {});
      assert.deepStrictEqual(answersOf('China, bought somewhere else'), { cloud: 'china', channel: 'other' });
      assert.deepStrictEqual(answersOf('China cloud, bought directly from Microsoft'), { cloud: 'china' });
    });
  });

  describe('spelling and script', () => {
    it('reads full-width characters', () => {
      assert.deepStrictEqual(answersOf('客户通过ＥＡ买了Ａｚｕｒｅ，我们是Ｔ１'), { channel: 'ea', service: 'usage', partnerType: 'direct' });
    });

    it('reads Hungarian typed without accents the same as with them', () => {
      const withAccents = 'az ügyfél EA-n keresztül vette az Azure-t, közvetett viszonteladók vagyunk';
      const without = 'az ugyfel ea-n keresztul vette az azuret, kozvetett viszonteladok vagyunk';
      assert.deepStrictEqual(answersOf(without), answersOf(withAccents));
      assert.deepStrictEqual(answersOf(without), { channel: 'ea', service: 'usage', partnerType: 'indirectReseller' });
    });

    it('reads inflected forms', () => {
      assert.strictEqual(answersOf('купили у другого партнёра CSP').channel, 'otherCsp');
      assert.strictEqual(answersOf('купили у другого партнера CSP').channel, 'otherCsp');
      assert.strictEqual(answersOf('somos revendedor indireto').partnerType, 'indirectReseller');
      assert.strictEqual(answersOf('somos revendedora indireta').partnerType, 'indirectReseller');
      assert.strictEqual(answersOf('somos provedor indireto').partnerType, 'indirectProvider');
    });

    it('reads Chinese with or without spaces around Latin words', () => {
      assert.deepStrictEqual(answersOf('客户通过EA购买了Azure'), answersOf('客户通过 EA 购买了 Azure'));
      assert.deepStrictEqual(answersOf('客户通过EA购买了Azure'), { channel: 'ea', service: 'usage' });
    });

    it('reads English product words in other languages, and abbreviations', () => {
      assert.deepStrictEqual(answersOf('клиент купил O365 через EA, мы T1'), { channel: 'ea', service: 'license', partnerType: 'direct' });
      assert.deepStrictEqual(answersOf('we are T2 reseller'), { partnerType: 'indirectReseller' });
      assert.deepStrictEqual(answersOf('Т1'), { partnerType: 'direct' });
    });

    it('quotes the original words as evidence', () => {
      const u = understand('Customer bought Office 365 through an Enterprise Agreement, we’re Tier 1');
      assert.deepStrictEqual(u.evidence, { channel: 'through an Enterprise Agreement', service: 'Office 365', partnerType: 'Tier 1' });
      assert.strictEqual(understand('通过ＥＡ购买').evidence.channel, 'ＥＡ');
    });

    it('does not take words of the advisor itself for answers', () => {
      for (const text of [
        'what is multi-channel support?',
        'что такое многоканальная поддержка?',
        '什么是多渠道支持？',
        'o que é suporte multicanal?',
        'mi az a többcsatornás támogatás?',
        'I am a global admin',
        'request a reseller relationship',
      ]) {
        assert.deepStrictEqual(answersOf(text), {}, text);
      }
    });
  });

  describe('robustness', () => {
    const nothing = { answers: {}, conflicts: [], evidence: {}, negated: [] };

    it('returns nothing for empty, blank and garbage input', () => {
      for (const text of ['', '   ', '\n\t', '?!.,;', 'asdfgh qwerty', '🙂🙂🙂', '\u0000\u0001\ud800', '日日日日日', '%~[](?<=', '1234567890']) {
        assert.deepStrictEqual(understand(text), nothing, JSON.stringify(text));
      }
    });

    it('does not throw on input that is not a string', () => {
      for (const value of [undefined, null, 42, {}, []]) {
        assert.deepStrictEqual(understand(value as unknown as string), nothing);
      }
    });

    // How fast the reader is is measured by `npm run bench:nlu` (time per sentence), not here.
    it('returns nothing for 100 KB of input (over the length limit, so never read)', () => {
      const big = 'customer bought O365 through EA and wants support, we are T1. '.repeat(1700);
      assert.ok(big.length > 100_000 && big.length > MAX_INPUT_LENGTH);
      assert.deepStrictEqual(understand(big), nothing);
    });

    it("reads a long run of spaces as one space, in a line of its own or at a line's start (a redline blanks struck words with spaces)", () => {
      const chat = (gap: string): string => `Agent: did they buy it through an EA?\n${gap}\n${gap}Customer: yes, and they want support`;
      const spaces = ' '.repeat(1500);
      assert.deepStrictEqual(understand(chat(spaces)).answers, understand(chat(' ')).answers);
      assert.deepStrictEqual(understand(chat(spaces)).answers, { channel: 'ea', goal: 'support' });
    });

    it('reads the longest accepted input as it reads one copy of its words', () => {
      const words = 'the customer bought licences through EA not Open and wants support from another partner ';
      const text = words.repeat(Math.floor(MAX_INPUT_LENGTH / words.length));
      assert.ok(text.length <= MAX_INPUT_LENGTH);
      assert.deepStrictEqual(understand(text).answers, understand(words).answers);
    });
  });

  describe('lexicons', () => {
    it('has one lexicon per shipped language and a neutral one', () => {
      assert.deepStrictEqual(LEXICONS.map((l) => l.language).sort(), [...LANGUAGES, 'neutral'].sort());
    });

    it('only names questions and options that exist', () => {
      for (const l of LEXICONS) {
        for (const e of l.entries) {
          assert.ok(isQuestionId(e.question), `${l.language}: ${e.question}`);
          const ok = isValidOption(e.question, e.option, {}) || isValidOption(e.question, e.option, { cloud: 'china' });
          assert.ok(ok, `${l.language}: ${e.question}=${e.option}`);
        }
      }
    });
  });
});
