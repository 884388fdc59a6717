// Terms that must read the way Microsoft writes them in each language, wherever the text lives:
// the conversation's resources, the Teams manifest and the Web Chat page.
import { DEFAULT_EDITION } from '../../src/domain/editions';
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { catalogFor } from '../../src/domain/textCatalog';
import { searchSituation } from '../../src/conversation/advisor/situationSearch';
import { Chat, findElements } from '../support/chat';
import { PROJECT_ROOT } from '../support/paths';
import { allViews, everyResult } from '../support/allCards';
import { renderCard } from '../../src/conversation/cards/cards';
import { viewOf } from '../../src/conversation/advisor/viewModels';

/** Every string inside a JSON value. */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}

/** An ASCII colon straight after Chinese text (a character or Chinese punctuation). */
const ASCII_COLON_AFTER_CHINESE = /[\p{Script=Han}\u3000-\u303f\uff01-\uff5e]\s*:/u;

type Json = string | Json[] | { [key: string]: Json };

function readJson(...parts: string[]): Json {
  return JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, ...parts), 'utf8')) as Json;
}

/** Every text of a JSON document that users read (not the words typed answers are matched on). */
function shownTexts(value: Json, key = ''): string[] {
  if (key.startsWith('synonyms') || key.endsWith('phrases')) return [];
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap((v) => shownTexts(v, key));
  return Object.entries(value).flatMap(([k, v]) => shownTexts(v, key ? `${key}.${k}` : k));
}

const MANIFESTS = ['manifest.json', 'ru.json', 'zh-cn.json', 'pt.json', 'hu.json'];

describe('terms', () => {
  it('Chinese names the operator 世纪互联, says 基于用量 and addresses the user as 您', () => {
    const texts = [...shownTexts(readJson('content', 'texts', 'zh-CN.json')), ...shownTexts(readJson('manifest', 'zh-cn.json'))];
    assert.deepEqual(
      texts.filter((t) => t.includes('21Vianet')),
      [],
    );
    assert.equal(catalogFor('zh-CN').questions.cloud.options.china, '由世纪互联运营的合作伙伴中心');
    assert.match(catalogFor('zh-CN').questions.service.options.usage, /^基于用量/);
    const page = readJson('content', 'pages', 'webchat.json') as Record<string, Json>;
    assert.deepEqual(
      shownTexts(page['zh-CN']!).filter((t) => t.includes('你')),
      [],
    );
  });

  it('the manifests say "the Advisor program" and leave no English program name in Portuguese or Hungarian', () => {
    for (const file of MANIFESTS) {
      const text = shownTexts(readJson('manifest', file)).join('\n');
      assert.doesNotMatch(text, /an Advisor|um Advisor|Advisoron/, file);
      if (file === 'pt.json' || file === 'hu.json') assert.doesNotMatch(text, /Enterprise Agreement/, file);
    }
  });

  it('Russian says "поддержка нескольких каналов" and no "рабочие места" for seats', () => {
    const texts = [...shownTexts(readJson('content', 'texts', 'ru-RU.json')), ...shownTexts(readJson('manifest', 'ru.json'))];
    assert.deepEqual(
      texts.filter((t) => /многоканальн(ая|ой|ую) поддерж|рабочие места/i.test(t)),
      [],
    );
  });

  it('Chinese lists are joined with 、 and ；', async () => {
    const items = searchSituation('商业云，客户通过 EA 购买', catalogFor('zh-CN'), 'zh-CN', DEFAULT_EDITION);
    assert.ok(items.length > 0);
    assert.ok(
      items.every((i) => !/[,;] /.test(i.subtitle)),
      items.map((i) => i.subtitle).join('\n'),
    );
    assert.ok(
      items.some((i) => /；|、/.test(i.subtitle)),
      items.map((i) => i.subtitle).join('\n'),
    );
    const chat = new Chat({ locale: 'zh-CN', channelId: 'webchat' });
    await chat.start();
    await chat.say('客户通过 EA 购买了 Azure');
    const notice = findElements(chat.lastCard(), (e) => e.id === 'notice')[0]?.text ?? '';
    assert.match(notice, /购买渠道：.*；服务：/);
  });

  it('Chinese text built by the code uses the full-width colon: every card, result, plain-text result and search item', () => {
    const c = catalogFor('zh-CN');
    const texts = allViews('zh-CN').flatMap((v) => [...stringsIn(renderCard(v)), v.fallbackText]);
    for (const reply of everyResult()) {
      if (reply.kind !== 'result') continue;
      const shown = viewOf({ kind: 'summaryText', outcome: reply.outcome, answers: reply.answers }, c, 'zh-CN');
      if ('text' in shown) texts.push(shown.text);
    }
    for (const item of searchSituation('商业云，客户通过 EA 购买', c, 'zh-CN', DEFAULT_EDITION)) texts.push(item.title, item.subtitle, item.card.fallbackText);
    assert.ok(texts.length > 500, `${texts.length} texts checked`);
    assert.deepEqual(
      texts.filter((t) => ASCII_COLON_AFTER_CHINESE.test(t)),
      [],
    );
  });

  it('Chinese uses one bracket width (full-width), says 自{date}起 and calls add-ons 附加产品', () => {
    const texts = [...shownTexts(readJson('content', 'texts', 'zh-CN.json')), ...shownTexts(readJson('manifest', 'zh-cn.json'))];
    assert.deepEqual(
      texts.filter((t) => /[()]/.test(t)),
      [],
    );
    assert.deepEqual(
      texts.filter((t) => /自 \{date\}|加载项/.test(t)),
      [],
    );
    assert.ok(texts.some((t) => t.includes('自{date}起')) && texts.some((t) => t.includes('附加产品')));
  });
});
