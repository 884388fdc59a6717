// The actions' cards against the Adaptive Card 1.5 schema, in every language and channel form,
// every step with and without a problem shown; and the result card's action buttons, which only
// a deployment with a sign-in gets.
import { strict as assert } from 'assert';
import { ActionView, WORD_JOINER, actionCard, plainText } from '../../src/conversation/actions/actionCards';
import { readActionClick } from '../../src/conversation/actions/actionClicks';
import { forChannel } from '../../src/conversation/cards/channelFeatures';
import { cardActions } from '../../src/conversation/cards/cards';
import { renderReply } from '../../src/conversation/cards/replyCardCache';
import { availableLocales, catalogFor } from '../../src/domain/textCatalog';
import { decide } from '../../src/domain/rules';
import { actionsFor } from '../../src/domain/actions';
import { adaptiveCardValidator, describeErrors } from '../support/schemas';
import { everyResult } from '../support/allCards';
import { actionCardSamples } from '../../src/conversation/actions/actionCardSamples';

const customer = { companyName: 'Contoso Ltd', tenantId: '3d8f2a61-4b7c-4e1a-9f0d-2c5b6a7e8f90', domain: 'contoso.onmicrosoft.com' };
const roleSets = [{ id: 'm365Support', name: 'Microsoft 365 support', roleIds: ['729827e3-9c14-49f7-bb1b-9608f156bbb8'] }];

/** An Assign access review of one group with these facts and warnings. */
function assignReview(facts: { memberCount: number; owners: string[] }, warnings: ('empty' | 'signerNotMember')[]): ActionView {
  const pick = {
    name: 'Helpdesk agents',
    roles: [{ id: roleSets[0]!.roleIds[0]!, name: 'Helpdesk' }],
    selected: roleSets[0]!.roleIds,
    facts,
    warnings,
    templated: false,
  };
  return { view: 'assignReview', cardId: 'card000001', customer, picks: [pick] };
}

function views(): ActionView[] {
  const base: ActionView[] = [
    { view: 'invitation', cardId: 'card000001', url: 'https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship', messageLocale: 'ru-RU' },
    { view: 'gdapForm', cardId: 'card000001', roleSets, values: { roleSet: 'm365Support', duration: 'P730D', autoExtend: false } },
    {
      view: 'gdapReview',
      cardId: 'card000001',
      customer,
      roles: [{ id: roleSets[0]!.roleIds[0]!, name: 'Helpdesk' }],
      selected: roleSets[0]!.roleIds,
      duration: 'P90D',
      autoExtend: true,
    },
    { view: 'gdapDone', cardId: 'card000001', customer, relationshipId: 'r-1', approvalUrl: 'https://admin.microsoft.com/x', messageLocale: 'hu-HU' },
    { view: 'transferForm', cardId: 'card000001', values: { customer: 'contoso.onmicrosoft.com' } },
    {
      view: 'transferReview',
      cardId: 'card000001',
      customer,
      currentPartner: customer.tenantId,
      currentPartnerName: 'Fourth Coffee',
      customerEmail: 'a@contoso.com',
    },
    { view: 'transferDone', cardId: 'card000001', customer, transferId: 't-1', status: 'SomethingNew' },
    { view: 'failed', kind: 'startTransfer', message: 'x', retry: { step: 'confirm', cardId: 'card000001' } },
    // A customer look-up with several matches to choose from.
    {
      view: 'gdapForm',
      cardId: 'card000001',
      roleSets,
      values: { customer: 'Contoso', roleSet: 'm365Support', duration: 'P730D', autoExtend: false },
      matches: [customer, { ...customer, domain: '' }],
    },
    { view: 'transferForm', cardId: 'card000001', values: { customer: 'contoso.on' }, matches: [customer] },
    // Assign access, once the relationship is active.
    {
      view: 'gdapDone',
      cardId: 'card000001',
      customer,
      relationshipId: 'r-1',
      approvalUrl: 'https://admin.microsoft.com/x',
      messageLocale: 'en-US',
      assignable: true,
    },
    { view: 'assignForm', cardId: 'card000001', customer, groups: [{ id: 'g-1', name: 'Helpdesk *agents*' }], search: 'Help' },
    { view: 'assignForm', cardId: 'card000001', customer, groups: [], search: 'Nothing' },
    assignReview({ memberCount: 0, owners: ['Megan *Bowen*'] }, ['empty', 'signerNotMember']),
    {
      view: 'assigned',
      cardId: 'card000001',
      customer,
      relationshipId: 'r-1',
      assignments: [{ groupId: 'g-1', groupName: 'Helpdesk agents', roles: ['Helpdesk Administrator'], status: 'pending' }],
      progress: 'stuck',
      checkedAt: '2026-11-24T18:05:00.000Z',
    },
  ];
  return [...base, ...base.filter((v) => v.view !== 'failed').map((v) => ({ ...v, problem: 'a problem' }) as ActionView)];
}

