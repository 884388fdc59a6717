// The conversation through the real bot on botbuilder's TestAdapter, for Teams and Web Chat.
// Paths are data (one per SPEC outcome row), in the spirit of data-driven dialog tests; the
// commands (back, restart, help, cancel, change) are cases of flowTable.test.ts.
import { strict as assert } from 'assert';
import { Chat, cardOf, elementIds, resultOf, textsOf } from '../support/chat';
import type { EditionId } from '../../src/domain/editions';

interface PathCase {
  /** The edition the bot answers from (absent: 2020, the seeds these paths were transcribed from). */
  edition?: EditionId;
  row: string;
  verdict: string;
  answers: [question: string, option: string][];
  /** Every link the card carries, in its order: the SPEC row's links, then the partner type's. */
  links: LinkId[];
}

/**
 * The SPEC's links table written out for en-US ({locale} = en-us), with the two addresses erratum
 * E11 corrected (reference/policy-review-2026-11.md, section 3: work-with-partners without
 * /customers/, indirect-provider under /customers/ instead of /enroll/).
 */
const LINKS = {
  multichannel: 'https://learn.microsoft.com/en-us/partner-center/customers/multichannel',
  'request-relationship': 'https://learn.microsoft.com/en-us/partner-center/customers/request-a-relationship-with-a-customer',
  'switch-azure': 'https://learn.microsoft.com/en-us/partner-center/customers/switch-azure-subscriptions-to-a-different-partner',
  multipartner: 'https://learn.microsoft.com/en-us/partner-center/customers/multipartner',
  'work-with-partners': 'https://learn.microsoft.com/en-us/partner-center/work-with-other-partners',
  'indirect-reseller': 'https://learn.microsoft.com/en-us/partner-center/enroll/indirect-reseller-tasks-in-partner-center',
  'indirect-provider': 'https://learn.microsoft.com/en-us/partner-center/customers/indirect-provider-tasks-in-partner-center',
  'cn-multichannel': 'https://www.21vbluecloud.com/partner-china/multichannel',
  'cn-request-relationship': 'https://www.21vbluecloud.com/partner-china/request-a-relationship-with-a-customer',
  'cn-multipartner': 'https://www.21vbluecloud.com/partner-china/multipartner',
  'cn-work-with-partners': 'https://www.21vbluecloud.com/partner-china/work-with-other-partners',
  'transfer-subscriptions': 'https://learn.microsoft.com/en-us/partner-center/customers/transfer-subscriptions',
  'transfer-nce-license': 'https://learn.microsoft.com/en-us/partner-center/customers/transfer-new-commerce-license-based-subscriptions',
  'transfer-azure-plan': 'https://learn.microsoft.com/en-us/partner-center/transfer-azure-subscriptions-under-azure-plan',
} as const;
type LinkId = keyof typeof LINKS;

