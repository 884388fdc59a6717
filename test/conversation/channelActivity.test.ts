// What the bot reads off an activity (src/conversation/channel/channelActivity.ts) and the tenant
// allow-list's rules (src/conversation/channel/tenantRules.ts), from tables of activities, no SDK.
import { strict as assert } from 'assert';
import {
  ChannelActivity,
  clickData,
  clientInfoLocale,
  inputFrom,
  isAddressedToBot,
  isInert,
  isSharedConversation,
  ownCaseLink,
  participantsOf,
  routeFactsOf,
  surfaceOf,
  textForBot,
  usableSenderId,
  viewerOf,
} from '../../src/conversation/channel/channelActivity';
import { TenantFacts, tenantAllowed, tenantIdsOf, tenantRefusal } from '../../src/conversation/channel/tenantRules';

const group = { conversationType: 'groupChat' };
const mention = { type: 'mention', mentioned: { id: '28:bot' } };

describe('Reading an activity', () => {
  it('tells shared conversations and messages meant for the bot', () => {
    const rows: [ChannelActivity, boolean, boolean][] = [
      [{ conversation: { conversationType: 'personal' }, text: 'hi' }, false, true],
      [{ conversation: group, text: 'hi all' }, true, false],
      [{ conversation: { conversationType: 'channel' }, text: 'hi', recipient: { id: '28:bot' }, entities: [mention] }, true, true],
      [{ conversation: { isGroup: true }, text: 'hi' }, true, false],
      [{ conversation: { isGroup: true, conversationType: 'personal' }, text: 'hi' }, false, true],
      [{ conversation: group, value: { answer: 'x' } }, true, true],
      [{ conversation: group, text: ' <at>Advisor</at> hi' }, true, true],
      [
        { conversation: group, text: '<at>Someone</at> hi', entities: [{ type: 'mention', mentioned: { id: '29:other' } }], recipient: { id: '28:bot' } },
        true,
        false,
      ],
    ];
    for (const [activity, shared, addressed] of rows) {
      assert.equal(isSharedConversation(activity), shared, JSON.stringify(activity));
      assert.equal(isAddressedToBot(activity), addressed, JSON.stringify(activity));
    }
  });

  it('drops leftover <at> tags in shared chats only, and takes a submit before text', () => {
    assert.equal(textForBot({ conversation: group }, '<at>Advisor</at> is it CSP?'), '  is it CSP?');
    assert.equal(textForBot({ conversation: { conversationType: 'personal' } }, '<at>x</at>'), '<at>x</at>');
    assert.deepEqual(inputFrom({ value: { a: 1 }, text: 'typed' }, 'typed'), { kind: 'submit', data: { a: 1 } });
    assert.equal(inputFrom({ text: 'x' }, '  two   words ').kind, 'text');
  });

  it('names the surface: Copilot on Teams by its ProductInfo entity, otherwise the channel', () => {
    const copilot = { type: 'ProductInfo', id: 'COPILOT' };
    assert.equal(surfaceOf({ channelId: 'msteams', entities: [copilot] }), 'copilot');
    assert.equal(surfaceOf({ channelId: 'msteams', entities: [{ type: 'ProductInfo', id: 'OTHER' }] }), 'msteams');
    assert.equal(surfaceOf({ channelId: 'directline', entities: [copilot] }), 'directline');
    assert.equal(surfaceOf({ channelId: 5 }), undefined);
  });

  it('keeps cases only under a usable sender, with a viewer and a link to a chat of their own on Teams', () => {
    assert.equal(usableSenderId({ from: { id: '29:a' } }), '29:a');
    for (const id of ['', 'x'.repeat(257), 5, undefined]) assert.equal(usableSenderId({ from: { id } }), undefined, String(id));
    assert.deepEqual(viewerOf({ channelId: 'msteams', from: { id: '29:a', name: '  Ann  ' } }), { id: '29:a', name: 'Ann' });
    assert.deepEqual(viewerOf({ channelId: 'msteams', from: { id: '29:a', name: ' ' } }), { id: '29:a' });
    assert.equal(viewerOf({ channelId: 'directline', from: { id: 'dl_a', name: 'Ann' } }), undefined);
    assert.equal(
      ownCaseLink({ channelId: 'msteams', conversation: group, recipient: { id: '28:bot-1' } }),
      'https://teams.microsoft.com/l/chat/0/0?users=28%3Abot-1',
    );
    assert.equal(ownCaseLink({ channelId: 'msteams', conversation: { conversationType: 'personal' }, recipient: { id: '28:bot-1' } }), undefined);
    assert.equal(ownCaseLink({ channelId: 'msteams', conversation: group, recipient: { id: '28:bot 1' } }), undefined);
    assert.deepEqual(participantsOf({ channelId: 'msteams', conversation: group, from: { id: '29:a' }, recipient: { id: '28:b' } }), {
      shared: true,
      user: { id: '29:a' },
      ownCaseUrl: 'https://teams.microsoft.com/l/chat/0/0?users=28%3Ab',
    });
    assert.deepEqual(participantsOf({ channelId: 'directline', from: { id: 'dl_a' } }), { shared: false });
  });

  it("reads a click's data from an invoke's action or a message's value", () => {
    assert.deepEqual(clickData({ type: 'invoke', value: { action: { data: { action: 'myCases' } } } }), { action: 'myCases' });
    assert.equal(clickData({ type: 'invoke', value: 'x' }), 'x');
    assert.equal(clickData({ type: 'invoke', value: {} }), undefined);
    assert.deepEqual(clickData({ type: 'message', value: { action: 'followUp' } }), { action: 'followUp' });
  });

  it("reads Teams' clientInfo locale, skips inert activities, and gives routeOf its facts", () => {
    assert.equal(clientInfoLocale({ entities: [{ type: 'clientInfo', locale: 'hu-HU' }] }), 'hu-HU');
    assert.equal(clientInfoLocale({ entities: 'x' }), undefined);
    assert.deepEqual(
      ['typing', 'messageReaction', 'message', 'invoke'].map((type) => isInert({ type })),
      [true, true, false, false],
    );
    const facts = routeFactsOf(
      { type: 'conversationUpdate', channelId: 'msteams', from: { id: '29:a' }, recipient: { id: '28:b' }, membersAdded: [{ id: '28:b' }] },
      false,
    );
    assert.deepEqual(facts, {
      followUp: false,
      type: 'conversationUpdate',
      userSpecificViews: true,
      usableSender: true,
      addressed: true,
      botAdded: true,
      teams: true,
    });
    assert.equal(routeFactsOf({ type: 'message', conversation: group, text: 'hi' }, true).addressed, false);
    assert.equal(routeFactsOf({ type: 'message' }, true).followUp, true);
  });

  it('reads a membersAdded the wire sends as null or with stray entries as no bot added, never a failed turn (found by the fuzz run)', () => {
    const crafted = [null, 'x', 7, {}, [null], [null, { id: '28:b' }], ['28:b'], [{ id: null }]];
    const expected = [false, false, false, false, false, true, false, false];
    crafted.forEach((membersAdded, i) => {
      const activity = { type: 'conversationUpdate', recipient: { id: '28:b' }, membersAdded } as unknown as Parameters<typeof routeFactsOf>[0];
      assert.equal(routeFactsOf(activity, false).botAdded, expected[i], JSON.stringify(membersAdded));
    });
  });
});

