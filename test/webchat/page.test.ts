// The chat page over HTTP: headers and policy, escaping, languages, its own strings, the assets it
// serves itself, and the settings that shape it.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { gunzipSync } from 'zlib';
import { ConfigError, loadConfig } from '../../src/config';
import { LOCALES } from '../../src/domain/locales';
import { loadPageAssets } from '../../src/hosting/webchat/assets';
import {
  acceptedLanguages,
  EMPTY_STYLE_HASH,
  escapeHtml,
  jsonForScript,
  negotiateLocale,
  PAGE_STRING_KEYS,
  renderPage,
  stringsFor,
  textOn,
} from '../../src/conversation/pages/webChatPage';
import { parseWebChatSettings } from '../../src/config/webChatSettings';
import { Running, startApp } from '../support/http';

const PAGE_STRINGS = JSON.parse(fs.readFileSync(path.join(__dirname, '../../content/pages/webchat.json'), 'utf8')) as Record<string, Record<string, string>>;

function configOf(html: string): Record<string, unknown> {
  const match = /<script type="application\/json" id="chat-config">([^<]*)<\/script>/.exec(html);
  assert.ok(match, 'the page carries its settings as JSON');
  return JSON.parse(match[1]!) as Record<string, unknown>;
}

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name!, values]),
  );
}

