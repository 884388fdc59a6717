// The side panel's routes and page over HTTP: who may frame it (exactly Microsoft's list of Teams
// and Microsoft 365 hosts), where it may connect (its own origin, for the deployment's content),
// the language and theme of the first paint, no secret in the page, its files, and the panel left
// off when its bundle is missing. Also the contrast of every text colour the cards use in each
// Teams theme.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as restify from 'restify';
import { gzipSync } from 'zlib';
import { Running, startApp } from '../support/http';
import { captureLogger } from '../support/inProcess';
import { testConfig } from '../support/config';
import { TEAMS_FRAME_ANCESTORS, panelStringsFor } from '../../src/conversation/pages/panelPage';
import { SERVED_GZIP_LEVEL } from '../../src/conversation/pages/pageAnswers';
import { loadPanelAssets, registerPanel } from '../../src/hosting/panel';
import { PALETTES, PANEL_THEMES, hostConfigFor } from '../../src/panel/hostConfigs';
import { MAX_TYPED_TEXT } from '../../src/conversation/advisor/typedInput';
import { catalogFor } from '../../src/domain/textCatalog';

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name!, values]),
  );
}

describe('side panel page over HTTP', function () {
  this.timeout(30_000);
  const SECRET = 'not-a-real-secret-value-0123456789';
  let server: Running;

  before(async () => {
    server = await startApp({
      MicrosoftAppType: 'MultiTenant',
      MicrosoftAppId: '11111111-2222-3333-4444-555555555555',
      MicrosoftAppPassword: SECRET,
      HOST: '127.0.0.1',
      DIRECT_LINE_SECRET: `dl-${SECRET}`,
      PRESET_CLOUD: 'china',
      POLICY_EDITION: '2020',
    });
  });
  after(() => server?.stop());

  it('may be framed by exactly the Teams and Microsoft 365 hosts, and connects only to its own origin and the Teams origin list', async () => {
    const response = await fetch(`${server.base}/panel`);
    assert.equal(response.status, 200);
    const csp = directives(response.headers.get('content-security-policy') ?? '');
    // Microsoft's tab requirements, written out here by hand.
    assert.deepEqual([...csp.get('frame-ancestors')!].sort(), [
      'https://*.cloud.microsoft',
      'https://*.microsoft365.com',
      'https://*.office.com',
      'https://*.teams.microsoft.com',
      'https://outlook-sdf.office.com',
      'https://outlook-sdf.office365.com',
      'https://outlook.office.com',
      'https://outlook.office365.com',
      'https://teams.microsoft.com',
    ]);
    // Its own origin for the deployment's content (GET /panel/content.json, test/panel/content.test.ts).
    assert.deepEqual(csp.get('connect-src'), ["'self'", 'https://res.cdn.office.net']);
    assert.deepEqual(csp.get('script-src'), ["'self'"]);
    assert.deepEqual(csp.get('default-src'), ["'none'"]);
    assert.equal(response.headers.get('x-frame-options'), null, 'X-Frame-Options would keep Teams out');
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(TEAMS_FRAME_ANCESTORS.length, 9);
  });

  it('holds no secret, only the language, theme, fixed cloud, the edition of the policy, where its texts and its reader are and the chat input limit', async () => {
    const html = await (await fetch(`${server.base}/panel?locale=pt_br&theme=dark`)).text();
    assert.ok(!html.includes(SECRET), 'a secret in the page');
    assert.ok(!html.includes('11111111-2222-3333-4444-555555555555'), 'the app id in the page');
    const config = JSON.parse(/<script type="application\/json" id="panel-config">(.*?)<\/script>/.exec(html)![1]!) as Record<string, unknown>;
    const { texts, reader, ...rest } = config;
    assert.deepEqual(rest, { locale: 'pt-BR', theme: 'dark', preset: { cloud: 'china' }, edition: '2020' });
    // The free-text reader at its own versioned file, served as the bundle is.
    assert.match(String(reader), /^\/panel\/reader\.js\?v=[0-9a-f]{16}$/);
    const served = await fetch(`${server.base}${String(reader)}`);
    assert.equal(served.status, 200);
    assert.match(served.headers.get('content-type') ?? '', /^application\/javascript/);
    assert.ok((await served.text()).includes('multiChannelAdvisorReader'), 'the file puts the reader in its slot');
    // Every language but English (the bundle's own), each at its own versioned file.
    assert.deepEqual(Object.keys(texts as object).sort(), ['hu-HU', 'pt-BR', 'ru-RU', 'zh-CN']);
    for (const [locale, url] of Object.entries(texts as Record<string, string>))
      assert.match(url, new RegExp(`^/panel/texts/${locale}\\.json\\?v=[0-9a-f]{16}$`));
    assert.match(html, new RegExp(`maxlength="${MAX_TYPED_TEXT}"`));
    assert.match(html, /<html lang="pt-BR" data-theme="dark">/);
  });

  it('takes the language from ?locale=, then the browser, and an unknown theme as the default', async () => {
    const ru = await fetch(`${server.base}/panel?theme=%3Cscript%3E`, { headers: { 'Accept-Language': 'de-DE, ru;q=0.8' } });
    const html = await ru.text();
    assert.equal(ru.headers.get('content-language'), 'ru-RU');
    assert.ok(html.includes(panelStringsFor('ru-RU').sentenceLabel));
    assert.match(html, /data-theme="default"/);
    assert.ok(!html.includes('<script>'));
    const zh = await fetch(`${server.base}/panel?locale=zh-Hant`);
    assert.equal(zh.headers.get('content-language'), 'zh-CN');
    const fallback = await fetch(`${server.base}/panel?locale=${'x'.repeat(500)}`, { headers: { 'Accept-Language': 'fr' } });
    assert.equal(fallback.headers.get('content-language'), 'en-US');
  });

  it('serves its script and stylesheet with long caching, gzipped on request', async () => {
    const html = await (await fetch(`${server.base}/panel`)).text();
    const script = /<script src="([^"]+)" defer>/.exec(html)![1]!.replace(/&#38;/g, '&');
    const style = /<link rel="stylesheet" href="([^"]+)">/.exec(html)![1]!;
    const js = await fetch(`${server.base}${script}`, { headers: { 'Accept-Encoding': 'gzip' } });
    assert.equal(js.status, 200);
    assert.match(js.headers.get('content-type') ?? '', /javascript/);
    assert.match(js.headers.get('cache-control') ?? '', /immutable/);
    assert.ok((await js.text()).length > 10_000);
    assert.equal((await fetch(`${server.base}${style}`)).status, 200);
    // What goes over the wire is compressed as the size budget measures it (bundleBudget.test.ts).
    const plain = Buffer.from(await (await fetch(`${server.base}${script}`)).arrayBuffer());
    assert.equal(Number(js.headers.get('content-length')), gzipSync(plain, { level: SERVED_GZIP_LEVEL }).length);
  });

  it("preloads its language's texts and serves each language's with long caching, and nothing else under texts/", async () => {
    const html = await (await fetch(`${server.base}/panel?locale=hu-HU`)).text();
    const preload = /<link rel="preload" href="([^"]+)" as="fetch" crossorigin="anonymous">/.exec(html)?.[1];
    assert.match(preload ?? '', /^\/panel\/texts\/hu-HU\.json\?v=/);
    const texts = await fetch(`${server.base}${preload}`, { headers: { 'Accept-Encoding': 'gzip' } });
    assert.equal(texts.status, 200);
    assert.match(texts.headers.get('content-type') ?? '', /^application\/json/);
    assert.match(texts.headers.get('cache-control') ?? '', /immutable/);
    const body = (await texts.json()) as Record<string, unknown>;
    // Another version (a page from another instance during a deploy) is served but kept nowhere.
    const skewed = await fetch(`${server.base}${preload!.replace(/v=[0-9a-f]+$/, 'v=0000000000000000')}`);
    assert.equal(skewed.status, 200);
    assert.equal(skewed.headers.get('cache-control'), 'no-store');
    assert.equal((body.welcome as { title: string }).title, catalogFor('hu-HU').welcome.title);
    assert.equal(body.commands, undefined, 'what is read in every language is in the bundle');
    assert.equal((body.question as Record<string, unknown>).affirm, undefined, 'of a section read in part, that part too');
    assert.equal((body.question as Record<string, unknown>).clarify, catalogFor('hu-HU').question.clarify, 'and the rest of it in the file');
    // English is the bundle's own: no file, and no preload on an English page.
    assert.ok(!(await (await fetch(`${server.base}/panel?locale=en-US`)).text()).includes('rel="preload"'));
    for (const other of ['/panel/texts/en-US.json', '/panel/texts/fr-FR.json', '/panel/texts/..%2Fpanel.js', '/panel/texts/'])
      assert.equal((await fetch(`${server.base}${other}`)).status, 404, other);
  });

  it('stays off, with one warning, when its bundle was not built', () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'panel-assets-'));
    try {
      assert.equal(loadPanelAssets(empty), null);
      const { logger, lines } = captureLogger('warn');
      const bare = restify.createServer();
      assert.equal(registerPanel(bare, { config: testConfig(), logger, assets: null }), false);
      assert.equal(lines.filter((l) => /side panel is off/.test(String(l.msg))).length, 1);
    } finally {
      fs.rmSync(empty, { recursive: true, force: true });
    }
  });
});

