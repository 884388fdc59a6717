// The My cases card, pure: names as plain text, ages and deadlines in the user's language and in
// UTC (the same item reads the same on every server), the item card's intro for where the item
// started, and what a click on the card may carry.
import { strict as assert } from 'assert';
import { NewItem, OpenItem, openItem } from '../../src/domain/cases';
import { catalogFor } from '../../src/domain/textCatalog';
import { ageText, caseItemCard, caseListCard, dayText, isMyCasesCommand, readCaseClick } from '../../src/conversation/followUps/caseListCards';
import { CardJson, textsOf } from '../support/chat';

const en = catalogFor('en-US');
// 2026-11-24 23:30 UTC: already the 25th east of UTC, still the 24th in the Americas.
const AT = Date.UTC(2026, 10, 24, 23, 30);
const DAY = 24 * 60 * 60 * 1000;

function gdap(customer: string, at = AT): OpenItem {
  const fields: NewItem = {
    kind: 'gdapApproval',
    objectId: `rel-${customer.length}`,
    customer: { tenantId: '3d8f2a61-4b7c-4e1a-9f0d-2c5b6a7e8f90', name: customer },
    owner: { id: '29:owner' },
    locale: 'en-US',
    cardId: 'card1234abcd',
    conversation: {},
    shared: false,
  };
  return openItem(fields, at, 60_000);
}

describe('My cases cards', () => {
  it('writes ages and deadlines in the language, by UTC days', () => {
    assert.equal(ageText(AT, AT + 3 * DAY, 'en-US'), '3 days ago');
    assert.equal(ageText(AT, AT + DAY, 'en-US'), 'yesterday');
    assert.equal(ageText(AT, AT + 60_000, 'en-US'), 'today');
    assert.equal(ageText(AT, AT - DAY, 'en-US'), 'today', 'a clock behind the item is no future');
    assert.equal(ageText(AT, AT + 3 * DAY, 'ru-RU'), '3 дня назад');
    assert.equal(dayText(AT, 'en-US'), 'November\u00a024,\u00a02026');
    assert.equal(dayText(AT, 'hu-HU'), '2026.\u00a0november\u00a024.');
    assert.equal(dayText(AT, 'zh-CN'), '2026年11月24日');
  });

  it('shows a customer name as plain text, never as markup or a link', () => {
    const { card } = caseListCard({ items: [gdap('**Evil** [click](https://evil.example)')], now: AT }, en, 'en-US');
    const texts = textsOf(card as unknown as CardJson).join('\n');
    assert.ok(!texts.includes('**Evil**'), texts);
    assert.ok(texts.includes('\\*\\*Evil\\*\\* \\[click\\](https:\u2060//evil.\u2060example)'), texts);
  });

  it('says where an opened item started', () => {
    const item = gdap('Contoso');
    const intro = (where: Parameters<typeof caseItemCard>[4]): string => textsOf(caseItemCard(item, AT, en, 'en-US', where).card as unknown as CardJson)[1]!;
    assert.equal(intro({ elsewhere: false }), en.myCases.cardGone);
    assert.equal(intro({ elsewhere: true }), en.myCases.otherChat);
    assert.equal(
      intro({ elsewhere: true, conversation: 'Sales *team*' }),
      'This case started in Sales \\*team\\*: its card is there. This is where it stands.',
    );
  });

  it('issue 63: offers Cancel request on a transfer request still waiting, and nowhere else (nor on the side panel)', () => {
    const transfer = (status: OpenItem['status']): OpenItem => ({ ...gdap('Northwind'), kind: 'transfer', id: 'transfer:tr-1', objectId: 'tr-1', status });
    const buttons = (item: OpenItem, open?: false): { title: string; data: Record<string, unknown> }[] =>
      JSON.parse(JSON.stringify(caseListCard({ items: [item], now: AT, ...(open === false ? { open } : {}) }, en, 'en-US').card))
        .body.flatMap((b: { items?: { type: string; actions?: unknown[] }[] }) => b.items ?? [])
        .flatMap((e: { type: string; actions?: unknown[] }) => (e.type === 'ActionSet' ? e.actions : []));
    assert.deepEqual(
      buttons(transfer('waiting')).map((b) => [b.title, b.data.step]),
      [
        [en.myCases.open, undefined],
        [en.actions.buttons.cancelTransfer, 'cancelTransfer'],
      ],
    );
    assert.deepEqual(buttons(transfer('waiting'))[1]!.data, { action: 'myCases', item: 'transfer:tr-1', step: 'cancelTransfer' }, 'the item and the step only');
    for (const status of ['completed', 'expired', 'cancelled'] as const) assert.equal(buttons(transfer(status)).length, 1, status);
    assert.equal(buttons(gdap('Contoso')).length, 1, 'a GDAP request has Open only');
    assert.equal(buttons(transfer('waiting'), false).length, 0, 'the side panel has no buttons');
  });

  it('reads a click as an item id only, or the list; anything else is no click', () => {
    assert.deepEqual(readCaseClick({ action: 'myCases' }), { list: true });
    assert.deepEqual(readCaseClick({ action: 'myCases', item: 'transfer:abc-123', owner: '29:someone' }), { open: 'transfer:abc-123' });
    assert.deepEqual(readCaseClick({ action: 'myCases', item: 'transfer:abc-123', step: 'cancelTransfer' }), { cancel: 'transfer:abc-123' });
    assert.deepEqual(readCaseClick({ action: 'myCases', item: 'transfer:abc-123', step: 'deleteAll' }), { open: 'transfer:abc-123' });
    assert.equal(readCaseClick({ action: 'myCases', item: 'other:abc' }), undefined);
    assert.equal(readCaseClick({ action: 'myCases', item: 'transfer:a b' }), undefined);
    assert.equal(readCaseClick({ action: 'partnerCenter', item: 'transfer:abc' }), undefined);
  });

  it('knows the command in every language, alone and with closing punctuation', () => {
    const all = ['en-US', 'ru-RU', 'zh-CN', 'pt-BR', 'hu-HU'].map((l) => catalogFor(l as 'en-US'));
    for (const typed of ['my cases', 'My Cases.', 'мои запросы', '我的请求！', 'Meus casos', 'saját ügyeim?']) assert.ok(isMyCasesCommand(typed, all), typed);
    for (const typed of ['', 'my cases are many', 'case', 'help']) assert.ok(!isMyCasesCommand(typed, all), typed);
  });
});
