// What an action card is drawn with (conversation/actions/actionViews.ts: viewContextOf) and how
// many cards a conversation keeps (actionRecords.ts: CARDS_KEPT), from tables.
import { strict as assert } from 'assert';
import { catalogFor } from '../../../src/domain/textCatalog';
import { viewContextOf } from '../../../src/conversation/actions/actionViews';
import { ActionRecord, CARDS_KEPT, keepRecord } from '../../../src/conversation/actions/actionRecords';

const MICROSOFT_SETS = ['m365Support', 'azureManagement'];

describe('Action cards: what a step is drawn with', () => {
  it("offers Microsoft's role sets in the turn's language, and the templates that may assign on approval only where the deployment asks", () => {
    const rows: [string, boolean, string[] | undefined][] = [
      ['no ASSIGN_ON_APPROVAL: nothing assigns by itself', false, undefined],
      // Only a template naming its group by object id may assign by itself (helpdeskLeads names a group by name).
      ['ASSIGN_ON_APPROVAL: the templates naming a group by id', true, ['helpdeskAgents']],
    ];
    for (const [name, assign, templates] of rows) {
      const c = catalogFor('hu-HU');
      const view = viewContextOf(c, 'hu-HU', undefined, assign);
      assert.equal(view.c, c, name);
      assert.equal(view.locale, 'hu-HU', name);
      assert.deepEqual(
        view.sets.map((s) => s.id),
        MICROSOFT_SETS,
        name,
      );
      assert.deepEqual(
        view.onApproval?.map((t) => t.id),
        templates,
        name,
      );
      assert.equal('onApproval' in view, assign, name);
    }
    assert.notEqual(viewContextOf(catalogFor('en-US'), 'en-US', undefined).sets[0]?.name, viewContextOf(catalogFor('ru-RU'), 'ru-RU', undefined).sets[0]?.name);
  });

  it('keeps the 20 newest cards of a conversation unless told otherwise, the oldest forgotten first', () => {
    assert.equal(CARDS_KEPT, 20);
    const rows: [number, number | undefined, number, string][] = [
      [20, undefined, 20, 'card00'],
      [21, undefined, 20, 'card01'],
      [25, undefined, 20, 'card05'],
      [25, 3, 3, 'card22'],
    ];
    for (const [made, kept, left, oldest] of rows) {
      let cards: Record<string, unknown> = {};
      for (let i = 0; i < made; i++) {
        const record = { at: i } as unknown as ActionRecord;
        cards =
          kept === undefined
            ? keepRecord(cards, `card${String(i).padStart(2, '0')}`, record)
            : keepRecord(cards, `card${String(i).padStart(2, '0')}`, record, kept);
      }
      assert.equal(Object.keys(cards).length, left, `${made} made`);
      assert.equal(Object.keys(cards).sort()[0], oldest, `${made} made`);
    }
  });
});
