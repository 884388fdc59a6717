// Optimistic concurrency of the bot's state (src/conversation/channel/stateVersions.ts) from tables
// written by hand: the version a read carries, when a held state serves a load, what a save writes,
// when a write whose answer was lost landed, what undo puts back, and how a plain storage's write is
// told (the mechanism: reliability/, hosting/optimisticState tests).
import { strict as assert } from 'assert';
import {
  StateContent,
  WritePlan,
  WriteResult,
  failedPlainWrite,
  heldServes,
  landedETag,
  plainWriteResult,
  readRecord,
  restoreContent,
  versionOf,
  writePlan,
} from '../../src/conversation/channel/stateVersions';

describe('State versions', () => {
  it('takes a state without an eTag, or with the wildcard, as absent', () => {
    const rows: [unknown, string | undefined][] = [
      ['"1"', '"1"'],
      ['*', undefined],
      [undefined, undefined],
      [7, undefined],
      ['', ''],
    ];
    for (const [eTag, version] of rows) assert.equal(versionOf(eTag), version, String(eTag));
    assert.deepEqual(readRecord({ a: 1, eTag: 'e1' }, '{"a":1}', 2), { eTag: 'e1', stored: '{"a":1}', attempt: 2, snapshot: '{"a":1}' });
    assert.deepEqual(readRecord({ eTag: '*' }, '{}', 0), { stored: '{}', attempt: 0, snapshot: '{}' });
  });

  it('serves a load from the held state only in the attempt that read it, or when set before any read, and never when forced', () => {
    const rows: [string, boolean, number | undefined, number, boolean][] = [
      ['read in this attempt', false, 1, 1, true],
      ['set before any read', false, undefined, 3, true],
      ['read in an earlier attempt (a lost race)', false, 0, 1, false],
      ['forced', true, 1, 1, false],
      ['forced, never read', true, undefined, 0, false],
    ];
    for (const [what, force, readAttempt, attempt, serves] of rows) assert.equal(heldServes(force, readAttempt, attempt), serves, what);
  });

  it('writes nothing unchanged, over the version read, create-only when absent, unconditionally only when forced without a read', () => {
    const rows: [string, { eTag?: string; stored: string } | undefined, string | undefined, boolean, WritePlan][] = [
      ['unchanged', { eTag: 'e1', stored: '{"a":1}' }, '{"a":1}', false, { kind: 'none' }],
      ['changed', { eTag: 'e1', stored: '{"a":1}' }, '{"a":2}', false, { kind: 'conditional', condition: { ifMatch: 'e1' } }],
      ['unchanged but forced', { eTag: 'e1', stored: '{"a":1}' }, '{"a":1}', true, { kind: 'conditional', condition: { ifMatch: 'e1' } }],
      ['absent when read', { stored: '{}' }, '{"a":1}', false, { kind: 'conditional', condition: { createOnly: true } }],
      ['absent, unchanged, forced', { stored: '{}' }, '{}', true, { kind: 'conditional', condition: { createOnly: true } }],
      ['nothing read', undefined, undefined, false, { kind: 'none' }],
      ['nothing read, forced', undefined, undefined, true, { kind: 'unconditional' }],
    ];
    for (const [what, read, content, force, plan] of rows) assert.deepEqual(writePlan(read, content, force), plan, what);
  });

  it('finds a write whose answer was lost landed only when what is stored is what was written, under a real version', () => {
    const rows: [string, { json: string; eTag: string } | undefined, string | undefined][] = [
      ['stored as written', { json: '{"a":2}', eTag: 'e2' }, 'e2'],
      ['another content stored', { json: '{"a":3}', eTag: 'e3' }, undefined],
      ['nothing stored', undefined, undefined],
      ['stored without a version', { json: '{"a":2}', eTag: '*' }, undefined],
    ];
    for (const [what, stored, eTag] of rows) assert.equal(landedETag(stored, '{"a":2}'), eTag, what);
  });

  it("puts the content read back on undo, keeping the state's own eTag", () => {
    const state: StateContent = { a: 2, added: true, eTag: 'e2' };
    restoreContent(state, { a: 1, kept: 'x', eTag: 'e1' });
    assert.deepEqual(state, { a: 1, kept: 'x', eTag: 'e2' });
  });

  it("tells a plain storage's write by what is stored afterwards, never by the error", () => {
    const written = { json: '{"a":2}', eTag: 'e2' };
    const other = { json: '{"a":9}', eTag: 'e9' };
    assert.deepEqual(plainWriteResult(written, '{"a":2}'), { eTag: 'e2' });
    assert.deepEqual(plainWriteResult(other, '{"a":2}'), { conflict: true });
    assert.deepEqual(plainWriteResult(undefined, '{"a":2}'), { conflict: true });
    const rows: [string, unknown, { json: string; eTag: string } | undefined, string | undefined, WriteResult | 'failed'][] = [
      ['a failed precondition', 412, undefined, 'e1', { conflict: true }],
      ['written after all', 500, written, 'e1', { eTag: 'e2' }],
      ['another version stored', 500, other, 'e1', { conflict: true }],
      ['the version read still stored', 500, { json: '{"a":1}', eTag: 'e1' }, 'e1', 'failed'],
      ['nothing stored, create-only', undefined, undefined, undefined, 'failed'],
      ['something stored, create-only', undefined, other, undefined, { conflict: true }],
    ];
    for (const [what, status, stored, ifMatch, result] of rows) assert.deepEqual(failedPlainWrite(status, stored, '{"a":2}', ifMatch), result, what);
  });
});
