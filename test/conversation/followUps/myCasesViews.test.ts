// What My cases shows, from tables: an item opened in the conversation and channel it started in
// is "here"; anywhere else its card says where it started, by the conversation's name when the
// channel gave one; a shared chat gets the list privately only where a card can be shown to one
// person; and only a bounded, non-empty user id is an asker.
import { strict as assert } from 'assert';
import {
  askerName,
  CaseClickDecision,
  CaseClickFacts,
  cancelFromItem,
  decideCaseClick,
  caseClickLine,
  Here,
  isAskerId,
  listsPrivately,
  recordHere,
  startedHere,
  whereOf,
} from '../../../src/conversation/followUps/myCasesViews';
import type { CaseClick } from '../../../src/conversation/followUps/caseListCards';
import { openItem, OpenItem } from '../../../src/domain/cases';
import { catalogFor } from '../../../src/domain/textCatalog';
import type { ActionRecord } from '../../../src/conversation/actions/actionRecords';

const started = (conversation: Record<string, unknown>, channelId = 'msteams'): { conversation: Record<string, unknown> } => ({
  conversation: { channelId, conversation },
});
const HERE: Here = { conversationId: 'conv-1', channelId: 'msteams' };

describe('My cases views', () => {
  const rows: [string, { conversation: Record<string, unknown> }, Here, ReturnType<typeof whereOf>][] = [
    ['opened where it started', started({ id: 'conv-1', name: 'Contoso deals' }), HERE, { elsewhere: false }],
    ['another conversation, named', started({ id: 'conv-2', name: '  Contoso deals  ' }), HERE, { elsewhere: true, conversation: 'Contoso deals' }],
    ['another conversation, unnamed', started({ id: 'conv-2' }), HERE, { elsewhere: true }],
    ['another conversation, a blank name', started({ id: 'conv-2', name: '   ' }), HERE, { elsewhere: true }],
    ['the same id on another channel', started({ id: 'conv-1', name: 'Web' }, 'webchat'), HERE, { elsewhere: true, conversation: 'Web' }],
    ['no conversation kept', { conversation: { channelId: 'msteams' } }, HERE, { elsewhere: true }],
    ['a click that names no conversation', started({ id: 'conv-1' }), { conversationId: undefined, channelId: 'msteams' }, { elsewhere: true }],
  ];
  for (const [name, item, here, where] of rows) {
    it(name, () => {
      assert.deepEqual(whereOf(item, here), where);
      assert.equal(startedHere(item, here), !where.elsewhere);
    });
  }

  it('keeps at most 128 characters of a conversation name', () => {
    const where = whereOf(started({ id: 'conv-2', name: 'n'.repeat(300) }), HERE);
    assert.equal(where.elsewhere && where.conversation?.length, 128);
  });

  it('lists privately only in a shared chat whose channel shows a card to one person', () => {
    assert.equal(listsPrivately(true, true), true);
    assert.equal(listsPrivately(true, false), false);
    assert.equal(listsPrivately(false, true), false);
  });

  it('takes only a bounded, non-empty user id as an asker, and a blank name as none', () => {
    const rows: [unknown, boolean][] = [
      ['29:alex', true],
      ['x'.repeat(256), true],
      ['x'.repeat(257), false],
      ['', false],
      [undefined, false],
      [42, false],
    ];
    for (const [id, asker] of rows) assert.equal(isAskerId(id), asker, String(id));
    assert.equal(askerName('  Alex Wilber '), 'Alex Wilber');
    assert.equal(askerName('  '), undefined);
    assert.equal(askerName(undefined), undefined);
  });

  describe("issue 63: My cases' Cancel request opens the transfer's cancel confirmation from the item, for a waiting transfer only", () => {
    const item = (fields: Partial<OpenItem>): OpenItem => ({
      ...openItem(
        {
          kind: 'transfer',
          objectId: 'tr-1',
          customer: { tenantId: 'tid-1', name: 'Northwind Traders', domain: 'northwind.onmicrosoft.com' },
          owner: { id: '29:owner' },
          locale: 'en-US',
          cardId: 'card-9',
          conversation: {},
          shared: false,
        },
        0,
        1,
      ),
      ...fields,
    });
    const customer = { companyName: 'Northwind Traders', tenantId: 'tid-1', domain: 'northwind.onmicrosoft.com' };
    const rows: [string, OpenItem, ReturnType<typeof cancelFromItem>][] = [
      ['a waiting licence transfer', item({}), { kind: 'cancelTransfer', customer, transferId: 'tr-1', status: 'Active', fromCardId: 'card-9', row: 'G6' }],
      [
        'a waiting Azure-plan transfer keeps its row',
        item({ transferProducts: 'azurePlan' }),
        { kind: 'cancelTransfer', customer, transferId: 'tr-1', status: 'Active', fromCardId: 'card-9', row: 'G4' },
      ],
      ['a completed transfer', item({ status: 'completed' }), undefined],
      ['a cancelled transfer', item({ status: 'cancelled' }), undefined],
      ['a GDAP request (a crafted click)', item({ kind: 'gdapApproval', id: 'gdapApproval:tr-1' }), undefined],
    ];
    for (const [name, it0, expected] of rows) it(name, () => assert.deepEqual(cancelFromItem(it0), expected));
  });

  it('decides a click on My cases from what the server read, never from what the click says', () => {
    const transfer = openItem(
      {
        kind: 'transfer',
        objectId: 'tr-1',
        customer: { tenantId: 'c', name: 'Contoso' },
        owner: { id: '29:alex' },
        locale: 'en-US',
        cardId: 'card-1',
        conversation: { channelId: 'msteams' },
        shared: false,
      },
      Date.UTC(2026, 10, 20),
      1000,
    );
    const mine = ['user:msteams:29:alex'];
    const facts = (over: Partial<CaseClickFacts> = {}): CaseClickFacts => ({
      invoke: true,
      replayed: false,
      askerKeys: mine,
      item: transfer,
      canOpenCards: true,
      ...over,
    });
    const rows: [string, CaseClick | undefined, CaseClickFacts, CaseClickDecision | 'cancel'][] = [
      ['an unreadable click', undefined, facts(), { line: 'stale' }],
      ['the list, refreshed in place', { list: true, inPlace: true }, facts(), { list: 'inPlace' }],
      ['the list, in place asked outside an invoke', { list: true, inPlace: true }, facts({ invoke: false }), { list: 'send' }],
      ['the list', { list: true }, facts({ askerKeys: undefined }), { list: 'send' }],
      ['an item, mine', { open: transfer.id }, facts(), { open: transfer }],
      ['an item gone', { open: transfer.id }, facts({ item: undefined }), { line: 'stale' }],
      ['no usable sender', { open: transfer.id }, facts({ askerKeys: undefined }), { line: 'stale' }],
      ["someone else's item", { open: transfer.id }, facts({ askerKeys: ['user:msteams:29:dana'] }), { line: 'notYours' }],
      ["cancel someone else's", { cancel: transfer.id }, facts({ askerKeys: ['user:webchat:29:alex'] }), { line: 'notYours' }],
      ['cancel a waiting transfer', { cancel: transfer.id }, facts(), 'cancel'],
      ['cancel, sent again by Teams', { cancel: transfer.id }, facts({ replayed: true }), { line: 'opened' }],
      ['cancel a completed transfer', { cancel: transfer.id }, facts({ item: { ...transfer, status: 'completed' } }), { line: 'stale' }],
      ['cancel where no card opens', { cancel: transfer.id }, facts({ canOpenCards: false }), { line: 'stale' }],
    ];
    for (const [what, click, f, expected] of rows) {
      const decision = decideCaseClick(click, f);
      if (expected === 'cancel') assert.deepEqual(decision, { cancel: cancelFromItem(transfer) }, what);
      else assert.deepEqual(decision, expected, what);
    }
  });

  it("words a click's line in the asker's language, naming the command that lists the cases again", () => {
    for (const locale of ['en-US', 'hu-HU'] as const) {
      const c = catalogFor(locale);
      const command = c.myCases.command.phrases[0]!;
      assert.equal(caseClickLine('opened', c), c.actions.steps.opened, locale);
      for (const line of ['stale', 'notYours'] as const) {
        const text = caseClickLine(line, c);
        assert.ok(text.includes(command), `${locale} ${line}: ${text}`);
        assert.ok(!text.includes('{command}'), `${locale} ${line}`);
      }
      assert.notEqual(caseClickLine('stale', c), caseClickLine('notYours', c), locale);
    }
  });

  it("shows the item's own action card only where it started, and only its owner's record", () => {
    const item = {
      ...openItem(
        {
          kind: 'transfer',
          objectId: 't',
          customer: { tenantId: 'c', name: 'Northwind' },
          owner: { id: '29:owner' },
          locale: 'en-US',
          cardId: 'k',
          conversation: {},
          shared: false,
        },
        0,
        1,
      ),
      ...started({ id: 'conv-1' }),
    };
    const record = (owner: string): ActionRecord =>
      ({ owner: { id: owner }, row: 'G6', at: 0, kind: 'startTransfer', stage: 'form' }) as unknown as ActionRecord;
    const rows: [string, Here, ActionRecord | undefined, boolean][] = [
      ['here, its owner’s', HERE, record('29:owner'), true],
      ['here, someone else’s record', HERE, record('29:other'), false],
      ['here, no record kept', HERE, undefined, false],
      ['elsewhere', { conversationId: 'conv-2', channelId: 'msteams' }, record('29:owner'), false],
    ];
    for (const [name, here, kept, shown] of rows) assert.equal(recordHere(item, here, kept), shown ? kept : undefined, name);
  });
});
