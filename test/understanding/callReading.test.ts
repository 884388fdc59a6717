// Free text as agents type it during a call: the five families of the clause reader, each in the
// five languages (sentences written for this test, not taken from the evaluation set), and the
// evaluation set of call messages (test/data/call-utterances.json) read with every stated answer.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { Answers, isQuestionId, isValidOption } from '../../src/domain/questions';
import { understand } from '../../src/domain/understanding';
import { allowedEdits, editDistance } from '../../src/domain/understanding/tolerance';
import { LabelledUtterance, evaluate } from '../../scripts/bench-nlu';
import { PROJECT_ROOT } from '../support/paths';

type Case = [lang: string, text: string, expected: Answers];

function check(cases: readonly Case[]): void {
  for (const [lang, text, expected] of cases) {
    it(`${lang}: ${text}`, () => {
      const got = understand(text);
      assert.deepStrictEqual({ answers: got.answers, conflicts: got.conflicts }, { answers: expected, conflicts: [] });
    });
  }
}

describe('reading free text typed during a call', () => {
  describe('family 1: corrections (a later statement replaces the earlier one to the same question)', () => {
    check([
      ['en-US', 'bought via EA, sorry, via Open Licensing', { channel: 'open' }],
      ['en-US', 'they bought it through a 3rd party... no, another CSP', { channel: 'otherCsp' }],
      ['ru-RU', 'купили через EA, вернее через Open License', { channel: 'open' }],
      ['zh-CN', '客户是从第三方买的，不对，是从另一家CSP买的', { channel: 'otherCsp' }],
      ['pt-BR', 'comprou pelo EA, ou melhor, pelo Open License', { channel: 'open' }],
      ['hu-HU', 'EA-n keresztül vették, pontosabban Open License-en keresztül', { channel: 'open' }],
    ]);
    it('a correction takes back only its own question', () => {
      assert.deepStrictEqual(understand('global cloud, Azure via EA, sorry, via Open Value').answers, { cloud: 'global', channel: 'open', service: 'usage' });
    });
    it('without a correction two answers still make a conflict', () => {
      assert.deepStrictEqual(understand('via EA and via Open Value').conflicts, ['channel']);
    });
  });

  describe('family 2: attribution (words about another party are not the partner type or the goal)', () => {
    check([
      ['en-US', "we're a reseller, we buy through our distributor", { partnerType: 'indirectReseller' }],
      ['en-US', 'NCE subs with another CSP, they only want us to manage them', { channel: 'otherCsp', goal: 'support' }],
      ['ru-RU', 'мы закупаем через нашего дистрибьютора, облако под управлением 21Vianet', { cloud: 'china', partnerType: 'indirectReseller' }],
      ['zh-CN', '我们通过我们的分销商下单，由世纪互联运营的云', { cloud: 'china', partnerType: 'indirectReseller' }],
      ['pt-BR', 'compramos pelo nosso distribuidor, nuvem operada pela 21Vianet', { cloud: 'china', partnerType: 'indirectReseller' }],
      ['hu-HU', 'a disztribútorunkon keresztül rendelünk, 21Vianet által üzemeltetett felhő', { cloud: 'china', partnerType: 'indirectReseller' }],
    ]);
    it("the customer's former partner's type is not ours", () => {
      assert.deepStrictEqual(understand("their old partner was a distributor, we're T1").answers, { channel: 'otherCsp', partnerType: 'direct' });
    });
  });

  describe('family 3: negation scoped to its clause and verb', () => {
    check([
      ['en-US', "they don't really want to move anything, Office 365", { service: 'license' }],
      ['ru-RU', 'переносить вообще ничего не хотят, Office 365', { service: 'license' }],
      ['zh-CN', '客户根本不打算把订阅迁移走，Office 365', { service: 'license' }],
      ['pt-BR', 'o cliente não tem nenhuma vontade de migrar, Office 365', { service: 'license' }],
      ['hu-HU', 'egyáltalán nem akarják sehova átvinni, Office 365', { service: 'license' }],
    ]);
    it('a negation does not cross into the next clause', () => {
      assert.deepStrictEqual(understand("they don't want to wait, move now").answers, { goal: 'move' });
    });
  });

  describe('family 4: tolerance (look-alike letters, diacritics, typos, product words)', () => {
    check([
      ['en-US', 'Azuer bought direct from Micrsoft', { channel: 'microsoft', service: 'usage' }],
      ['en-US', 'they run VMs and AKS', { service: 'usage' }],
      ['ru-RU', 'Ofiсe 365 через EA', { channel: 'ea', service: 'license' }],
      ['zh-CN', 'Exchnage Online 通过EA购买', { channel: 'ea', service: 'license' }],
      ['pt-BR', 'licencas Teams pelo Оpen Vаlue', { channel: 'open', service: 'license' }],
      ['hu-HU', 'kozvetlenul a Microsofttol vettek, Dynamcis 365', { channel: 'microsoft', service: 'license' }],
    ]);
    it('no fuzzy match on short words', () => {
      assert.strictEqual(allowedEdits(2), 0);
      assert.strictEqual(allowedEdits(4), 0);
      assert.deepStrictEqual(understand('via EB').answers, {});
    });
    it('the edit distance grows with the word and counts a swap of neighbours as one edit', () => {
      assert.strictEqual(allowedEdits(6), 1);
      assert.strictEqual(allowedEdits(10), 2);
      assert.strictEqual(editDistance('azuer', 'azure', 1), 1);
      assert.strictEqual(editDistance('offce', 'office', 1), 1);
      assert.strictEqual(editDistance('partner', 'support', 2), 3);
    });
    it('the evidence quotes the words as typed', () => {
      assert.strictEqual(understand('bought via Оpen Vаlue').evidence.channel, 'Оpen Vаlue');
    });
  });

  describe('family 5: indirect goals, the former Advisor and a channel that does not fit the cloud', () => {
    check([
      ['en-US', 'they want us to be their partner of record', { goal: 'move' }],
      ['en-US', 'we sold it to them while we were an Advisor, China cloud', { cloud: 'china', channel: 'formerAdvisor' }],
      ['ru-RU', 'хотят, чтобы мы стали партнером записи', { goal: 'move' }],
      ['ru-RU', 'мы когда были адвайзером продали им, облако Китай', { cloud: 'china', channel: 'formerAdvisor' }],
      ['zh-CN', '客户希望我们接手计费', { goal: 'move' }],
      ['pt-BR', 'querem que a gente assuma o faturamento', { goal: 'move' }],
      ['pt-BR', 'vendemos quando ainda éramos Advisor, nuvem da China', { cloud: 'china', channel: 'formerAdvisor' }],
      ['hu-HU', 'azt kérik, hogy vegyük át a számlázást', { goal: 'move' }],
      ['hu-HU', 'még Advisor partnerként adtuk el, kínai felhő', { cloud: 'china', channel: 'formerAdvisor' }],
    ]);
    it('a channel the cloud does not offer is kept to ask about, naming it', () => {
      const u = understand('China cloud, bought directly from Microsoft');
      assert.strictEqual(u.answers.channel, undefined);
      assert.deepStrictEqual(u.unsettled, ['channel']);
      assert.deepStrictEqual(u.said?.channel, ['directly from Microsoft']);
    });
    it('a conflict names what was said, in order', () => {
      assert.deepStrictEqual(understand('via Open Value or via EA').said, { channel: ['Open Value', 'EA'] });
    });
  });

  describe('the evaluation set of call messages', () => {
    const file = path.join(PROJECT_ROOT, 'test', 'data', 'call-utterances.json');
    const all = (JSON.parse(fs.readFileSync(file, 'utf8')) as { utterances: LabelledUtterance[] }).utterances;
    // Read in each test, not when the file loads: a mutation run switches a mutant on after the
    // files have loaded, so figures read at load could never see one (nor fail on it).
    const figures = () => evaluate(all);

    it('has at least 150 messages, 30 per language, with valid labels', () => {
      assert.ok(all.length >= 150, `only ${all.length}`);
      for (const lang of ['en-US', 'ru-RU', 'zh-CN', 'pt-BR', 'hu-HU']) assert.ok(all.filter((u) => u.lang === lang).length >= 30, lang);
      assert.strictEqual(new Set(all.map((u) => u.id)).size, all.length);
      for (const u of all)
        for (const [q, v] of Object.entries(u.answers)) assert.ok(isQuestionId(q) && isValidOption(q, v, u.answers), `${u.id}: ${q}=${String(v)}`);
    });

    // All of them are read today; the bar of 0.97 is for unseen sets, not for these.
    it('reads every message with every stated answer and no conflict', () => {
      const read = figures();
      const exact = read.reduce((n, f) => n + f.exact, 0);
      const detail = read.flatMap((f) => f.failures.map((x) => `${x.id} ${x.text}\n  expected ${JSON.stringify(x.expected)}\n  got ${JSON.stringify(x.got)}`));
      assert.strictEqual(exact, all.length, `${exact}/${all.length}\n${detail.join('\n')}`);
    });

    it('sends no message to a wrong row', () => {
      assert.strictEqual(
        figures().reduce((n, f) => n + f.wrongVerdicts, 0),
        0,
      );
    });
  });
});