describe('side panel themes', () => {
  const luminance = (hex: string): number => {
    const c = [0, 1, 2].map((i) => parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * c[0]! + 0.7152 * c[1]! + 0.0722 * c[2]!;
  };
  const contrast = (a: string, b: string): number => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (hi! + 0.05) / (lo! + 0.05);
  };

  for (const theme of PANEL_THEMES) {
    it(`${theme}: every text colour the cards use reads at 4.5:1 on every container`, () => {
      const styles = (hostConfigFor(theme).containerStyles ?? {}) as Record<
        string,
        { backgroundColor: string; foregroundColors: Record<string, { default: string; subtle: string }> }
      >;
      const low: string[] = [];
      for (const [style, s] of Object.entries(styles)) {
        const checks: [string, string][] = [
          ['default', s.foregroundColors.default!.default],
          ['default subtle', s.foregroundColors.default!.subtle],
          ...(['accent', 'good', 'warning', 'attention'] as const).map((c): [string, string] => [c, s.foregroundColors[c]!.default]),
        ];
        for (const [name, color] of checks)
          if (contrast(color, s.backgroundColor) < 4.5) low.push(`${name} on ${style}: ${contrast(color, s.backgroundColor).toFixed(2)}`);
      }
      const p = PALETTES[theme];
      if (contrast(p.onBrand, p.brand) < 4.5) low.push('button text on the brand colour');
      if (contrast(p.link, p.card) < 4.5) low.push('links');
      assert.deepEqual(low, []);
    });
  }
});
