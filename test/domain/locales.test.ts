import { strict as assert } from 'assert';
import { isLocaleTag, matchLocale, resolveLocale, urlSegment } from '../../src/domain/locales';

describe('locale resolution', () => {
  // matchLocale remembers its answers (at most 256, then it starts again). Each test first asks 300
  // tags it has never seen, so what it checks is the matching itself, not an answer remembered from
  // an earlier test (a mutation run runs the tests again and again in one process).
  let flushed = 0;
  beforeEach(() => {
    for (let i = 0; i < 300; i += 1) matchLocale(`xx-f${(flushed += 1)}`);
  });

  // [input, expected shipped locale or undefined]
  const table: [unknown, string | undefined][] = [
    ['en-US', 'en-US'],
    ['en', 'en-US'],
    ['en-GB', 'en-US'],
    ['ru-RU', 'ru-RU'],
    ['ru-ru', 'ru-RU'],
    ['RU-RU', 'ru-RU'],
    ['ru_RU', 'ru-RU'],
    ['ru', 'ru-RU'],
    ['ru-UA', 'ru-RU'],
    ['zh-CN', 'zh-CN'],
    ['zh-cn', 'zh-CN'],
    ['zh', 'zh-CN'],
    ['zh-TW', 'zh-CN'],
    ['zh-HK', 'zh-CN'],
    ['zh-Hans', 'zh-CN'],
    ['zh-Hans-CN', 'zh-CN'],
    ['pt-BR', 'pt-BR'],
    ['pt-PT', 'pt-BR'],
    ['pt', 'pt-BR'],
    ['PT_br', 'pt-BR'],
    ['hu-HU', 'hu-HU'],
    ['hu', 'hu-HU'],
    ['HU_hu', 'hu-HU'],
    [' hu-HU ', 'hu-HU'],
    ['de-DE', undefined],
    ['xx', undefined],
    ['', undefined],
    ['../../etc/passwd', undefined],
    ['en-US/../../secrets', undefined],
    ['x'.repeat(10_000), undefined],
    ['ru-' + 'a'.repeat(40), undefined],
    ['__proto__', undefined],
    ['constructor', undefined],
    [null, undefined],
    [undefined, undefined],
    [42, undefined],
    [{ toString: () => 'ru-RU' }, undefined],
    ['ru--RU', undefined],
    // 35 characters is the longest tag read; each subtag is one to eight letters or digits.
    ['ru-abcdefgh-abcdefgh-abcdefgh-abcde', 'ru-RU'],
    ['ru-abcdefgh-abcdefgh-abcdefgh-abcdef', undefined],
    ['hu-abcdefgh', 'hu-HU'],
    ['hu-abcdefghi', undefined],
    ['hu-HU-', undefined],
    ['-hu-HU', undefined],
    ['hu HU', undefined],
    ['zh-CN-x', 'zh-CN'],
  ];

  for (const [input, expected] of table) {
    const label = typeof input === 'string' ? JSON.stringify(input.length > 30 ? input.slice(0, 30) + '…' : input) : String(input);
    it(`${label} → ${expected ?? 'no match'}`, () => {
      assert.equal(matchLocale(input), expected);
    });
  }

  it("prefers the user's explicit choice, then the activity, then Teams client info, then en-US", () => {
    assert.equal(resolveLocale({ userChoice: 'hu-HU', activityLocale: 'ru-RU', clientInfoLocale: 'zh-CN' }), 'hu-HU');
    assert.equal(resolveLocale({ activityLocale: 'ru-RU', clientInfoLocale: 'zh-CN' }), 'ru-RU');
    assert.equal(resolveLocale({ activityLocale: 'xx', clientInfoLocale: 'zh-CN' }), 'zh-CN');
    assert.equal(resolveLocale({ userChoice: 'garbage', activityLocale: 'de-DE', clientInfoLocale: '' }), 'en-US');
    assert.equal(resolveLocale({}), 'en-US');
  });

  it('answers the same after many other tags were asked (the remembered answers are bounded)', () => {
    assert.equal(matchLocale('pt-PT'), 'pt-BR');
    for (let i = 0; i < 600; i += 1) assert.equal(matchLocale(`xx-${i}`), undefined);
    assert.equal(matchLocale('pt-PT'), 'pt-BR');
    assert.equal(matchLocale('xx-3'), undefined);
  });

  it('knows exactly the five shipped tags as tags, and writes each in lower case for learn.microsoft.com addresses', () => {
    for (const tag of ['en-US', 'ru-RU', 'zh-CN', 'pt-BR', 'hu-HU']) assert.equal(isLocaleTag(tag), true, tag);
    for (const tag of ['en-us', 'en', 'de-DE', '', 42, null]) assert.equal(isLocaleTag(tag), false, String(tag));
    assert.equal(urlSegment('pt-BR'), 'pt-br');
    assert.equal(urlSegment('zh-CN'), 'zh-cn');
  });
});
