// Freshness you can see: with rows older than POLICY_REVIEW_MAX_AGE_DAYS, start-up warns once
// naming them, /readyz lists them in its details (still ready), and their results say "review
// due" in the user's language; rows within the age say nothing of the kind.
import { strict as assert } from 'assert';
import { catalogFor } from '../../src/domain/textCatalog';
import { LocaleTag } from '../../src/domain/locales';
import { policyEdition } from '../../src/domain/policy';
import { HttpChat } from '../support/httpChat';
import { InProcess, startInProcess } from '../support/inProcess';
import { CardJson, cardOf, findElements } from '../support/chat';
import { Activity } from 'botbuilder';

const G1_ANSWERS = ['global', 'microsoft', 'license', 'support', 'direct'];

async function g1EditionLine(bot: InProcess, locale: LocaleTag, id: string): Promise<string> {
  const chat = new HttpChat(bot.base, id, { locale });
  await chat.start();
  for (const option of G1_ANSWERS) await chat.answer(option);
  for (const reply of [...chat.transcript].reverse()) {
    const card = cardOf(reply as Partial<Activity>) as CardJson | undefined;
    const line = card && findElements(card, (e) => e.id === 'edition-2026-11')[0];
    if (line) {
      assert.ok(findElements(card, (e) => e.id === 'outcome-G1').length === 1, 'the G1 result');
      return String(line.text);
    }
  }
  throw new Error('no result card');
}

describe('content due for review', () => {
  describe('rows older than the allowed age', () => {
    let bot: InProcess;
    before(async () => {
      bot = await startInProcess({ POLICY_REVIEW_MAX_AGE_DAYS: '30' }, { today: '2027-01-15' });
    });
    after(() => bot.stop());

    it('are named in one warning at start-up', () => {
      const warnings = bot.lines.filter((l) => /last reviewed more than 30 days ago/.test(String(l.msg)));
      assert.equal(warnings.length, 1);
      for (const row of policyEdition('2026-11').rows) assert.ok(String(warnings[0]!.msg).includes(row.row), row.row);
    });

    it('are listed by /readyz, which stays ready', async () => {
      const res = await fetch(`${bot.base}/readyz`);
      assert.equal(res.status, 200);
      const body = (await res.json()) as { status: string; details?: { reviewDue?: { edition: string; rows: string[]; maxAgeDays: number } } };
      assert.equal(body.status, 'ready');
      assert.equal(body.details?.reviewDue?.edition, '2026-11');
      assert.equal(body.details?.reviewDue?.maxAgeDays, 30);
      assert.ok(body.details?.reviewDue?.rows.includes('G1'));
    });

    for (const locale of ['en-US', 'hu-HU', 'pt-BR'] as const) {
      it(`say "review due" on the result card (${locale})`, async () => {
        const line = await g1EditionLine(bot, locale, `due-${locale}`);
        assert.ok(line.endsWith(`· ${catalogFor(locale).result.reviewDue}`), line);
      });
    }
  });

  describe('rows within the allowed age', () => {
    let bot: InProcess;
    before(async () => {
      bot = await startInProcess({ POLICY_REVIEW_MAX_AGE_DAYS: '365' }, { today: '2027-01-15' });
    });
    after(() => bot.stop());

    it('give no warning, no details and no "review due"', async () => {
      assert.equal(bot.lines.filter((l) => /last reviewed more than/.test(String(l.msg))).length, 0);
      const body = (await (await fetch(`${bot.base}/readyz`)).json()) as Record<string, unknown>;
      assert.deepEqual(body, { status: 'ready' });
      const line = await g1EditionLine(bot, 'en-US', 'fresh-en');
      assert.ok(!line.includes(catalogFor('en-US').result.reviewDue), line);
    });
  });
});
