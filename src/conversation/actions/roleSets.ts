// The GDAP role sets a card offers, in the partner's language: Microsoft's least-privileged sets
// (content/actions/roleSets.json, named from the catalog), then the partner's own from its overlay.
// Pure.
import { ROLE_SETS, type RoleSetId } from '../../domain/actions';
import { format, type Catalog } from '../../domain/textCatalog';
import type { DeploymentContent } from '../../domain/deploymentContent';
import type { LocaleTag } from '../../domain/locales';
import type { RoleChoice, RoleSetChoice } from './actionCards';

/** A role set as a card offers it: Microsoft's least-privileged sets, then the partner's own. */
export interface OfferedRoleSet {
  id: string;
  name: string;
  roles: readonly { name: string; roleDefinitionId: string; privileged?: boolean }[];
}

/**
 * The role sets in the partner's language: Microsoft's (content/actions/roleSets.json, named from
 * the catalog), then the partner's own from its overlay in that language (ids kept apart by a prefix).
 */
export function offeredRoleSets(c: Catalog, locale: LocaleTag, content: DeploymentContent | undefined): OfferedRoleSet[] {
  const names = c.actions.roleNames as Record<string, string>;
  const shipped = ROLE_SETS.map((s) => ({
    id: s.id,
    name: c.actions.roleSets[s.id as RoleSetId] ?? s.id,
    roles: s.roles.map((r) => {
      const name = names[r.roleDefinitionId] ?? r.name;
      // Entra's privileged roles say so where the partner picks them (errata A7).
      return { roleDefinitionId: r.roleDefinitionId, name: 'privileged' in r && r.privileged ? format(c.actions.privilegedRole, { role: name }) : name };
    }),
  }));
  const partner = (content?.overlay?.languages[locale]?.roleSets ?? []).map((s) => ({ id: `partner-${s.id}`, name: s.name, roles: s.roles }));
  return [...shipped, ...partner];
}

export function roleSetChoices(sets: readonly OfferedRoleSet[]): RoleSetChoice[] {
  return sets.map((s) => ({ id: s.id, name: s.name, roleIds: s.roles.map((r) => r.roleDefinitionId) }));
}

export function roleSetRoles(sets: readonly OfferedRoleSet[], id: string | undefined): string[] {
  return [...(sets.find((s) => s.id === id)?.roles.map((r) => r.roleDefinitionId) ?? [])];
}

/** Every role of every set, once, to choose from on the confirmation. */
export function allRoles(sets: readonly OfferedRoleSet[]): RoleChoice[] {
  const seen = new Map<string, RoleChoice>();
  for (const set of sets) for (const r of set.roles) if (!seen.has(r.roleDefinitionId)) seen.set(r.roleDefinitionId, { id: r.roleDefinitionId, name: r.name });
  return [...seen.values()];
}
