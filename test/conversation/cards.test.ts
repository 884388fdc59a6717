// Every card the bot can send, in every shipped language, must be a valid Adaptive Card 1.5 with
// every template binding filled.
import { EDITIONS } from '../../src/domain/editions';
import { strict as assert } from 'assert';
import { renderCard } from '../../src/conversation/cards/cards';
import { forChannel, withRefresh } from '../../src/conversation/cards/channelFeatures';
import { renderReply } from '../../src/conversation/cards/replyCardCache';
import { receiptCard, replyCard, replyMessage } from '../../src/conversation/cards/messages';
import { keptJson, toJson } from '../../src/domain/keptJson';
import { jsonBytes } from '../../src/protocols/connector/jsonBytes';
import { cardCatalog } from '../../scripts/lib/cardCatalog';
import { viewOf, CardView } from '../../src/conversation/advisor/viewModels';
import { resultView } from '../../src/conversation/advisor/resultView';
import { Reply } from '../../src/conversation/advisor/flow';
import { availableLocales, catalogFor } from '../../src/domain/textCatalog';
import { decide } from '../../src/domain/rules';
import { OUTCOME_ROWS } from '../../src/domain/outcomes';
import { CompleteAnswers, QUESTION_IDS, optionsFor } from '../../src/domain/questions';
import { adaptiveCardValidator, describeErrors } from '../support/schemas';
import { allViews, everyResult } from '../support/allCards';

describe('rendered cards', () => {
  const validate = adaptiveCardValidator();

  for (const locale of availableLocales()) {
    it(`are valid Adaptive Cards 1.5 with no unfilled binding (${locale})`, () => {
      const views = allViews(locale);
      assert.ok(views.length > 150);
      const kinds = new Set<string>();
      for (const view of views) {
        const card = renderCard(view);
        kinds.add(view.card);
        assert.ok(validate(card), `${view.card} card is invalid:\n${describeErrors(validate)}`);
        const json = JSON.stringify(card);
        assert.ok(!json.includes('${'), `${view.card} card has an unfilled binding: ${json.slice(json.indexOf('${') - 40, json.indexOf('${') + 40)}`);
        assert.ok(!/\{(date|row|current|total)\}/.test(json), `${view.card} card has an unfilled placeholder`);
        assert.equal(card.version, '1.5');
        assert.ok(typeof card.fallbackText === 'string' && card.fallbackText.length > 0, `${view.card} card has no fallback text`);
      }
      assert.deepEqual([...kinds].sort(), ['answered', 'caseView', 'change', 'help', 'language', 'notice', 'question', 'result', 'welcome']);
    });
  }

  it('come from one catalog with unique names, every card kind and every row of every edition', () => {
    const samples = cardCatalog();
    assert.equal(new Set(samples.map((s) => s.name)).size, samples.length);
    const views = samples.map((s) => s.view('en-US'));
    assert.deepEqual([...new Set(views.map((v) => v.card))].sort(), [
      'answered',
      'caseView',
      'change',
      'help',
      'language',
      'notice',
      'question',
      'result',
      'welcome',
    ]);
    const rows = views.flatMap((v) => (v.card === 'result' ? [`${String(v.data.policyEdition)} ${String(v.data.row)}`] : []));
    assert.deepEqual(
      rows,
      EDITIONS.flatMap((e) => OUTCOME_ROWS.map((r) => `${e} ${r}`)),
    );
    const notes = new Set(views.flatMap((v) => (v.card === 'result' ? (v.data.notes as { id: string }[]).map((n) => n.id) : [])));
    const shown = ['usgovInvitation', 'gdapUsgov', 'viaIndirectProvider', 'forIndirectProvider', 'eaGdap', 'usgovAdminAccess', 'viaIndirectProviderAttests'];
    for (const note of shown) assert.ok(notes.has(note), `no sample result shows the ${note} note`);
  });

  it('keep the question contract: ChoiceSet id = question id, choice values = option ids', () => {
    const c = catalogFor('en-US');
    for (const question of QUESTION_IDS) {
      const view = viewOf(
        { kind: 'question', question, token: 'x.1', position: 1, total: 5, canGoBack: false, answers: { cloud: 'global' } },
        c,
        'en-US',
      ) as CardView;
      const card = renderCard(view) as unknown as {
        body: { type: string; id?: string; choices?: { value: string }[] }[];
        actions: { data?: Record<string, unknown> }[];
      };
      const choiceSet = card.body.find((e) => e.type === 'Input.ChoiceSet')!;
      assert.equal(choiceSet.id, question);
      assert.deepEqual(
        choiceSet.choices!.map((ch) => ch.value),
        [...optionsFor(question, { cloud: 'global' })],
      );
      assert.deepEqual(card.actions[0]!.data, { action: 'answer', question, token: 'x.1' });
    }
  });

  it('mark the verdict and, inside it, the outcome row with the contract ids and colours, in each edition', () => {
    const c = catalogFor('en-US');
    const answers: CompleteAnswers = { cloud: 'global', channel: 'otherCsp', service: 'license', goal: 'move', partnerType: 'direct' };
    type Element = { id?: string; style?: string; items?: { id?: string }[] };
    for (const [edition, id, style] of [
      ['2026-11', 'verdict-transfer', 'emphasis'],
      ['2020', 'verdict-notYet', 'warning'],
    ] as const) {
      const card = renderCard(resultView(decide(answers, edition), answers, 't.9', c, 'en-US')) as unknown as { body: Element[] };
      const verdict = card.body.find((e) => e.id === id);
      assert.ok(verdict, `${edition}: verdict container`);
      assert.equal(verdict.style, style);
      assert.ok(
        verdict.items?.some((e) => e.id === 'outcome-G6'),
        `${edition}: the row inside the verdict`,
      );
      assert.ok(card.body.some((e) => e.id === `edition-${edition}`));
    }
  });

  it('write the policy-change date the way the language writes it (edition 2020)', () => {
    const answers: CompleteAnswers = { cloud: 'global', channel: 'ea', service: 'license', goal: 'support', partnerType: 'direct' };
    const view = resultView(decide(answers, '2020'), answers, 't', catalogFor('en-US'), 'en-US');
    assert.match(view.fallbackText, /October\u00a09,\u00a02023/);
  });
});