describe('Tenant rules', () => {
  const allowed = new Set(['aaaa']);
  it('allows an activity only when every tenant it names is allowed; no tenant passes outside Teams', () => {
    const rows: [TenantFacts, boolean][] = [
      [{ channelId: 'msteams', conversation: { tenantId: 'AAAA' } }, true],
      [{ channelId: 'msteams', conversation: { tenantId: 'aaaa' }, channelData: { tenant: { id: 'bbbb' } } }, false],
      [{ channelId: 'msteams', channelData: { tenant: { id: 'aaaa' } } }, true],
      [{ channelId: 'msteams' }, false],
      [{ channelId: 'directline' }, true],
      [{ channelId: 'directline', conversation: { tenantId: 'bbbb' } }, false],
      [{ channelId: 'msteams', conversation: { tenantId: '' }, channelData: 'x' }, false],
    ];
    for (const [activity, ok] of rows) assert.equal(tenantAllowed(allowed, activity), ok, JSON.stringify(activity));
    assert.equal(tenantAllowed(new Set(), { channelId: 'msteams' }), true, 'no allow-list');
    assert.deepEqual(tenantIdsOf({ conversation: { tenantId: 'A' }, channelData: { tenant: { id: 'B' } } }), ['a', 'b']);
  });

  it('answers a refused message and an install with a line, a card click with its error, another invoke with 403, the rest with nothing', () => {
    const rows: [TenantFacts, string][] = [
      [{ type: 'message' }, 'message'],
      [{ type: 'installationUpdate', action: 'add' }, 'message'],
      [{ type: 'installationUpdate', action: 'add-upgrade' }, 'message'],
      [{ type: 'installationUpdate', action: 'remove' }, 'nothing'],
      [{ type: 'conversationUpdate' }, 'nothing'],
      [{ type: 'invoke', name: 'adaptiveCard/action' }, 'cardError'],
      [{ type: 'invoke', name: 'composeExtension/query' }, 'forbidden'],
    ];
    for (const [activity, answer] of rows) assert.equal(tenantRefusal(activity), answer, JSON.stringify(activity));
  });
});
