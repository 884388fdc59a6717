// What the partner reads of an action in Partner Center: how it failed, the names of actions and
// role sets, the messages for the customer, from the catalog (texts actions.*). Pure: the calls are the shell's
// (src/hosting/microsoftApis).
import type { ActionFailure, ActionKind, RoleSetId } from '../../domain/actions';
import { Catalog, catalogFor, format } from '../../domain/textCatalog';
import type { LocaleTag } from '../../domain/locales';

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

/** A customer-facing message in the language the partner picked, with the link in it. */
export function customerMessage(kind: 'invitation' | 'approval', locale: LocaleTag, url: string): string {
  return format(catalogFor(locale).actions.customerMessages[kind], { url });
}

/** A GDAP relationship's status in the partner's language (Graph's delegatedAdminRelationshipStatus); an unknown one as Graph says it. */
export function gdapStatusText(c: Catalog, status: string): string {
  return Object.hasOwn(c.actions.gdapStatuses, status) ? (c.actions.gdapStatuses as Record<string, string>)[status]! : status;
}

/** The example of a customer's domain the cards show: a name, the same in every language. */
export const EXAMPLE_DOMAIN = 'contoso.onmicrosoft.com';

/** A text that shows the example domain. */
export const withExample = (text: string): string => format(text, { example: EXAMPLE_DOMAIN });

/** What is wrong with the current partner's tenant ID, naming its field: the form's other fields are text too. */
export const tenantProblem = (c: Catalog): string => format(c.actions.problems.tenantFormat, { field: c.actions.fields.currentPartner });
