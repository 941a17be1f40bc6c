import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { isVisible } from '../../server/scope.js';
import { codeInReach, mayEdit, sees, unitIdsOf, type MetaAccess } from './metadata.owner.js';
import { ownersByCode } from './metadata.repository.js';

/**
 * Whose a DHIS2 mapping is: an item mapping follows the item it maps (a category option its
 * category, an option combination its combination); an org-unit mapping belongs to the unit itself.
 */
export interface MappingOwner {
  /** The mapped item exists. */
  found: boolean;
  /** Owner of the mapped item (null = national); null for org units. */
  ownerId: number | null;
  /** For org-unit mappings: the ids of the units carrying the code; null otherwise. */
  unitIds: number[] | null;
}

const TABLE = { data_element: 'data_element', data_set: 'data_set', category_option: 'category', category_option_combo: 'category_combo' } as const;

/** Owners of many mappings at once, keyed `kind|code`. */
export async function mappingOwners(db: Kysely<DB>, keys: { kind: string; code: string }[]): Promise<Map<string, MappingOwner>> {
  const out = new Map<string, MappingOwner>();
  const units = await unitIdsOf(db, [...new Set(keys.filter((k) => k.kind === 'org_unit').map((k) => k.code))]);
  const owners = new Map<string, number | null>();
  for (const [kind, table] of Object.entries(TABLE)) {
    const codes = [...new Set(keys.filter((k) => k.kind === kind).map((k) => k.code.split('.')[0]))];
    if (!codes.length) continue;
    const rows = await ownersByCode(db, table, codes);
    for (const r of rows) owners.set(`${kind}|${r.code}`, r.owner_unit_id);
  }
  for (const { kind, code } of keys) {
    if (kind === 'org_unit') {
      const ids = units.get(code) ?? [];
      out.set(`${kind}|${code}`, { found: ids.length > 0, ownerId: null, unitIds: ids });
      continue;
    }
    const key = `${kind}|${code.split('.')[0]}`;
    out.set(`${kind}|${code}`, { found: owners.has(key), ownerId: owners.get(key) ?? null, unitIds: null });
  }
  return out;
}

/** The caller sees a mapping of an item they see, or of a unit in their area or above it. */
export function mappingSeen(a: MetaAccess, m: MappingOwner): boolean {
  if (m.unitIds) return a.scope.all || m.unitIds.some((id) => isVisible(a.scope, id));
  return m.found && sees(a, m.ownerId);
}

/** The caller may change a mapping of an item they may change, or of a unit in their area. */
export function mappingEditable(a: MetaAccess, m: MappingOwner): boolean {
  if (m.unitIds) return a.manage && codeInReach(a, m.unitIds);
  return mayEdit(a, m.ownerId);
}
