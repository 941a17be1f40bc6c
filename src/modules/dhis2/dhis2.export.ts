import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { AppError } from '../../server/errors.js';
import { inReach, type Scope } from '../../server/scope.js';
import type { UnitGraph } from '../admin-units/unit-graph.js';
import { loadForm } from '../data-entry/data-entry.form.js';
import type { Form } from '../data-entry/data-entry.types.js';
import { fromDhis2, parsePeriod, periodRange, periodsBetween, toDhis2 } from '../reporting-periods/periods.js';
import { Dhis2Ids } from './dhis2.ids.js';
import type { ExportQuery, Schemes } from './dhis2.schema.js';
import { exportRows } from '../data-entry/data-entry.service.js';
import { unitIdsByCode } from './dhis2.repository.js';
import { NUMERIC_TYPES, plainDecimal } from './dhis2.parse.js';

export interface ExportedValue {
  dataElement: string;
  period: string;
  orgUnit: string;
  categoryOptionCombo: string;
  attributeOptionCombo: string;
  value: string | null;
  storedBy: string;
  created: string;
  lastUpdated: string;
  comment: string | null;
  followup: boolean;
  deleted?: boolean;
}

/** A stored value as exported, by our ids (same order as the exported values). */
export interface RawValue {
  elementId: number;
  optionComboId: number;
  periodId: string;
  unitCode: string;
  value: string | null;
}

/**
 * Values of the asked forms, units and periods. Values emptied here are sent with `deleted: true`
 * when `includeDeleted=true` or when asking for changes since `lastUpdated` (unless
 * `includeDeleted=false`), so a receiver syncing changes removes them too.
 */
export async function exportDataValues(db: Kysely<DB>, graph: UnitGraph, scope: Scope, q: ExportQuery, schemes: Schemes) {
  const needsPeriod = !q.period?.length && !(q.startDate && q.endDate);
  if (!q.dataSet?.length || !q.orgUnit?.length || needsPeriod) throw new AppError(400, 'dhis2_export_needs');
  const ids = await Dhis2Ids.load(db);
  const forms: Form[] = [];
  for (const ref of q.dataSet) {
    const ds = ids.dataSet(ref, schemes.dataSet);
    if (!ds)
      throw new AppError(404, 'dhis2_unknown_data_set', { code: ref }, [
        { field: 'dataSet', code: 'dhis2_unknown_data_set', params: { code: ref }, value: ref },
      ]);
    forms.push(await loadForm(db, String(ds.id), scope));
  }
  const periods = new Set<string>();
  for (const ref of q.period ?? []) {
    const p = fromDhis2(ref) ?? parsePeriod(ref);
    if (!p)
      throw new AppError(400, 'dhis2_unknown_period', { period: ref }, [
        { field: 'period', code: 'dhis2_unknown_period', params: { period: ref }, value: ref },
      ]);
    periods.add(p.id);
  }
  if (q.startDate && q.endDate) {
    for (const f of forms)
      for (const p of periodsBetween(f.periodType, q.startDate, q.endDate, f.calendar)) {
        const r = periodRange(p, f.calendar);
        if (r.start >= q.startDate && r.end <= q.endDate) periods.add(p.id);
      }
  }
  const unitIds = new Set<number>();
  for (const ref of q.orgUnit) {
    const code = ids.orgUnitCode(ref, schemes.orgUnit);
    const rows = await unitIdsByCode(db, code);
    const reachable = rows.filter((r) => inReach(scope, r.id));
    if (!reachable.length) throw new AppError(404, 'not_found');
    for (const r of reachable) for (const id of q.children ? graph.descendants(r.id) : [r.id]) if (inReach(scope, id)) unitIds.add(id);
  }
  const elementIds = [...new Set(forms.flatMap((f) => f.sections.flatMap((s) => s.elements.map((e) => e.id))))];
  if (!periods.size || !elementIds.length) return { values: [], forms, raw: [] as RawValue[] };
  const withDeleted = q.includeDeleted ?? q.lastUpdated !== undefined;
  const rows = await exportRows(db, {
    elementIds,
    unitIds: [...unitIds],
    periodIds: [...periods],
    withDeleted,
    lastUpdated: q.lastUpdated,
  });
  // Numbers leave in plain decimal digits (never `1e+23`), as DHIS2 reads them.
  const numeric = new Set(forms.flatMap((f) => f.sections.flatMap((s) => s.elements.filter((e) => NUMERIC_TYPES.has(e.valueType)).map((e) => e.id))));
  const exported = (r: { data_element_id: number; value: string | null }) =>
    r.value !== null && numeric.has(r.data_element_id) ? plainDecimal(r.value) : r.value;
  const values: ExportedValue[] = rows.map((r) => {
    const p = parsePeriod(r.period_id);
    return {
      dataElement: ids.elementRef(r.data_element_id, schemes.dataElement),
      period: (p && toDhis2(p)) ?? r.period_id,
      orgUnit: ids.orgUnitRef(r.unit_code, schemes.orgUnit),
      categoryOptionCombo: ids.optionComboRef(r.category_option_combo_id, schemes.categoryOptionCombo),
      attributeOptionCombo: schemes.categoryOptionCombo === 'CODE' ? 'default' : 'HllvX50cXC0',
      value: exported(r),
      storedBy: r.username ?? '',
      created: new Date(r.created_at).toISOString(),
      lastUpdated: new Date(r.updated_at).toISOString(),
      comment: r.comment,
      followup: false,
      ...(r.value === null ? { deleted: true } : {}),
    };
  });
  const raw: RawValue[] = rows.map((r) => ({
    elementId: r.data_element_id,
    optionComboId: r.category_option_combo_id,
    periodId: r.period_id,
    unitCode: r.unit_code,
    value: exported(r),
  }));
  return { values, forms, raw, dataSet: forms.length === 1 ? ids.dataSetRef(forms[0].id, schemes.dataSet) : undefined };
}