/** Every web address a card carries, once each, in the order they first appear. */
function addressesOn(card: unknown): string[] {
  return [...new Set(JSON.stringify(card).match(/https?:\/\/[^\s"'()[\]\\]+/g) ?? [])];
}

// Expected verdicts and links are transcribed from the SPEC tables: edition 2020 unless named. The
// links are the row's, then `indirect-provider` or `indirect-reseller` for that partner type on a
// global or usgov row (SPEC: "On every global/usgov result").
const PATHS: PathCase[] = [
  {
    row: 'G1',
    verdict: 'eligible',
    answers: [
      ['cloud', 'global'],
      ['channel', 'microsoft'],
      ['service', 'license'],
      ['goal', 'support'],
      ['partnerType', 'direct'],
    ],
    links: ['request-relationship', 'multichannel'],
  },
  {
    row: 'G2',
    verdict: 'notYet',
    answers: [
      ['cloud', 'global'],
      ['channel', 'ea'],
      ['service', 'license'],
      ['goal', 'move'],
      ['partnerType', 'indirectProvider'],
    ],
    links: ['request-relationship', 'multichannel', 'indirect-provider'],
  },
  {
    row: 'G3',
    verdict: 'eligible',
    answers: [
      ['cloud', 'usgov'],
      ['channel', 'open'],
      ['service', 'usage'],
      ['partnerType', 'direct'],
    ],
    links: ['request-relationship', 'multichannel'],
  },
  {
    row: 'G4',
    verdict: 'eligible',
    answers: [
      ['cloud', 'global'],
      ['channel', 'otherCsp'],
      ['service', 'usage'],
      ['partnerType', 'indirectProvider'],
    ],
    links: ['switch-azure', 'request-relationship', 'indirect-provider'],
  },
  {
    row: 'G5',
    verdict: 'notCovered',
    answers: [
      ['cloud', 'global'],
      ['channel', 'otherCsp'],
      ['service', 'license'],
      ['goal', 'support'],
      ['partnerType', 'indirectReseller'],
    ],
    links: ['multipartner', 'request-relationship', 'work-with-partners', 'indirect-reseller'],
  },
  {
    row: 'G6',
    verdict: 'notYet',
    answers: [
      ['cloud', 'usgov'],
      ['channel', 'otherCsp'],
      ['service', 'license'],
      ['goal', 'move'],
      ['partnerType', 'direct'],
    ],
    links: ['multipartner', 'work-with-partners'],
  },
  {
    row: 'G7',
    verdict: 'notEligible',
    answers: [
      ['cloud', 'global'],
      ['channel', 'syndication'],
      ['service', 'usage'],
      ['partnerType', 'direct'],
    ],
    links: ['work-with-partners', 'multichannel'],
  },
  {
    row: 'C1',
    verdict: 'eligible',
    answers: [
      ['cloud', 'china'],
      ['channel', 'vianet'],
      ['service', 'license'],
      ['goal', 'support'],
      ['partnerType', 'direct'],
    ],
    links: ['cn-request-relationship', 'cn-multichannel'],
  },
  {
    row: 'C2',
    verdict: 'eligible',
    answers: [
      ['cloud', 'china'],
      ['channel', 'formerAdvisor'],
      ['service', 'license'],
      ['goal', 'support'],
      ['partnerType', 'indirectProvider'],
    ],
    links: ['cn-request-relationship', 'cn-multichannel'],
  },
  {
    row: 'C3',
    verdict: 'eligible',
    answers: [
      ['cloud', 'china'],
      ['channel', 'vianet'],
      ['service', 'license'],
      ['goal', 'support'],
      ['partnerType', 'indirectReseller'],
    ],
    links: ['cn-multichannel', 'cn-request-relationship'],
  },
  // C4, C5 and C6 come as soon as the answers settle them: the questions left would not change them.
  {
    row: 'C4',
    verdict: 'notEligible',
    answers: [
      ['cloud', 'china'],
      ['channel', 'vianet'],
      ['service', 'license'],
      ['goal', 'move'],
    ],
    links: ['cn-request-relationship'],
  },
  {
    row: 'C5',
    verdict: 'notCovered',
    answers: [
      ['cloud', 'china'],
      ['channel', 'other'],
    ],
    links: ['cn-multipartner', 'cn-work-with-partners'],
  },
  {
    row: 'C6',
    verdict: 'notCovered',
    answers: [
      ['cloud', 'china'],
      ['channel', 'formerAdvisor'],
      ['service', 'usage'],
    ],
    links: ['cn-multichannel'],
  },
  {
    edition: '2026-11',
    row: 'G6',
    verdict: 'transfer',
    answers: [
      ['cloud', 'global'],
      ['channel', 'otherCsp'],
      ['service', 'license'],
      ['goal', 'move'],
      ['partnerType', 'direct'],
    ],
    links: ['transfer-nce-license', 'transfer-subscriptions', 'request-relationship'],
  },
  {
    edition: '2026-11',
    row: 'G4',
    verdict: 'transfer',
    answers: [
      ['cloud', 'usgov'],
      ['channel', 'otherCsp'],
      ['service', 'usage'],
      ['partnerType', 'indirectReseller'],
    ],
    links: ['transfer-subscriptions', 'transfer-azure-plan', 'request-relationship', 'switch-azure', 'indirect-reseller'],
  },
];

function cardJson(chat: Chat): string {
  return JSON.stringify(chat.lastCard());
}

for (const channelId of ['msteams', 'webchat']) {
  describe(`advisor dialog on ${channelId}`, () => {
    let chat: Chat;
    beforeEach(() => {
      chat = new Chat({ channelId });
    });

    it('welcomes on first contact and asks the first question', async () => {
      const replies = await chat.start();
      assert.equal(replies.length, 2);
      assert.ok(elementIds(cardOf(replies[0])!).includes('welcome'));
      assert.equal(chat.currentQuestion().id, 'cloud');
      assert.deepEqual(chat.currentQuestion().options, ['global', 'usgov', 'china']);
    });

    it('welcomes a user who writes first, without a conversationUpdate', async () => {
      const replies = await chat.say('hi');
      assert.ok(elementIds(cardOf(replies[0])!).includes('welcome'));
      assert.equal(chat.currentQuestion().id, 'cloud');
    });

    for (const path of PATHS) {
      it(`issue 67 finding 7: reaches ${path.row} (${path.verdict}) of edition ${path.edition ?? '2020'} by clicking cards, with every link of the row and no other`, async () => {
        const chat = new Chat({ channelId, edition: path.edition ?? '2020' });
        await chat.start();
        for (const [question, option] of path.answers) {
          assert.equal(chat.currentQuestion().id, question, `expected to be asked ${question}`);
          await chat.answer(option);
        }
        const card = chat.lastCard();
        assert.deepEqual(resultOf(card), { verdict: path.verdict, row: path.row });
        assert.deepEqual(
          addressesOn(card),
          path.links.map((id) => LINKS[id]),
          'the links, in order',
        );
        const last = chat.transcript[chat.transcript.length - 1]!;
        assert.ok(typeof last.summary === 'string' && last.summary.length > 40, 'result has a plain-text summary');
      });
    }

    it('accepts typed labels, parts of labels, synonyms and numbers, ignoring case and accents', async () => {
      await chat.start();
      await chat.say('PARTNER CENTER (COMMERCIAL CLOUD)');
      assert.equal(chat.currentQuestion().id, 'channel');
      await chat.say('they bought it through an Énterprise Agreement');
      assert.equal(chat.currentQuestion().id, 'service');
      await chat.say('2');
      assert.equal(chat.currentQuestion().id, 'partnerType');
      await chat.say('indirect res');
      assert.deepEqual(resultOf(chat.lastCard()), { verdict: 'eligible', row: 'G3' });
    });

    it('re-prompts the same question when an answer matches nothing, keeping the answers', async () => {
      await chat.start();
      await chat.answer('global');
      const replies = await chat.say('banana bread');
      assert.equal(replies.length, 1);
      assert.equal(chat.currentQuestion().id, 'channel');
      assert.ok(elementIds(chat.lastCard()).includes('notice'));
      assert.match(cardJson(chat), /doesn't match any of the options/);
      await chat.say('99');
      assert.equal(chat.currentQuestion().id, 'channel');
      await chat.answer('ea');
      assert.equal(chat.currentQuestion().id, 'service');
    });

    it('asks which one is meant when a typed answer fits several options', async () => {
      await chat.start();
      await chat.answer('global');
      await chat.answer('ea');
      await chat.answer('usage');
      await chat.say('indirect');
      assert.equal(chat.currentQuestion().id, 'partnerType');
      assert.match(cardJson(chat), /more than one option/);
    });

    it('answers a click on an already answered card with the current question and keeps the answers', async () => {
      await chat.start();
      const cloudCard = chat.currentQuestion();
      await chat.answer('global');
      await chat.answer('ea');
      const replies = await chat.submit({ ...cloudCard.data, cloud: 'china' });
      assert.equal(replies.length, 1);
      assert.equal(chat.currentQuestion().id, 'service');
      assert.match(cardJson(chat), /earlier step/);
      await chat.answer('license');
      await chat.answer('support');
      await chat.answer('direct');
      assert.deepEqual(resultOf(chat.lastCard()), { verdict: 'eligible', row: 'G1' });
    });

    it('treats buttons of a finished case as stale once a new case has begun', async () => {
      await chat.start();
      for (const [, option] of PATHS[0]!.answers) await chat.answer(option);
      const oldRestart = chat.button('restart');
      const oldChange = chat.button('change');
      await chat.submit(oldRestart);
      await chat.answer('china');
      await chat.submit(oldChange);
      assert.equal(chat.currentQuestion().id, 'channel');
      assert.match(cardJson(chat), /earlier step/);
      await chat.submit(oldRestart);
      assert.deepEqual(chat.currentQuestion().options, ['vianet', 'formerAdvisor', 'other'], 'the china answer survived');
    });

    it('answers unknown or malformed card payloads politely without changing the answers', async () => {
      await chat.start();
      await chat.answer('global');
      const data = chat.currentQuestion().data;
      const payloads: unknown[] = [
        { foo: 1 },
        'just a string',
        [1, 2, 3],
        { action: 'answer', question: 'channel', token: data.token, channel: 'not-an-option' },
        { action: 'answer', question: 'channel', token: data.token, channel: 42 },
        { action: 'answer', question: '__proto__', token: data.token },
        JSON.parse('{"__proto__": {"polluted": true}, "action": "answer", "question": "channel"}'),
        { action: 'command', command: 'explode', token: data.token },
        { action: 'setLanguage', locale: '../../etc/passwd' },
      ];
      for (const value of payloads) {
        const replies = await chat.submit(value as Record<string, unknown>);
        assert.ok(replies.length >= 1, `no reply to ${JSON.stringify(value)}`);
        assert.equal(chat.currentQuestion().id, 'channel');
      }
      assert.equal(({} as Record<string, unknown>).polluted, undefined);
      await chat.answer('ea');
      assert.equal(chat.currentQuestion().id, 'service');
    });

    it('gives the result as copy-ready plain text, typed or clicked (edition 2020)', async () => {
      const chat = new Chat({ channelId, edition: '2020' });
      await chat.start();
      for (const [, option] of PATHS[3]!.answers) await chat.answer(option);
      const replies = await chat.submit(chat.button('summary'));
      assert.equal(replies.length, 1);
      const text = replies[0]!.text!;
      assert.ok(!replies[0]!.attachments?.length, 'plain text, no card');
      assert.match(text, /Eligible/);
      assert.match(text, /1\. Set up a reseller relationship/);
      assert.ok(text.includes('https://learn.microsoft.com/en-us/partner-center/customers/switch-azure-subscriptions-to-a-different-partner'));
      assert.ok(!text.includes('**'), 'no markdown emphasis in the copy');
      const typed = await chat.say('copy');
      assert.equal(typed[0]!.text, text);
    });

    it('offers the language picker', async () => {
      await chat.start();
      await chat.say('language');
      const card = chat.lastCard();
      assert.ok(elementIds(card).includes('language'));
      assert.ok(textsOf(card).includes('English'));
    });

    it('shows the answers given on the result card', async () => {
      await chat.start();
      for (const [, option] of PATHS[3]!.answers) await chat.answer(option);
      const texts = textsOf(chat.lastCard());
      for (const label of [
        'Partner Center (commercial cloud)',
        'From another CSP partner (also one no longer authorized to transact in CSP)',
        'Usage-based (Microsoft Azure)',
        'Indirect provider',
      ]) {
        assert.ok(texts.includes(label), `answers list misses ${label}`);
      }
    });

    it('asks no cloud question when the deployment presets it', async () => {
      const preset = new Chat({ channelId, preset: 'china' });
      await preset.start();
      assert.equal(preset.currentQuestion().id, 'channel');
      assert.deepEqual(preset.currentQuestion().options, ['vianet', 'formerAdvisor', 'other']);
      await preset.say('back');
      assert.equal(preset.currentQuestion().id, 'channel');
    });
  });
}

describe('answered cards in Teams', () => {
  it('replaces a clicked question card with a read-only receipt', async () => {
    const chat = new Chat({ channelId: 'msteams' });
    await chat.start();
    const q = chat.currentQuestion();
    await chat.answer('global');
    assert.equal(chat.updates.length, 1);
    assert.equal(chat.updates[0]!.id, q.activityId);
    const receipt = cardOf(chat.updates[0])!;
    assert.ok(elementIds(receipt).includes('answered-cloud'));
    assert.ok(!JSON.stringify(receipt).includes('Action.Submit'));
  });

  it('also replaces the card when the answer is typed', async () => {
    const chat = new Chat({ channelId: 'msteams' });
    await chat.start();
    await chat.answer('global');
    const q = chat.currentQuestion();
    await chat.say('EA');
    assert.equal(chat.updates[1]!.id, q.activityId);
    assert.ok(elementIds(cardOf(chat.updates[1])!).includes('answered-channel'));
  });

  it('leaves Web Chat messages alone (it cannot update them)', async () => {
    const chat = new Chat({ channelId: 'webchat' });
    await chat.start();
    await chat.answer('global');
    assert.equal(chat.updates.length, 0);
  });

  it('widens the result card to the full width in Teams only', async () => {
    for (const channelId of ['msteams', 'webchat']) {
      const chat = new Chat({ channelId });
      await chat.start();
      for (const [, option] of PATHS[0]!.answers) await chat.answer(option);
      assert.equal(JSON.stringify(chat.lastCard().msteams ?? null), channelId === 'msteams' ? '{"width":"Full"}' : 'null');
    }
  });
});
