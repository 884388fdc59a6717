// GET /panel/content.json: the deployment's content for the side panel's page, per language. Its
// headers (cacheable for five minutes, an ETag and 304, nosniff), the language negotiated as the
// page's, the partner's part in that language or null (a language the overlay lacks, or no overlay
// at all), nothing secret; and the page's reading of it back into the engine's content.
import { strict as assert } from 'assert';
import * as restify from 'restify';
import { Running, startApp } from '../support/http';
import { SAMPLE_OVERLAY, sampleLanguage, sampleWithout } from '../support/sampleOverlay';
import { partnerSection } from '../../src/domain/overlay';
import { registerPanelContent } from '../../src/hosting/panel/content';
import { PanelContentAnswer, contentFromAnswers, readPanelContentAnswer } from '../../src/panel/panelContent';

const SECRET = 'not-a-real-secret-value-0123456789';

// The rows due for review with the default limit (POLICY_REVIEW_MAX_AGE_DAYS, 365), from the SPEC's
// dates rather than the route's own function: every row of edition 2026-11 carries the date of the
// errata of 2026-11-24, so none is due before 2027-11-25 and all thirteen are from then on.
const ALL_ROWS = ['G1', 'G2', 'G3', 'G4', 'G5', 'G6', 'G7', 'C1', 'C2', 'C3', 'C4', 'C5', 'C6'];
const DUE_BY_DEFAULT = new Date().toISOString().slice(0, 10) >= '2027-11-25' ? ALL_ROWS : [];

async function content(base: string, query = '', headers: Record<string, string> = {}): Promise<{ response: Response; answer?: PanelContentAnswer }> {
  const response = await fetch(`${base}/panel/content.json${query}`, { headers });
  const text = await response.text();
  return { response, ...(text ? { answer: JSON.parse(text) as PanelContentAnswer } : {}) };
}

describe('side panel content route (GET /panel/content.json)', function () {
  this.timeout(30_000);
  let withOverlay: Running;
  let bare: Running;
  let withoutRussian: { dir: string; remove(): void };

  before(async () => {
    withoutRussian = sampleWithout('ru-RU');
    withOverlay = await startApp({
      CONTENT_OVERLAY: withoutRussian.dir,
      MicrosoftAppType: 'MultiTenant',
      MicrosoftAppId: '11111111-2222-3333-4444-555555555555',
      MicrosoftAppPassword: SECRET,
    });
    bare = await startApp({});
  });
  after(async () => {
    await withOverlay?.stop();
    await bare?.stop();
    withoutRussian?.remove();
  });

  it("answers a language's part of the overlay, cacheable, with an ETag, nosniff and nothing secret", async () => {
    const { response, answer } = await content(withOverlay.base, '?locale=hu-HU');
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^application\/json; charset=utf-8$/);
    assert.equal(response.headers.get('cache-control'), 'public, max-age=300');
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(response.headers.get('content-language'), 'hu-HU');
    assert.match(response.headers.get('etag') ?? '', /^"[A-Za-z0-9_-]{16,}"$/);
    assert.deepEqual(Object.keys(answer!), ['locale', 'partner', 'linkUrls', 'reviewDue']);
    assert.equal(answer!.locale, 'hu-HU');
    assert.deepEqual(answer!.partner, sampleLanguage('hu-HU'));
    assert.equal(answer!.partner!.name, 'Tailspin Cloud Services');
    assert.deepEqual(answer!.linkUrls, { gdap: 'https://wiki.tailspin.example/mirror/gdap?lang={locale}' });
    assert.deepEqual(answer!.reviewDue, DUE_BY_DEFAULT, "issue 67 finding 3: the rows due per the SPEC's review dates");
    const raw = JSON.stringify(answer);
    const english = await content(withOverlay.base, '?locale=en-US');
    assert.deepEqual(english.answer!.partner, sampleLanguage('en-US'));
    for (const secret of [SECRET, '11111111-2222-3333-4444-555555555555', 'en-US.json', withoutRussian.dir]) assert.ok(!raw.includes(secret), secret);
  });

  it('answers 304 to the ETag it gave (weak or in a list), 200 to another; each language has its own', async () => {
    const first = await content(withOverlay.base, '?locale=pt-BR');
    const etag = first.response.headers.get('etag')!;
    for (const ifNoneMatch of [etag, `W/${etag}`, `"other", ${etag}`]) {
      const again = await content(withOverlay.base, '?locale=pt-BR', { 'If-None-Match': ifNoneMatch });
      assert.equal(again.response.status, 304, ifNoneMatch);
      assert.equal(again.answer, undefined, 'no body');
      assert.equal(again.response.headers.get('etag'), etag);
      assert.equal(again.response.headers.get('cache-control'), 'public, max-age=300');
    }
    assert.equal((await content(withOverlay.base, '?locale=pt-BR', { 'If-None-Match': '"stale"' })).response.status, 200);
    const english = await content(withOverlay.base, '?locale=en-US');
    assert.notEqual(english.response.headers.get('etag'), etag);
    assert.equal((await content(withOverlay.base, '?locale=en-US', { 'If-None-Match': etag })).response.status, 200);
  });

  it('negotiates the language as the page does: ?locale=, then the browser, then English', async () => {
    assert.equal((await content(withOverlay.base, '?locale=pt_br')).answer!.locale, 'pt-BR');
    assert.equal((await content(withOverlay.base, '?locale=zh-Hant')).answer!.locale, 'zh-CN');
    const browser = await content(withOverlay.base, '', { 'Accept-Language': 'de-DE, hu;q=0.8' });
    assert.equal(browser.answer!.locale, 'hu-HU');
    assert.equal(browser.response.headers.get('vary'), 'Accept-Language');
    assert.equal(browser.answer!.partner!.rows!.G1!.steps![0], sampleLanguage('hu-HU').rows!.G1!.steps![0]);
    const fallback = await content(withOverlay.base, `?locale=${'x'.repeat(300)}`, { 'Accept-Language': 'fr' });
    assert.equal(fallback.answer!.locale, 'en-US');
    assert.equal(fallback.answer!.partner!.contact, sampleLanguage('en-US').contact);
  });

  it('a language the overlay lacks: partner null, the links it points elsewhere still there', async () => {
    const { response, answer } = await content(withOverlay.base, '?locale=ru-RU');
    assert.equal(response.status, 200);
    assert.equal(answer!.partner, null);
    assert.deepEqual(answer!.linkUrls, { gdap: 'https://wiki.tailspin.example/mirror/gdap?lang={locale}' });
  });

  it('no overlay: the same answer with partner and linkUrls null', async () => {
    const { response, answer } = await content(bare.base, '?locale=en-US');
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('cache-control'), 'public, max-age=300');
    assert.deepEqual(answer, { locale: 'en-US', partner: null, linkUrls: null, reviewDue: DUE_BY_DEFAULT });
  });

  it('lists the rows due for review in the order of the rows', async () => {
    const server = restify.createServer();
    registerPanelContent(server, { reviewDue: new Set(['G4', 'C1', 'G1']) });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { answer } = await content(`http://127.0.0.1:${(server.address() as { port: number }).port}`, '?locale=zh-CN');
      assert.deepEqual(answer, { locale: 'zh-CN', partner: null, linkUrls: null, reviewDue: ['G1', 'G4', 'C1'] });
    } finally {
      server.close();
    }
  });
});

