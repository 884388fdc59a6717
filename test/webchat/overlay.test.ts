// Web Chat with the sample overlay (CONTENT_OVERLAY=examples/overlay), over the local Direct Line
// as Web Chat talks to it: a G1 result shows the partner's section, titled with its name, in the
// languages the overlay covers; a language it lacks shows none.
import { strict as assert } from 'assert';
import { App, createApp } from '../../src/hosting/app';
import { loadConfig } from '../../src/config';
import type { LocaleTag } from '../../src/domain/locales';
import { postJson } from '../support/http';
import { CardJson, findElements, resultOf } from '../support/chat';
import { SAMPLE_OVERLAY, g1Sentence, sampleG1, sampleWithout } from '../support/sampleOverlay';

type Json = Record<string, unknown>;

async function getJson(url: string, token: string): Promise<Json> {
  const res = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  assert.equal(res.status, 200);
  return (await res.json()) as Json;
}

/** A conversation as Web Chat opens it, one typed sentence, and the result card the bot sent for it. */
async function g1Card(base: string, locale: LocaleTag): Promise<CardJson> {
  const issued = await postJson(`${base}/api/directline/token`, { userId: `dl_overlay_test_${locale.replace('-', '_')}`, locale });
  assert.equal(issued.status, 200, issued.text);
  const { token, conversationId: id } = issued.json as { token: string; conversationId: string };
  const auth = { authorization: `Bearer ${token}` };
  assert.equal((await postJson(`${base}/v3/directline/conversations`, { locale }, auth)).status, 201);
  const url = `${base}/v3/directline/conversations/${id}/activities`;
  const opened = await getJson(`${url}?watermark=`, token);
  const posted = await postJson(url, { type: 'message', text: g1Sentence(locale), locale, from: { id: 'someone' } }, auth);
  assert.equal(posted.status, 200, posted.text);
  for (let attempt = 0; attempt < 50; attempt++) {
    const page = await getJson(`${url}?watermark=${String(opened.watermark)}`, token);
    for (const activity of page.activities as Json[]) {
      const attachments = (activity.attachments ?? []) as { contentType: string; content: CardJson }[];
      const card = attachments.find((a) => a.contentType === 'application/vnd.microsoft.card.adaptive')?.content;
      if (card && resultOf(card).row) return card;
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`${locale}: no result card`);
}

function partnerName(card: CardJson): string | undefined {
  return findElements(card, (e) => e.id === 'partner-name')[0]?.text;
}

describe('Web Chat with the sample overlay (local Direct Line)', function () {
  this.timeout(30_000);
  let app: App;
  let base: string;
  let withoutRussian: { dir: string; remove(): void } | undefined;
  let lacking: App;
  let lackingBase: string;

  before(async () => {
    app = createApp(loadConfig({ PORT: '0', LOG_LEVEL: 'silent', CONTENT_OVERLAY: SAMPLE_OVERLAY }));
    base = `http://127.0.0.1:${await app.listen()}`;
    withoutRussian = sampleWithout('ru-RU');
    lacking = createApp(loadConfig({ PORT: '0', LOG_LEVEL: 'silent', CONTENT_OVERLAY: withoutRussian.dir }));
    lackingBase = `http://127.0.0.1:${await lacking.listen()}`;
  });
  after(async () => {
    await app?.close();
    await lacking?.close();
    withoutRussian?.remove();
  });

  for (const locale of ['en-US', 'hu-HU', 'pt-BR'] as const) {
    it(`${locale}: a G1 result shows the section titled with the partner's name, with its steps and contact line`, async () => {
      const card = await g1Card(base, locale);
      assert.deepEqual(resultOf(card), { verdict: 'eligible', row: 'G1' });
      const expected = sampleG1(locale);
      assert.equal(partnerName(card), expected.name);
      const section = JSON.stringify(findElements(card, (e) => e.id === 'partner')[0]);
      assert.ok(section.includes(JSON.stringify(expected.step).slice(1, -1)), `${locale}: the first G1 step`);
      assert.equal(findElements(card, (e) => e.id === 'partner-contact')[0]?.text, expected.contact);
    });
  }

  it('ru-RU with an overlay that has no Russian file: a G1 result without the section', async () => {
    const card = await g1Card(lackingBase, 'ru-RU');
    assert.deepEqual(resultOf(card), { verdict: 'eligible', row: 'G1' });
    assert.equal(findElements(card, (e) => (e.id ?? '').startsWith('partner')).length, 0);
    assert.equal(partnerName(await g1Card(lackingBase, 'en-US')), sampleG1('en-US').name, 'English still has it');
  });
});
