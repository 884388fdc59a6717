// How a result is measured against its channel's budget and named when over
// (protocols/channelLimits/cardBudgets.ts), from tables written by hand.
import { strict as assert } from 'assert';
import { byShareOfBudget, MeasuredCard, messageBytes, overBudgetProblems } from '../../../src/protocols/channelLimits/cardBudgets';

const card = (row: string, locale: string, channel: string, bytes: number, maxBytes: number): MeasuredCard => ({ row, locale, channel, bytes, maxBytes });

describe("Card budgets: a result against its channel's limit", () => {
  it("counts the connector's envelope on top of the message's JSON", () => {
    assert.equal(messageBytes(0), 1024);
    assert.equal(messageBytes(27 * 1024), 28 * 1024);
  });

  it('puts the largest share of its budget first, whatever the channel', () => {
    const rows = [
      card('R1', 'en-US', 'Web Chat', 200 * 1024, 256 * 1024),
      card('R2', 'en-US', 'Teams', 25 * 1024, 28 * 1024),
      card('R3', 'en-US', 'Teams', 1024, 28 * 1024),
    ];
    assert.deepEqual(
      [...rows].sort(byShareOfBudget).map((m) => m.row),
      ['R2', 'R1', 'R3'],
    );
  });

  it("names a row over its budget by the overlay's file for its language, or the one file's languages entry; a row at its budget is fine", () => {
    const measured = [
      card('R7', 'hu-HU', 'Teams', 30 * 1024 + 512, 28 * 1024),
      card('R7', 'hu-HU', 'Web Chat', 30 * 1024 + 512, 256 * 1024),
      card('R2', 'en-US', 'Teams', 28 * 1024, 28 * 1024),
    ];
    const line = "row R7 in hu-HU: the result message on Teams would be 30.5 KB, over the 28 KB it takes; shorten this row's additions or the contact line";
    assert.deepEqual(overBudgetProblems(measured, 'overlay', true), [{ file: 'hu-HU.json', path: 'rows.R7', message: line }]);
    assert.deepEqual(overBudgetProblems(measured, 'partner.json', false), [{ file: 'partner.json', path: 'languages.hu-HU.rows.R7', message: line }]);
  });
});
