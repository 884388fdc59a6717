// The stand-in's updates of what it keeps, as Microsoft's pages describe them. A transfer request
// is cancelled ("Update a transfer request for new commerce": PATCH with the transfer and
// `"status": "Cancel"`) only while it is pending ("A transfer can only be canceled if it's in the
// pending state"); the stand-in, with one partner, cannot tell another partner's cancel from its
// own ("Only the target partner that created the transfer can cancel it"). A GDAP relationship's
// automatic extension is updated ("Update delegatedAdminRelationship") over its ETag in If-Match
// (required; 412 when stale), only while created or active, to P180D or none, and never while it
// includes Global Administrator. Error codes are illustrative: the client goes by the HTTP status.
import { randomUUID } from 'node:crypto';

type Json = Record<string, unknown>;

const GLOBAL_ADMINISTRATOR = '62e90394-69f5-4237-9190-012177145e10';

/** A relationship's new version, as Graph's `@odata.etag` looks. */
export const relationshipEtag = (): string => `W/"${Buffer.from(randomUUID()).toString('base64url').slice(0, 24)}"`;

/** PATCH …/transfers/{id}: "Cancel" a pending transfer (TransferEntity "Active"); the answer is the transfer, now "Canceled". */
export function cancelTransfer(found: Json | undefined, body: unknown): [number, unknown] {
  if (!found) return [404, { code: 600001, description: 'Not found.', errorName: 'NotFound' }];
  const asked = (body ?? {}) as Json;
  if (asked.status !== 'Cancel') return [400, { code: 800001, description: 'Only a cancel ("status": "Cancel") is supported here.' }];
  if (found.status !== 'Active') return [400, { code: 800002, description: "A transfer can only be canceled if it's in the pending state." }];
  found.status = 'Canceled';
  return [200, found];
}

/** PATCH …/delegatedAdminRelationships/{id}: autoExtendDuration over the ETag read. */
export function updateRelationship(found: Json | undefined, body: unknown, ifMatch: string | undefined): [number, unknown] {
  if (!found) return [404, { error: { code: 'NotFound', message: 'Not found.' } }];
  if (!ifMatch) return [400, { error: { code: 'BadRequest', message: 'If-Match is required.' } }];
  if (ifMatch !== found['@odata.etag']) return [412, { error: { code: 'PreconditionFailed', message: 'The ETag does not match.' } }];
  const asked = (body ?? {}) as Json;
  const extend = asked.autoExtendDuration;
  if (Object.keys(asked).some((k) => k !== 'autoExtendDuration') || !['P180D', 'PT0S', 'P0D'].includes(String(extend)))
    return [400, { error: { code: 'BadRequest', message: 'Only autoExtendDuration (P180D, PT0S or P0D) can be updated here.' } }];
  if (found.status !== 'created' && found.status !== 'active')
    return [400, { error: { code: 'BadRequest', message: 'autoExtendDuration can be updated only while the relationship is created or active.' } }];
  const roles = ((found.accessDetails as Json | undefined)?.unifiedRoles ?? []) as { roleDefinitionId?: string }[];
  if (extend === 'P180D' && roles.some((r) => r.roleDefinitionId === GLOBAL_ADMINISTRATOR))
    return [400, { error: { code: 'BadRequest', message: 'Auto-extend is not available for a relationship that includes Global Administrator.' } }];
  found.autoExtendDuration = extend;
  found['@odata.etag'] = relationshipEtag();
  found.lastModifiedDateTime = new Date().toISOString();
  return [200, found];
}
