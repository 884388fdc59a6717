// How an action's turn answers, as tables: where a step's answer goes (a line or a card, in place
// of the clicked card in Teams or sent), which version a card shows and which versions stay kept,
// what a step knows of the click (a start alone makes a card and reads the result), who counts as
// the sender, and what an action applies to.
import { strict as assert } from 'assert';
import { placementOf } from '../../../src/conversation/actions/actionViews';
import { withShownCard } from '../../../src/conversation/actions/cardVersions';
import { ClickFacts, stepContextOf } from '../../../src/conversation/actions/machine';
import { senderOf } from '../../../src/conversation/channel/channelActivity';
import { resultScope } from '../../../src/conversation/actions/resultScope';
import { ActionClick } from '../../../src/conversation/actions/actionClicks';
import { CARD, NEW_CARD, NOW, OWNER, REQUEST_ID } from './tables';

describe('where an action step answers, from a table', () => {
  const view = { card: 'record' } as never;
  const ROWS: { name: string; shown: { text: string } | { view: never }; inPlace: boolean; replaces: boolean; expect: unknown }[] = [
    { name: 'a line, in place: the answer alone', shown: { text: 'Done' }, inPlace: true, replaces: true, expect: { line: 'Done', send: false } },
    { name: 'a line, not in place: sent too', shown: { text: 'Done' }, inPlace: false, replaces: true, expect: { line: 'Done', send: true } },
    { name: 'a card that replaces, in place', shown: { view }, inPlace: true, replaces: true, expect: { inPlace: view } },
    { name: 'a card that does not replace, in place: sent', shown: { view }, inPlace: true, replaces: false, expect: { sent: true } },
    { name: 'a card, not in place: sent', shown: { view }, inPlace: false, replaces: true, expect: { sent: true } },
  ];
  for (const row of ROWS) it(row.name, () => assert.deepEqual(placementOf(row.shown, row.inPlace, row.replaces), row.expect));
});

describe('the versions of the action cards shown, from a table', () => {
  const ROWS: { name: string; shown?: Record<string, { v: number; digest: string }>; cards?: Record<string, unknown>; digest: string; expect: unknown }[] = [
    { name: 'a first card: version 1', digest: 'd1', cards: {}, expect: { shown: { c1: { v: 1, digest: 'd1' } }, v: 1 } },
    {
      name: 'the same card again: its version',
      shown: { c1: { v: 3, digest: 'd1' } },
      cards: { c1: {} },
      digest: 'd1',
      expect: { shown: { c1: { v: 3, digest: 'd1' } }, v: 3 },
    },
    {
      name: 'something new: the next version',
      shown: { c1: { v: 3, digest: 'd1' } },
      cards: { c1: {} },
      digest: 'd2',
      expect: { shown: { c1: { v: 4, digest: 'd2' } }, v: 4 },
    },
    {
      name: "another card's version stays while its record is kept, and goes with it",
      shown: { c2: { v: 2, digest: 'x' }, gone: { v: 5, digest: 'y' } },
      cards: { c2: {} },
      digest: 'd1',
      expect: { shown: { c2: { v: 2, digest: 'x' }, c1: { v: 1, digest: 'd1' } }, v: 1 },
    },
  ];
  for (const row of ROWS) it(row.name, () => assert.deepEqual(withShownCard(row.shown, row.cards, 'c1', row.digest), row.expect));
});

describe('what a step knows of a click, from a table', () => {
  const start: ActionClick = { step: 'start', kind: 'invitationLink', inputs: {} };
  const confirm: ActionClick = { step: 'confirm', kind: 'startTransfer', cardId: CARD, inputs: {} };
  const scope = { row: 'G1', answers: {} } as never;
  const base = (over: Partial<ClickFacts> = {}): ClickFacts => ({
    user: OWNER,
    now: NOW,
    replayed: false,
    inPlace: true,
    locale: 'en-US',
    newRequestId: REQUEST_ID,
    sets: [{ id: 'm365Support', roles: [{ roleDefinitionId: 'r1' }, { roleDefinitionId: 'r2' }] }],
    newCardId: () => NEW_CARD,
    resumed: false,
    ...over,
  });
  const common = {
    user: OWNER,
    now: NOW,
    replayed: false,
    inPlace: true,
    locale: 'en-US',
    newRequestId: REQUEST_ID,
    roleSets: [{ id: 'm365Support', roleIds: ['r1', 'r2'] }],
  };
  const ROWS: { name: string; click: ActionClick; facts: ClickFacts; expect: unknown }[] = [
    { name: 'a start makes a card and acts on the result', click: start, facts: base({ scope }), expect: { ...common, newCardId: NEW_CARD, scope } },
    { name: 'another click makes no card and reads no result', click: confirm, facts: base({ scope }), expect: { ...common, newCardId: '' } },
    {
      name: 'the clicked copy checked against the version last shown',
      click: confirm,
      facts: base({ shown: { v: 2, digest: 'd' } }),
      expect: { ...common, newCardId: '', lastShown: { v: 2, digest: 'd' } },
    },
    {
      name: 'a click that waited for its sign-in was on the live copy',
      click: confirm,
      facts: base({ shown: { v: 2, digest: 'd' }, resumed: true }),
      expect: { ...common, newCardId: '' },
    },
    {
      name: 'the partner at their bound of open items',
      click: start,
      facts: base({ openLimit: 25 }),
      expect: { ...common, newCardId: NEW_CARD, openLimit: 25 },
    },
  ];
  for (const row of ROWS) it(row.name, () => assert.deepEqual(stepContextOf(row.click, row.facts), row.expect));
  it('no card id is used up by a click that is not a start', () => {
    let made = 0;
    stepContextOf(confirm, base({ newCardId: () => String(++made) }));
    assert.equal(made, 0);
  });
});

describe('who counts as the sender, from a table', () => {
  const ROWS: { name: string; from: unknown; expect: unknown }[] = [
    { name: 'an id and a name', from: { id: '29:a', name: ' Alex ' }, expect: { id: '29:a', name: 'Alex' } },
    { name: 'a blank name', from: { id: '29:a', name: '  ' }, expect: { id: '29:a' } },
    { name: 'a long name, cut at 256', from: { id: '29:a', name: 'n'.repeat(300) }, expect: { id: '29:a', name: 'n'.repeat(256) } },
    { name: 'no id', from: { name: 'Alex' }, expect: undefined },
    { name: 'an empty id', from: { id: '' }, expect: undefined },
    { name: 'an id over 256 characters', from: { id: 'x'.repeat(257) }, expect: undefined },
    { name: 'no sender', from: undefined, expect: undefined },
  ];
  for (const row of ROWS) it(row.name, () => assert.deepEqual(senderOf({ from: row.from } as never), row.expect));
});

describe('what an action applies to, from a table', () => {
  const answers = { cloud: 'global', channel: 'microsoft', service: 'license', partnerType: 'direct', goal: 'support' };
  it('none before a result, none without a store', () => {
    assert.equal(resultScope(undefined, '2026-11'), undefined);
    assert.equal(resultScope({ flow: { phase: 'asking', answers } } as never, '2026-11'), undefined);
  });
  it('a settled result: its row, with the answers it came from', () => {
    const scope = resultScope({ flow: { phase: 'result', answers } } as never, '2026-11');
    assert.equal(scope?.row, 'G1');
    assert.deepEqual(scope?.answers, answers);
  });
});