describe("The actions' cards", () => {
  const validate = adaptiveCardValidator();
  for (const locale of availableLocales()) {
    it(`${locale}: every step's card is valid Adaptive Card 1.5 in Teams, Copilot and Web Chat form`, () => {
      for (const view of views()) {
        const { card, summary } = actionCard(view, catalogFor(locale));
        assert.ok(summary.length > 0);
        for (const channel of ['msteams', 'copilot', 'webchat']) {
          const shaped = forChannel('notice', card, channel);
          assert.ok(validate(shaped), `${view.view} (${channel}) is invalid:\n${describeErrors(validate)}`);
        }
      }
    });
  }

  it("lists of roles, owners and groups on the Assign access cards use the language's list separator (Chinese 、, not a comma)", () => {
    const zh = catalogFor('zh-CN');
    const assigned = actionCard(
      {
        view: 'assigned',
        cardId: 'card000001',
        customer,
        relationshipId: 'r-1',
        assignments: [
          { groupId: 'g-1', groupName: 'Helpdesk agents', roles: ['Helpdesk Administrator', 'User Administrator'], status: 'pending' },
          { groupId: 'g-2', groupName: 'Billing', roles: ['Billing Administrator'], status: 'active' },
        ],
        progress: 'pending',
      },
      zh,
    );
    const text = JSON.stringify(assigned.card);
    assert.ok(text.includes('Helpdesk Administrator、User Administrator'), 'roles joined with 、');
    assert.ok(!text.includes('Helpdesk Administrator, User Administrator'));
    assert.ok(/Helpdesk agents \([^)]*\)、Billing/.test(assigned.summary), assigned.summary);
    const withOwners = assignReview({ memberCount: 2, owners: ['Megan Bowen', 'Alex Wilber'] }, []);
    assert.ok(JSON.stringify(actionCard(withOwners, zh).card).includes('Megan Bowen、Alex Wilber'), 'owners joined with 、');
  });

  it('a status Microsoft adds later is shown as it comes; known ones in the user language', () => {
    const text = JSON.stringify(
      actionCard({ view: 'transferDone', cardId: 'card000001', customer, transferId: 't-1', status: 'SomethingNew' }, catalogFor('en-US')).card,
    );
    assert.ok(text.includes('SomethingNew'));
    const ru = JSON.stringify(
      actionCard({ view: 'transferDone', cardId: 'card000001', customer, transferId: 't-1', status: 'Active' }, catalogFor('ru-RU')).card,
    );
    assert.ok(ru.includes(catalogFor('ru-RU').actions.transferStatuses.Active));
  });

  it('result cards carry the row’s action buttons only when the reply names them, and stay valid', () => {
    for (const reply of everyResult()) {
      if (reply.kind !== 'result') continue;
      const actions = actionsFor(reply.outcome, reply.answers);
      const plain = renderReply(reply, 'en-US');
      const withActions = renderReply({ ...reply, actions }, 'en-US');
      if (!('card' in plain) || !('card' in withActions)) throw new Error('a result renders a card');
      const buttons = (c: typeof plain.card): unknown[] =>
        (cardActions(c) as { data?: { action?: string } }[]).filter((a) => a.data?.action === 'partnerCenter');
      assert.deepEqual(buttons(plain.card), [], 'no action without the sign-in');
      assert.equal(buttons(withActions.card).length, actions.length);
      assert.ok(validate(withActions.card), describeErrors(validate));
    }
    const china = { cloud: 'china', channel: 'vianet', service: 'license', goal: 'support', partnerType: 'direct' } as const;
    assert.deepEqual(actionsFor(decide(china, '2026-11'), china), []);
  });

  it("the gallery's action cards: unique file-safe names, each valid in every language", () => {
    const samples = actionCardSamples();
    assert.equal(new Set(samples.map((s) => s.name)).size, samples.length);
    for (const sample of samples) {
      assert.match(sample.name, /^[a-z0-9]+(-[a-z0-9]+)*$/);
      for (const locale of availableLocales()) assert.ok(validate(sample.card(locale)), `${sample.name} (${locale}):\n${describeErrors(validate)}`);
    }
  });

  it('names typed or returned by Partner Center are plain text: no Markdown, no autolink, and a copied name reads back as typed', () => {
    const hostile = { companyName: '[Pay here](http://evil.example) **now** <b>x</b>', tenantId: customer.tenantId, domain: 'contoso.com' };
    const view: ActionView = {
      view: 'transferReview',
      cardId: 'card000001',
      customer: hostile,
      currentPartner: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
      currentPartnerName: 'Fourth_Coffee*',
      customerEmail: 'admin@contoso.com',
    };
    const facts = (JSON.stringify(actionCard(view, catalogFor('en-US')).card).match(/"value":"[^"]*"/g) ?? []).join('\n');
    assert.ok(facts.includes('\\\\[Pay here\\\\]'), `the link markup is escaped: ${facts}`);
    assert.ok(!facts.includes('contoso.com'), 'no bare domain a host would link');
    assert.ok(!facts.includes('admin@contoso'), 'no bare address a host would link');
    assert.ok(!facts.includes('**now**') && !facts.includes('Fourth_Coffee*'), 'emphasis escaped');
    assert.equal(plainText('contoso.com'), `contoso.${WORD_JOINER}com`);
    const copied = readActionClick({ action: 'partnerCenter', step: 'review', kind: 'startTransfer', card: 'card000001', customer: plainText('contoso.com') });
    assert.equal(copied?.inputs.customer, 'contoso.com');
  });
  it('A5: every action step card ends with Sign out in a row of its own, after every other button; Teams gets each row as Action.Execute', () => {
    for (const locale of availableLocales()) {
      const c = catalogFor(locale);
      const all = [
        ...views(),
        {
          view: 'gdapDone',
          cardId: 'card000001',
          customer,
          relationshipId: 'r-1',
          approvalUrl: 'https://x',
          messageLocale: 'hu-HU',
          assignable: true,
        } as ActionView,
      ];
      for (const view of all) {
        const { card } = actionCard(view, c);
        if (view.view === 'failed') continue;
        const body = card.body as { type: string; actions?: { title: string; data: { step: string } }[] }[];
        const last = body[body.length - 1]!;
        assert.equal(last.type, 'ActionSet', `${locale} ${view.view}: the last row is an ActionSet`);
        assert.deepEqual(
          last.actions!.map((a) => [a.title, a.data.step]),
          [[c.actions.buttons.signOut, 'signOut']],
          `${locale} ${view.view}: Sign out alone in the last row`,
        );
        assert.equal(card.actions, undefined, `${locale} ${view.view}: no button after Sign out`);
        const buttons = cardActions(card);
        assert.equal(buttons.filter((b) => (b.data as { step?: string }).step === 'signOut').length, 1);
        assert.deepEqual(new Set(cardActions(forChannel('notice', card, 'msteams')).map((b) => b.type)), new Set(['Action.Execute']), `${locale} ${view.view}`);
      }
    }
  });
});