describe('cards per channel', () => {
  const validate = adaptiveCardValidator();
  type Action = { type: string; verb?: string; data?: Record<string, unknown> };
  const actionsOf = (card: Record<string, unknown>): Action[] => (Array.isArray(card.actions) ? (card.actions as Action[]) : []);
  const TEAMS_USER = '29:1a2b3c-asker';

  for (const locale of availableLocales()) {
    it(`are Action.Execute with the Submit's data in Teams and Action.Submit elsewhere, valid Adaptive Cards 1.5 either way (${locale})`, () => {
      let executes = 0;
      let refreshed = 0;
      for (const view of allViews(locale)) {
        const card = renderCard(view);
        const submits = actionsOf(card).filter((a) => a.type === 'Action.Submit');
        const teams = withRefresh(forChannel(view.card, card, 'msteams'), 'msteams', TEAMS_USER);
        const webchat = withRefresh(forChannel(view.card, card, 'webchat'), 'webchat', TEAMS_USER);
        // msteams (the result's full width) is Teams' own extension, outside the schema.
        const { msteams, ...teamsSchemaPart } = teams;
        assert.ok(msteams === undefined || view.card === 'result');
        for (const shaped of [teamsSchemaPart, webchat]) assert.ok(validate(shaped), `${view.card} card is invalid:\n${describeErrors(validate)}`);
        assert.equal(webchat, card, 'Web Chat gets the template as it is');
        const teamsActions = actionsOf(teams);
        assert.ok(!teamsActions.some((a) => a.type === 'Action.Submit'), `${view.card}: no Action.Submit in Teams`);
        assert.equal(teamsActions.length, actionsOf(card).length);
        const executed = teamsActions.filter((a) => a.type === 'Action.Execute');
        assert.equal(executed.length, submits.length);
        executed.forEach((a, i) => {
          assert.deepEqual(a.data, submits[i]!.data, 'the same data as the Submit');
          assert.equal(a.verb, submits[i]!.data?.action);
        });
        executes += executed.length;
        const refresh = teams.refresh as { action: Action; userIds: string[] } | undefined;
        if (refresh) {
          refreshed += 1;
          assert.deepEqual(refresh.userIds, [TEAMS_USER]);
          assert.equal(refresh.action.type, 'Action.Execute');
          assert.ok(
            actionsOf(card).some((a) => typeof a.data?.token === 'string'),
            'only cards of the case are refreshed',
          );
        }
      }
      assert.ok(executes > 300 && refreshed > 100, `${executes} actions, ${refreshed} refreshed cards`);
    });
  }
});