describe('Web Chat page', function () {
  this.timeout(20_000);
  let running: Running;
  before(async () => {
    running = await startApp({ WEBCHAT_ACCENT: '#FFD700', WEBCHAT_BOT_NAME: "O'Neill & Partners (CSP)", WEBCHAT_BOT_INITIALS: 'ON' });
  });
  after(() => running.stop());

  it('is served on / and /chat with a strict Content-Security-Policy', async () => {
    for (const route of ['/', '/chat']) {
      const res = await fetch(`${running.base}${route}`);
      assert.equal(res.status, 200, route);
      assert.match(res.headers.get('content-type') ?? '', /^text\/html; charset=utf-8/);
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
      assert.equal(res.headers.get('cache-control'), 'no-store');
      const csp = directives(res.headers.get('content-security-policy') ?? '');
      const html = await res.text();
      const nonce = configOf(html).nonce as string;
      assert.match(nonce, /^[A-Za-z0-9+/]{22}==$/);
      assert.deepEqual(csp.get('default-src'), ["'none'"]);
      assert.deepEqual(csp.get('script-src'), ["'self'"], 'no inline script, no eval, no CDN');
      assert.deepEqual(csp.get('style-src'), ["'self'", `'nonce-${nonce}'`, `'${EMPTY_STYLE_HASH}'`]);
      assert.deepEqual(csp.get('connect-src'), ["'self'"], 'the local Direct Line is this server');
      assert.deepEqual(csp.get('frame-ancestors'), ["'self'"]);
      assert.deepEqual(csp.get('base-uri'), ["'none'"]);
      assert.doesNotMatch(html, /<script>|<script(?![^>]*(src="\/assets\/|type="application\/json"))/, 'no inline script');
      assert.doesNotMatch(html, /https?:\/\/(?!127\.0\.0\.1)[^"]*\.js/, 'no script from elsewhere');
    }
  });

  it('uses a new nonce for every page', async () => {
    const a = configOf(await (await fetch(`${running.base}/`)).text()).nonce;
    const b = configOf(await (await fetch(`${running.base}/`)).text()).nonce;
    assert.notEqual(a, b);
  });

  it('renders the configured name, initials and accent escaped', async () => {
    const html = await (await fetch(`${running.base}/`)).text();
    assert.ok(html.includes('<h1 id="bot-name">O&#39;Neill &#38; Partners (CSP)</h1>'));
    assert.ok(html.includes('<div class="avatar" aria-hidden="true">ON</div>'));
    const config = configOf(html);
    assert.equal(config.botName, "O'Neill & Partners (CSP)");
    assert.equal(config.accent, '#ffd700');
    assert.equal(config.accentText, '#000000', 'dark text on a light accent');
    assert.equal(config.botInitials, 'ON');
    assert.deepEqual(config.directLine, { domain: '/v3/directline', webSocket: false, pollingInterval: 500 });
    assert.equal(config.tokenUrl, '/api/directline/token');
  });

  it('takes the language from ?locale=, normalised like the bot, else from Accept-Language', async () => {
    const cases: [string, Record<string, string>, string][] = [
      ['?locale=ru-RU', {}, 'ru-RU'],
      ['?locale=pt_br', { 'accept-language': 'hu' }, 'pt-BR'],
      ['?locale=zh-TW', {}, 'zh-CN'],
      ['?locale=HU-hu', {}, 'hu-HU'],
      ['', { 'accept-language': 'fr-FR, hu;q=0.8, en;q=0.5' }, 'hu-HU'],
      ['', { 'accept-language': 'de' }, 'en-US'],
      ['?locale=%3Cscript%3E', { 'accept-language': 'zh-Hans-CN' }, 'zh-CN'],
    ];
    for (const [query, headers, expected] of cases) {
      const res = await fetch(`${running.base}/${query}`, { headers });
      const html = await res.text();
      assert.ok(html.includes(`<html lang="${expected}">`), `${query} ${JSON.stringify(headers)} → ${expected}`);
      assert.equal(configOf(html).locale, expected);
      assert.ok(html.includes(escapeHtml(stringsFor(expected as never).subtitle)));
      assert.equal(res.headers.get('content-language'), expected);
    }
    assert.doesNotMatch(await (await fetch(`${running.base}/?locale=%3Cscript%3E`)).text(), /<script>/);
  });

  it('serves Web Chat itself, read once, cached for a year and compressed', async () => {
    const html = await (await fetch(`${running.base}/`)).text();
    const src = /<script src="(\/assets\/webchat\.js\?v=[0-9a-f]{16})" defer><\/script>/.exec(html);
    assert.ok(src, 'the page loads Web Chat from this server');
    const assets = loadPageAssets()!;
    const res = await fetch(`${running.base}${src[1]}`, { headers: { 'accept-encoding': 'gzip' } });
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^application\/javascript/);
    assert.equal(res.headers.get('cache-control'), 'public, max-age=31536000, immutable');
    const body = Buffer.from(await res.arrayBuffer());
    assert.ok(body.equals(assets.webChat.body), 'fetch decodes the gzip to the bundle');
    assert.ok(gunzipSync(assets.webChat.gzipped()).equals(assets.webChat.body));
    assert.ok(assets.webChat.body.length > 1_000_000 && assets.webChat.body.includes('renderWebChat'), 'the UMD bundle');
    const again = await fetch(`${running.base}${src[1]}`, { headers: { 'if-none-match': res.headers.get('etag')! } });
    assert.equal(again.status, 304);
    for (const asset of ['/assets/chat.js', '/assets/chat.css']) {
      assert.ok(html.includes(asset + '?v='), asset);
      assert.equal((await fetch(`${running.base}${asset}`)).status, 200, asset);
    }
  });

  it('can be switched off', async () => {
    const off = await startApp({ WEBCHAT_ENABLED: 'false' });
    try {
      assert.equal((await fetch(`${off.base}/`)).status, 404);
      assert.equal((await fetch(`${off.base}/assets/webchat.js`)).status, 404);
      assert.equal((await fetch(`${off.base}/api/directline/token`, { method: 'POST' })).status, 404);
      assert.equal((await fetch(`${off.base}/healthz`)).status, 200);
    } finally {
      await off.stop();
    }
  });

  it('lets the configured portals frame it', async () => {
    const framed = await startApp({ WEBCHAT_FRAME_ANCESTORS: 'https://portal.contoso.com https://*.fabrikam.com' });
    try {
      const csp = directives((await fetch(`${framed.base}/`)).headers.get('content-security-policy') ?? '');
      assert.deepEqual(csp.get('frame-ancestors'), ['https://portal.contoso.com', 'https://*.fabrikam.com']);
    } finally {
      await framed.stop();
    }
  });
});

describe('page rendering', () => {
  it('escapes everything it writes into the HTML and the JSON block', () => {
    const settings = { ...parseWebChatSettings({}, (m) => assert.fail(m)), botName: '</script><script>alert(1)</script>', botInitials: '<b>' };
    const html = renderPage({
      settings,
      assets: loadPageAssets()!,
      locale: 'en-US',
      localeSource: 'default',
      nonce: 'abc',
      tokenUrl: '/api/directline/token',
      directLine: { domain: '/v3/directline', webSocket: false, pollingInterval: 500 },
    });
    assert.doesNotMatch(html, /<script>alert|<b>/);
    assert.equal((html.match(/<\/script>/g) ?? []).length, 3, "only the page's own three scripts close");
    assert.equal(configOf(html).botName, '</script><script>alert(1)</script>');
    assert.equal(jsonForScript({ a: '<\u2028&>' }), '{"a":"\\u003c\\u2028\\u0026\\u003e"}');
  });

  it("names the product in the visitor's language when no name is configured, as the Teams manifest does", () => {
    const settings = parseWebChatSettings({}, (m) => assert.fail(m));
    assert.equal(settings.botName, '', 'no configured name');
    const manifests: Record<string, string> = { 'en-US': 'manifest.json', 'ru-RU': 'ru.json', 'zh-CN': 'zh-cn.json', 'pt-BR': 'pt.json', 'hu-HU': 'hu.json' };
    for (const locale of LOCALES) {
      const strings = stringsFor(locale);
      const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, '../../../manifest', manifests[locale]!), 'utf8')) as Record<string, unknown>;
      const short = locale === 'en-US' ? (manifest.name as { short: string }).short : manifest['name.short'];
      assert.equal(strings.productName, short, `${locale}: the manifest's short name`);
      const html = renderPage({
        settings,
        assets: loadPageAssets()!,
        locale,
        localeSource: 'query',
        nonce: 'abc',
        tokenUrl: '/t',
        directLine: { domain: '/v3/directline', webSocket: false, pollingInterval: 500 },
      });
      assert.ok(html.includes(`<title id="page-title">${escapeHtml(strings.title.replace('{botName}', strings.productName))}</title>`), `${locale} title`);
      assert.ok(html.includes(`<h1 id="bot-name">${escapeHtml(strings.productName)}</h1>`), `${locale} header`);
      // Outside the settings block (which carries every language's strings for the in-chat switch).
      const shown = html.replace(/<script type="application\/json"[^]*?<\/script>/, '');
      if (locale !== 'en-US') assert.ok(!shown.includes('Multi-channel Advisor'), `${locale}: no English name around the chat`);
    }
  });

  it('reads Accept-Language by preference', () => {
    assert.deepEqual(acceptedLanguages('en;q=0.2, ru-RU, *;q=0.1, zh;q=0'), ['ru-RU', 'en']);
    assert.deepEqual(negotiateLocale(undefined, 'xx, pt-PT;q=0.9'), { locale: 'pt-BR', source: 'browser' });
    assert.deepEqual(negotiateLocale('ru', 'en'), { locale: 'ru-RU', source: 'query' });
    assert.deepEqual(negotiateLocale(undefined, undefined), { locale: 'en-US', source: 'default' });
  });

  it('picks readable text for the accent', () => {
    assert.equal(textOn('#0f6cbd'), '#ffffff');
    assert.equal(textOn('#ffffff'), '#000000');
    assert.equal(textOn('#000000'), '#ffffff');
  });
});

describe('page strings', () => {
  it('exist for every locale the bot speaks, with every key filled in', () => {
    assert.deepEqual(Object.keys(PAGE_STRINGS).sort(), [...LOCALES].sort());
    for (const locale of LOCALES) {
      assert.deepEqual(Object.keys(PAGE_STRINGS[locale]!).sort(), [...PAGE_STRING_KEYS].sort(), locale);
      for (const key of PAGE_STRING_KEYS) assert.ok(PAGE_STRINGS[locale]![key]!.trim().length > 0, `${locale}.${key}`);
      assert.ok(PAGE_STRINGS[locale]!.title!.includes('{botName}'), `${locale}.title names the bot`);
    }
  });

  it('are translated, not copied from English', () => {
    const scripts: Record<string, RegExp> = { 'ru-RU': /\p{Script=Cyrillic}/u, 'zh-CN': /\p{Script=Han}/u, 'pt-BR': /[ãçõêéáí]/, 'hu-HU': /[őűáéö]/ };
    for (const [locale, script] of Object.entries(scripts)) {
      for (const key of PAGE_STRING_KEYS) {
        if (key === 'title') continue;
        assert.notEqual(PAGE_STRINGS[locale]![key], PAGE_STRINGS['en-US']![key], `${locale}.${key}`);
      }
      assert.match(PAGE_STRINGS[locale]!.subtitle!, script, `${locale}.subtitle`);
    }
  });
});

describe('Web Chat settings', () => {
  function fails(env: Record<string, string>, pattern: RegExp): void {
    assert.throws(
      () => loadConfig(env),
      (err: unknown) => {
        assert.ok(err instanceof ConfigError, String(err));
        assert.match(err.message, pattern);
        assert.ok(!err.message.includes('\n'), 'one line');
        return true;
      },
    );
  }

  it('defaults to the local Direct Line and a safe look', () => {
    const w = loadConfig({}).webChat!;
    assert.equal(w.enabled, true);
    assert.equal(w.directLineSecret, '');
    assert.equal(w.directLineTokenUrl, 'https://directline.botframework.com/v3/directline/tokens/generate');
    assert.equal(w.directLineDomain, 'https://directline.botframework.com/v3/directline');
    assert.equal(w.tokenRateLimit, 10);
    assert.equal(w.accent, '#0f6cbd');
    assert.deepEqual(w.frameAncestors, ["'self'"]);
    assert.deepEqual(w.local, {
      idleMinutes: 30,
      maxConversations: 500,
      maxActivities: 200,
      maxBodyBytes: 32 * 1024,
      unusedTokenSeconds: 120,
      maxConversationBytes: 256 * 1024,
      maxTotalBytes: 16 * 1024 * 1024,
      maxPostBytesPerMinute: 256 * 1024,
    });
  });

  it('derives the Direct Line domain from a regional token URL', () => {
    const w = loadConfig({ DIRECT_LINE_TOKEN_URL: 'https://europe.directline.botframework.com/v3/directline/tokens/generate' }).webChat!;
    assert.equal(w.directLineDomain, 'https://europe.directline.botframework.com/v3/directline');
  });

  it('stops with one clear line on a bad setting', () => {
    fails({ WEBCHAT_ACCENT: 'red' }, /^WEBCHAT_ACCENT must be a colour as #rrggbb/);
    fails({ WEBCHAT_ACCENT: '#12345' }, /WEBCHAT_ACCENT/);
    fails({ DIRECT_LINE_TOKEN_URL: 'http://directline.example.com/v3/directline/tokens/generate' }, /^DIRECT_LINE_TOKEN_URL must be an https URL/);
    fails({ DIRECT_LINE_TOKEN_URL: 'https://directline.botframework.com/v3/directline/conversations' }, /DIRECT_LINE_TOKEN_URL/);
    fails({ DIRECT_LINE_TOKEN_URL: 'not a url' }, /DIRECT_LINE_TOKEN_URL/);
    fails({ WEBCHAT_BOT_NAME: 'Bot <b>' }, /^WEBCHAT_BOT_NAME/);
    fails({ WEBCHAT_BOT_INITIALS: 'ABCD' }, /^WEBCHAT_BOT_INITIALS/);
    fails({ WEBCHAT_TOKEN_RATE_LIMIT: '0' }, /^WEBCHAT_TOKEN_RATE_LIMIT must be a whole number from 1/);
    fails({ WEBCHAT_FRAME_ANCESTORS: 'javascript:alert(1)' }, /^WEBCHAT_FRAME_ANCESTORS/);
    fails({ WEBCHAT_ENABLED: 'maybe' }, /^WEBCHAT_ENABLED must be true or false/);
    fails({ DIRECT_LINE_LOCAL_MAX_BODY_BYTES: '10' }, /^DIRECT_LINE_LOCAL_MAX_BODY_BYTES/);
    fails({ DIRECT_LINE_LOCAL_UNUSED_TOKEN_SECONDS: '0' }, /^DIRECT_LINE_LOCAL_UNUSED_TOKEN_SECONDS must be a whole number from 1 to 3600/);
    fails({ DIRECT_LINE_LOCAL_MAX_CONVERSATION_BYTES: '1000' }, /^DIRECT_LINE_LOCAL_MAX_CONVERSATION_BYTES must be a whole number from 65536/);
    fails({ DIRECT_LINE_LOCAL_MAX_TOTAL_BYTES: '1e9' }, /^DIRECT_LINE_LOCAL_MAX_TOTAL_BYTES/);
    fails({ DIRECT_LINE_LOCAL_MAX_POST_BYTES_PER_MINUTE: '-1' }, /^DIRECT_LINE_LOCAL_MAX_POST_BYTES_PER_MINUTE/);
  });

  it('never repeats the secret in its message', () => {
    const secret = 'short secret with spaces';
    assert.throws(
      () => loadConfig({ DIRECT_LINE_SECRET: secret }),
      (err: unknown) => err instanceof ConfigError && /^DIRECT_LINE_SECRET/.test(err.message) && !err.message.includes(secret),
    );
  });
});
