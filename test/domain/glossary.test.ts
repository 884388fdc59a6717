// The glossary check on small hand-made glossaries and texts: each rule of the matching (whole
// words, Chinese anywhere, stems, case) and each place a problem is reported, with its exact line.
import { strict as assert } from 'assert';
import { Glossary, containsTerm, formatProblems, glossaryProblems, overlayGlossaryProblems } from '../../src/domain/contentPack';
import { glossaryRuleProblems } from '../../src/domain/contentPack/glossary';

const russian: Glossary = {
  locale: 'ru-RU',
  rules: [{ pattern: '[ёЁ]', write: '«е»' }],
  terms: [
    { id: 'tenantId', en: 'tenant ID', term: 'идентификатор тенанта', ruledOut: ['ИД клиента'], otherTerms: ['арендатор*'] },
    { id: 'adminAgent', en: 'Admin agent', term: 'Агент администратора', ruledOut: ['Агент-администратор'], matchCase: true },
  ],
};
const chinese: Glossary = { locale: 'zh-CN', terms: [{ id: 'requestGdap', en: 'request GDAP', term: '请求 GDAP', ruledOut: ['申请 GDAP'] }] };

describe('glossary: finding a word in a text', () => {
  it('finds a whole word or phrase in any case, at the start, the end or between punctuation', () => {
    assert.ok(containsTerm('ИД клиента', 'ид КЛИЕНТА'));
    assert.ok(containsTerm('Введите ИД клиента.', 'ид клиента'));
    assert.ok(containsTerm('«ИД клиента»: 1', 'ид клиента'));
    assert.ok(containsTerm('Tenant', 'tenant'));
  });

  it('does not find a word inside a longer word, on either side, however often it occurs', () => {
    assert.ok(!containsTerm('subtenant', 'tenant'));
    assert.ok(!containsTerm('tenants', 'tenant'));
    assert.ok(!containsTerm('subtenant tenants', 'tenant'));
    assert.ok(containsTerm('subtenant tenants tenant', 'tenant'), 'the third occurrence is whole');
    assert.ok(!containsTerm('tenant2', 'tenant'), 'a digit continues a word');
  });

  it('takes a word ending in * as a stem: any ending, but only from the start of a word', () => {
    assert.ok(containsTerm('арендатора', 'арендатор*'));
    assert.ok(containsTerm('арендатор', 'арендатор*'));
    assert.ok(!containsTerm('субарендатора', 'арендатор*'));
    assert.ok(!containsTerm('арендатора', 'арендатор'), 'without the star, a whole word only');
  });

  it('matches with case only when the term says so', () => {
    assert.ok(containsTerm('Агент-администратор', 'Агент-администратор', true));
    assert.ok(!containsTerm('агент-администратор', 'Агент-администратор', true));
    assert.ok(!containsTerm('Агент-администратор', 'агент-администратор', true));
  });

  it('finds Chinese anywhere, with no word edges', () => {
    assert.ok(containsTerm('请先申请GDAP。', '申请'));
    assert.ok(containsTerm('先申请', '申请'));
    assert.ok(!containsTerm('请先请求 GDAP。', '申请'));
  });
});

describe('glossary: problems of a text file', () => {
  it('names the key (and the item of a list) of each ruled-out word, other name and ruled-out spelling', () => {
    const texts = {
      $comment: 'ИД клиента в комментарии не проверяется',
      notes: { tenant: { text: 'Введите ИД клиента.' } },
      steps: ['Найдите арендатора.', 'Ещё шаг.'],
      roles: 'Агент-администратор',
      lower: 'агент-администратор',
    };
    assert.deepEqual(formatProblems(glossaryProblems('texts/ru-RU.json', texts, russian)), [
      'texts/ru-RU.json: notes.tenant.text: "ИД клиента" is ruled out by the ru-RU glossary (term tenantId): write "идентификатор тенанта"',
      'texts/ru-RU.json: steps.0: "арендатор*" is another name for tenantId in the ru-RU glossary: one name per concept, write "идентификатор тенанта"',
      'texts/ru-RU.json: steps.1: /[ёЁ]/ is ruled out by the ru-RU glossary: write «е»',
      'texts/ru-RU.json: roles: "Агент-администратор" is ruled out by the ru-RU glossary (term adminAgent): write "Агент администратора"',
    ]);
  });

  it('leaves out what users type (synonyms, command phrases), and keys outside the prefix', () => {
    const texts = {
      synonyms: { tenant: ['ИД клиента'] },
      commands: { help: { phrases: ['ИД клиента'] } },
      'ru-RU': { title: 'ИД клиента' },
      'ru-RUx': { title: 'ИД клиента' },
      'en-US': { title: 'ИД клиента' },
    };
    assert.deepEqual(
      glossaryProblems('pages/panel.json', texts, russian, 'ru-RU').map((p) => p.path),
      ['ru-RU.title'],
    );
    assert.deepEqual(
      glossaryProblems('pages/panel.json', texts, russian).map((p) => p.path),
      ['ru-RU.title', 'ru-RUx.title', 'en-US.title'],
    );
  });

  it('passes a text that uses the terms themselves', () => {
    assert.deepEqual(glossaryProblems('texts/ru-RU.json', { a: 'Введите идентификатор тенанта.', b: ['Агент администратора'] }, russian), []);
  });
});