describe('reply cards kept for reuse', () => {
  const reply = (token: string, extra: Partial<Extract<Reply, { kind: 'question' }>> = {}): Reply =>
    ({ kind: 'question', question: 'service', token, position: 3, total: 5, canGoBack: true, answers: { cloud: 'global', channel: 'ea' }, ...extra }) as Reply;
  type Shape = { actions: { data?: { token?: string } }[]; body: unknown[] };

  it('reuses a rendered card but gives every copy its own step token', () => {
    const first = renderReply(reply('case.7'), 'en-US') as { card: unknown };
    const second = renderReply(reply('case.8'), 'en-US') as { card: unknown };
    const a = first.card as Shape;
    const b = second.card as Shape;
    assert.equal(a.actions[0]!.data!.token, 'case.7');
    assert.equal(b.actions[0]!.data!.token, 'case.8');
    assert.ok(
      a.actions.filter((x) => x.data?.token !== undefined).every((x) => x.data!.token === 'case.7'),
      'the first copy kept its token',
    );
    assert.equal(a.body, b.body, 'the unchanged part is shared');
    assert.ok(Object.isFrozen(a.body), 'shared parts cannot be changed by a sender');
  });

  it('shows a different card when anything but the token differs, and the same as a fresh render', () => {
    const plain = renderReply(reply('t.1'), 'en-US') as { card: unknown };
    const noticed = renderReply(reply('t.1', { notice: 'notUnderstood' }), 'en-US') as { card: unknown };
    const russian = renderReply(reply('t.1'), 'ru-RU') as { card: unknown };
    assert.notEqual(JSON.stringify(plain.card), JSON.stringify(noticed.card));
    assert.match(JSON.stringify(noticed.card), /doesn't match any of the options/);
    assert.notEqual(JSON.stringify(plain.card), JSON.stringify(russian.card));
    const fresh = renderCard(viewOf(reply('t.1'), catalogFor('en-US'), 'en-US') as CardView);
    assert.equal(JSON.stringify(plain.card), JSON.stringify(fresh));
  });

  it('stays bounded: keeps what is in use through many other replies, drops what is not', () => {
    // Distinct replies by position (the key includes it); far more than the cache holds.
    const at = (position: number, token = 'b.1'): Shape => (renderReply(reply(token, { position, total: 9000 }), 'hu-HU') as { card: unknown }).card as Shape;
    const inUse = at(1).body;
    const idle = at(2).body;
    for (let position = 3; position < 9000; position += 1) {
      at(position);
      if (position % 500 === 0) assert.equal(at(1, `b.${position}`).body, inUse, `still kept after ${position} other replies`);
    }
    const again = at(2, 'b.2');
    assert.notEqual(again.body, idle, 'a reply unused for thousands of others was dropped and built again');
    const fresh = renderCard(viewOf(reply('b.2', { position: 2, total: 9000 }), catalogFor('hu-HU'), 'hu-HU') as CardView);
    assert.equal(JSON.stringify(again), JSON.stringify(fresh));
  });
});

describe('reply cards kept for reuse: every reply', () => {
  /** Every kind of reply, notice and outcome. */
  function everyReply(): Reply[] {
    const replies: Reply[] = [
      ...everyResult(),
      { kind: 'welcome' },
      { kind: 'help' },
      { kind: 'resultStanding', token: 's.1' },
      { kind: 'language', current: 'hu-HU' },
      { kind: 'closed', token: 'c.1', notice: 'cancelled' },
      { kind: 'closed', token: 'c.1', notice: 'stale' },
      { kind: 'closed', token: 'c.1' },
      { kind: 'change', answers: { cloud: 'china', channel: 'vianet', service: 'usage', partnerType: 'direct' }, token: 'x.1' },
      { kind: 'earlier' },
      { kind: 'caseView', askerName: 'Dana *Smith*', answers: { cloud: 'global' } },
      {
        kind: 'caseView',
        answers: { cloud: 'china', channel: 'vianet', service: 'usage', partnerType: 'direct' },
        outcome: decide({ cloud: 'china', channel: 'vianet', service: 'usage', partnerType: 'direct' }, '2026-11'),
        ownCaseUrl: 'https://teams.microsoft.com/l/chat/0/0?users=28%3Abot',
      },
      // What text typed after a result gets (resultQuestions.ts).
      { kind: 'newCaseStarted', token: 'n.1' },
      { kind: 'resultKept' },
    ];
    const china = decide({ cloud: 'china', channel: 'vianet', service: 'usage', partnerType: 'direct' }, '2026-11');
    replies.push({ kind: 'aboutResult', outcome: china, topics: ['approval'], parts: [{ step: 0, sentence: 0 }], link: china.links[0]! });
    for (const question of QUESTION_IDS) {
      for (const notice of [undefined, 'notUnderstood', 'ambiguous', 'stale', 'noPrevious', 'restarted', 'clarify', 'understood'] as const) {
        for (const cloud of ['global', 'china'] as const) {
          replies.push({
            kind: 'question',
            question,
            token: `q.${question}`,
            position: 2,
            total: 5,
            canGoBack: true,
            answers: { cloud },
            ...(notice ? { notice } : {}),
            ...(notice === 'understood' ? { understood: { cloud, service: 'usage' } } : {}),
          });
        }
      }
    }
    return replies;
  }

  it('shows exactly what a fresh render shows, for every kind of reply, notice and outcome, in every language', () => {
    const replies = everyReply();
    for (const locale of availableLocales()) {
      for (const reply of replies) {
        for (let pass = 0; pass < 2; pass += 1) {
          const shown = renderReply(reply, locale);
          const view = viewOf(reply, catalogFor(locale), locale);
          const fresh = 'text' in view ? view.text : JSON.stringify(renderCard(view));
          assert.equal('card' in shown ? JSON.stringify(shown.card) : shown.text, fresh, `${locale} ${reply.kind} pass ${pass}`);
        }
      }
    }
  });

  it('writes every card from its kept JSON exactly as JSON.stringify writes it: shown, as a message and as an invoke answer, with its token and a Teams refresh', () => {
    const asker = '29:1a-"quoted"\\asker';
    let kept = 0;
    for (const locale of availableLocales()) {
      for (const [i, base] of everyReply().entries()) {
        // Another token on each pass: the first pass fills the cache, the second copies from it.
        for (const token of ['first.1', `second.${i}."\\</`]) {
          const reply = ('token' in base ? { ...base, token } : base) as Reply;
          const shown = renderReply(reply, locale);
          if ('card' in shown) {
            assert.equal(toJson(shown), JSON.stringify(shown), `${locale} ${reply.kind} shown`);
            if (keptJson(shown.card) !== undefined) kept += 1;
          }
          for (const channelId of ['msteams', 'webchat', 'directline']) {
            const message = replyMessage(reply, channelId, locale, asker);
            const sent = { from: { id: 'bot' }, ...message };
            assert.equal(toJson(sent), JSON.stringify(sent), `${locale} ${reply.kind} ${channelId} message`);
            assert.ok(jsonBytes(sent).equals(Buffer.from(JSON.stringify(sent))), `${locale} ${reply.kind} ${channelId} message bytes`);
            if ('card' in shown) {
              const card = replyCard(reply, channelId, locale, asker);
              const answer = { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card };
              assert.equal(toJson(answer), JSON.stringify(answer), `${locale} ${reply.kind} ${channelId} invoke answer`);
              // As the wire gets it: the kept pieces' bytes (encoded at their first use, then reused).
              assert.ok(jsonBytes(answer).equals(Buffer.from(JSON.stringify(answer))), `${locale} ${reply.kind} ${channelId} invoke answer bytes`);
              if (keptJson(card) !== undefined) kept += 1;
            }
          }
        }
      }
    }
    // Not a vacuous pass: the kept texts were the ones written.
    assert.ok(kept > 1000, `only ${kept} cards had kept JSON`);
  });

  it('writes every receipt from its kept JSON exactly as JSON.stringify writes it, the same card each time', () => {
    for (const locale of availableLocales()) {
      for (const question of QUESTION_IDS) {
        for (const option of optionsFor(question, { cloud: 'global' })) {
          for (const channelId of ['msteams', 'webchat']) {
            const card = receiptCard({ question, option }, channelId, locale);
            assert.ok(keptJson(card) !== undefined, `${locale} ${question} ${option} ${channelId}: kept`);
            assert.ok(jsonBytes(card).equals(Buffer.from(JSON.stringify(card))), `${locale} ${question} ${option} ${channelId}`);
            assert.equal(receiptCard({ question, option }, channelId, locale), card, 'built once');
          }
        }
      }
    }
  });
});
