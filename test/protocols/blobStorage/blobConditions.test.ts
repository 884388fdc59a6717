// How the state's writes are conditioned on Azure Blob Storage and what a failed upload means
// (protocols/blobStorage/blobConditions.ts), from tables written by hand (the mechanism, on
// Azurite: reliability/blobStorage.test.ts).
import { strict as assert } from 'assert';
import { BlobConditions, batchConditions, conditionFailed, uploadConditions } from '../../../src/protocols/blobStorage/blobConditions';

describe('Blob conditions', () => {
  it('writes over the version read with If-Match, create-only with If-None-Match: *', () => {
    assert.deepEqual(uploadConditions({ ifMatch: '"0x1"' }), { ifMatch: '"0x1"' });
    assert.deepEqual(uploadConditions({ createOnly: true }), { ifNoneMatch: '*' });
  });

  it("conditions a batch item only on a real eTag, as botbuilder's storages do", () => {
    const rows: [unknown, BlobConditions][] = [
      ['"0x1"', { ifMatch: '"0x1"' }],
      ['*', {}],
      ['', {}],
      [undefined, {}],
      [42, {}],
    ];
    for (const [eTag, conditions] of rows) assert.deepEqual(batchConditions(eTag), conditions, String(eTag));
  });

  it('takes a 412, or a 409 on a create-only write, as a lost race; anything else as a failure', () => {
    const rows: [string, number | undefined, BlobConditions, boolean][] = [
      ['If-Match failed', 412, { ifMatch: 'e' }, true],
      ['a 412 on a create-only write', 412, { ifNoneMatch: '*' }, true],
      ['the blob already there on create-only', 409, { ifNoneMatch: '*' }, true],
      ['a 409 on an If-Match write (the container, a lease)', 409, { ifMatch: 'e' }, false],
      ['a 409 unconditioned', 409, {}, false],
      ['a server error', 500, { ifMatch: 'e' }, false],
      ['no status (the network)', undefined, { ifNoneMatch: '*' }, false],
    ];
    for (const [what, status, conditions, lost] of rows) assert.equal(conditionFailed(status, conditions), lost, what);
  });
});