describe('glossary: a glossary against itself', () => {
  it('names a rule that is no regular expression and a term that uses a word it rules out', () => {
    const broken: Glossary = {
      locale: 'ru-RU',
      rules: [
        { pattern: '[ё', write: '«е»' },
        { pattern: 'ё', write: '«е»' },
      ],
      terms: [
        { id: 'a', en: 'a', term: 'заявка на GDAP', ruledOut: ['заявка на GDAP'] },
        { id: 'b', en: 'b', term: 'статус запроса', ruledOut: [], otherTerms: ['статус*'] },
        { id: 'c', en: 'c', term: 'Агент администратора', ruledOut: ['агент администратора'], matchCase: true },
      ],
    };
    assert.deepEqual(formatProblems(glossaryRuleProblems('glossary/ru-RU.json', broken)), [
      'glossary/ru-RU.json: rules.0.pattern: is not a regular expression: [ё',
      'glossary/ru-RU.json: terms.0: the term "заявка на GDAP" contains "заявка на GDAP", which it rules out',
      'glossary/ru-RU.json: terms.1: the term "статус запроса" contains "статус*", which it rules out',
    ]);
    assert.deepEqual(glossaryRuleProblems('glossary/ru-RU.json', russian), []);
  });
});

describe('glossary: a partner overlay', () => {
  const pack = new Map<string, unknown>([
    ['glossary/ru-RU.json', russian],
    ['glossary/zh-CN.json', chinese],
    ['glossary/hu-HU.json', { locale: 'hu-HU' }],
    ['glossary/pt-BR.json', 'not a glossary'],
    ['texts/en-US.json', { locale: 'en-US', terms: [] }],
  ]);

  it('holds each language file of an overlay folder to its own glossary', () => {
    const overlay = new Map<string, unknown>([
      ['ru-RU.json', { name: 'Contoso', contact: 'Спросите ИД клиента.' }],
      ['zh-CN.json', { name: 'Contoso', contact: '请申请 GDAP。' }],
      ['en-US.json', { name: 'Contoso', contact: 'ИД клиента' }],
      ['hu-HU.json', { name: 'ИД клиента' }],
    ]);
    assert.deepEqual(formatProblems(overlayGlossaryProblems(pack, overlay)), [
      'ru-RU.json: contact: "ИД клиента" is ruled out by the ru-RU glossary (term tenantId): write "идентификатор тенанта"',
      'zh-CN.json: contact: "申请 GDAP" is ruled out by the zh-CN glossary (term requestGdap): write "请求 GDAP"',
    ]);
  });

  it("holds a single overlay file's languages each to its own glossary", () => {
    const overlay = new Map<string, unknown>([
      [
        'overlay.json',
        {
          linkUrls: { gdap: 'ИД клиента' },
          languages: { 'ru-RU': { contact: 'ИД клиента' }, 'zh-CN': { contact: '申请 GDAP' }, 'en-US': { contact: 'ИД клиента' } },
        },
      ],
      ['other.json', { languages: 'ru-RU' }],
      ['third.json', 'ИД клиента'],
    ]);
    assert.deepEqual(
      overlayGlossaryProblems(pack, overlay).map((p) => `${p.file} ${p.path}`),
      ['overlay.json languages.ru-RU.contact', 'overlay.json languages.zh-CN.contact'],
    );
  });
});
