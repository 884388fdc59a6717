// What the partner reads of an action in Partner Center: how it failed, and the names of actions
// and role sets, from the catalog (texts actions.*). Pure: the calls are the shell's
// (src/hosting/microsoftApis).
import type { ActionFailure, ActionKind, RoleSetId } from '../domain/actions';
import { Catalog, format } from '../domain/textCatalog';

/** The Graph permission a GDAP request needs: an identifier, the same in every language. */
export const GDAP_GRAPH_PERMISSION = 'DelegatedAdminRelationship.ReadWrite.All';

/** The text for a failed action, every placeholder filled. */
export function failureText(catalog: Catalog, failure: ActionFailure): string {
  const texts = catalog.actions.failures;
  switch (failure.kind) {
    case 'forbidden': {
      const role =
        failure.missing === 'adminAgent'
          ? catalog.actions.roles.adminAgent
          : format(catalog.actions.roles.graphPermission, { permission: GDAP_GRAPH_PERMISSION });
      return format(texts.forbidden, { role });
    }
    case 'throttled':
      return format(texts.throttled, { seconds: failure.retryAfterSeconds });
    default:
      return texts[failure.kind];
  }
}

/** The action's name, for a button or a heading. */
export function actionName(catalog: Catalog, kind: ActionKind): string {
  return catalog.actions.names[kind];
}

/** A role set's shown name. */
export function roleSetName(catalog: Catalog, id: RoleSetId): string {
  return catalog.actions.roleSets[id];
}
