// How the state's writes are conditioned on Azure Blob Storage, and what its answers mean: a
// conditional write is If-Match on the version read, or If-None-Match: * for create-only (so two
// instances creating the same state cannot both win); botbuilder's batch write is If-Match only on a
// real eTag ("*" or none writes unconditionally, as botbuilder's storages do); a 412 (If-Match
// failed) or a 409 on a create-only write (the blob is already there) is a lost race, anything else
// the storage's failure. The shell (hosting/state/blobStorage.ts) makes the requests.

/** The access conditions of an upload, as the Blob service takes them. */
export interface BlobConditions {
  ifMatch?: string;
  ifNoneMatch?: string;
}

/** A conditional write's access conditions: over the version read, or create-only. */
export function uploadConditions(condition: { ifMatch: string } | { createOnly: true }): BlobConditions {
  return 'createOnly' in condition ? { ifNoneMatch: '*' } : { ifMatch: condition.ifMatch };
}

/** A batch item's access conditions, from the eTag it carries. */
export function batchConditions(eTag: unknown): BlobConditions {
  return typeof eTag === 'string' && eTag !== '' && eTag !== '*' ? { ifMatch: eTag } : {};
}

/** Whether a failed upload lost a race (its condition failed) rather than failed. */
export function conditionFailed(status: number | undefined, conditions: BlobConditions): boolean {
  return status === 412 || (status === 409 && conditions.ifNoneMatch === '*');
}
