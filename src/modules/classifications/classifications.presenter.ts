import type { EntryRow, ListRow } from './classifications.repository.js';

/** A classification list as the API shows it. */
export function presentList(l: ListRow, entryCount: number) {
  return {
    id: l.id,
    kind: l.kind,
    name: l.name,
    basis: l.basis,
    periodLabel: l.period_label,
    validFrom: l.valid_from,
    validTo: l.valid_to,
    scopeUnit:
      l.scope_unit_id === null
        ? null
        : {
            id: l.scope_unit_id,
            code: l.scope_code!,
            name: l.scope_name!,
            type: l.scope_type!,
            level: l.scope_level!,
            fullName: `${l.scope_type} ${l.scope_name}`,
            validFrom: l.scope_valid_from,
            validTo: l.scope_valid_to,
          },
    isDemo: l.is_demo,
    entryCount,
  };
}

/** One classified commune or village, with its list. */
export function presentEntry(e: EntryRow) {
  const commune = e.vc_id === null ? null : { id: e.vc_id, code: e.vc_code!, name: e.vc_name!, type: e.vc_type!, fullName: `${e.vc_type} ${e.vc_name}` };
  return {
    id: e.id,
    kind: e.kind,
    category: e.category,
    list: { id: e.list_id, name: e.list_name, isDemo: e.list_is_demo, validFrom: e.list_valid_from, validTo: e.list_valid_to },
    unit:
      e.unit_id === null
        ? null
        : {
            id: e.unit_id,
            code: e.unit_code!,
            name: e.unit_name!,
            type: e.unit_type!,
            level: e.unit_level!,
            fullName: `${e.unit_type} ${e.unit_name}`,
            validFrom: e.unit_valid_from,
            validTo: e.unit_valid_to,
          },
    village:
      e.village_id === null || !commune
        ? null
        : { id: e.village_id, code: e.village_code!, name: e.village_name!, type: e.village_type!, commune, communeName: commune.fullName },
  };
}