describe("the page's reading of the content answer", () => {
  let sample: Running;
  before(async () => {
    sample = await startApp({ CONTENT_OVERLAY: SAMPLE_OVERLAY });
  });
  after(() => sample?.stop());

  it('gives the engine what the bot has: the same partner section in that language, none in another', async () => {
    const { answer } = await content(sample.base, '?locale=pt-BR');
    const read = readPanelContentAnswer(JSON.parse(JSON.stringify(answer)))!;
    assert.deepEqual(read.partner!.rows!.G1, sampleLanguage('pt-BR').rows!.G1);
    const engineContent = contentFromAnswers([read], '"etag"');
    assert.equal(engineContent.overlayId, '"etag"');
    assert.deepEqual(partnerSection(engineContent.overlay, 'pt-BR', 'G1')?.steps, sampleLanguage('pt-BR').rows!.G1!.steps);
    assert.equal(partnerSection(engineContent.overlay, 'en-US', 'G1'), undefined, 'English not fetched: no section');
  });

  it('leaves out what is malformed, and refuses what is no answer', () => {
    assert.equal(readPanelContentAnswer(null), undefined);
    assert.equal(readPanelContentAnswer({ locale: 'de-DE', partner: null }), undefined);
    const read = readPanelContentAnswer({
      locale: 'en-US',
      partner: {
        name: 'Tailspin',
        contact: 7,
        rows: {
          G1: {
            steps: ['One', 2, ''],
            notes: [{ title: 'T' }, { title: 'T', text: 'X' }],
            links: [
              { title: 'Bad', url: 'javascript:alert(1)' },
              { title: 'Good', url: 'https://a.example/' },
            ],
          },
          Z9: { steps: ['nowhere'] },
        },
      },
      linkUrls: { gdap: 'http://plain.example/', multichannel: 'https://mirror.example/', nope: 'https://x.example/' },
      reviewDue: ['G2', 'X1', 3],
    });
    assert.deepEqual(read, {
      locale: 'en-US',
      partner: {
        name: 'Tailspin',
        rows: { G1: { steps: ['One'], notes: [{ title: 'T', text: 'X' }], links: [{ title: 'Good', url: 'https://a.example/' }] } },
      },
      linkUrls: { multichannel: 'https://mirror.example/' },
      reviewDue: ['G2'],
    });
    assert.equal(readPanelContentAnswer({ locale: 'en-US', partner: { contact: 'no name' } })!.partner, null);
  });
});
