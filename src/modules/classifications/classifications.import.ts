import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Scope } from '../../server/scope.js';
import type { UnitGraph } from '../admin-units/unit-graph.js';
import { searchKey } from '../../shared/text.js';
import { shouldApply, type RowAction } from '../spreadsheets/spreadsheet.service.js';
import type { ColumnSpec, RowError, SheetRow } from '../spreadsheets/sheet.parse.js';
import { writeAudit, type Actor } from '../audit/audit.service.js';
import { CommuneResolver } from '../villages/villages.import.js';
import { villagesOfCommunes } from '../villages/villages.service.js';
import { nameKey, normaliseVillageCode, validOn } from '../villages/villages.types.js';
import { entriesFor, insertEntries, setCategory, type ListRow } from './classifications.repository.js';
import { CATEGORIES, forVillages, parseCategory } from './classifications.service.js';

export type EntryColumn = 'communeCode' | 'communeName' | 'villageCode' | 'villageName' | 'category';

/** The columns of an entries sheet for a list of this kind. */
export function entryColumns(list: ListRow): ColumnSpec<EntryColumn>[] {
  const villages = forVillages(list.kind);
  return [
    { key: 'communeCode', headers: ['Mã xã', 'Mã xã/phường', 'Mã đơn vị', 'Commune code', 'commune_code', 'commune'], required: true },
    { key: 'communeName', headers: ['Tên xã', 'Tên xã/phường', 'Commune name', 'commune_name'] },
    ...(villages
      ? ([
          { key: 'villageCode', headers: ['Mã thôn', 'Mã thôn/bản', 'Village code', 'village_code'] },
          { key: 'villageName', headers: ['Tên thôn', 'Tên thôn/bản', 'Village name', 'village_name', 'village'] },
        ] as const)
      : []),
    { key: 'category', headers: ['Phân loại', 'Khu vực', 'Loại', 'Category', 'category'], required: list.kind === 'ethnic_region' },
  ];
}

interface Planned {
  row: number;
  unitId: number | null;
  villageId: number | null;
  communeId: number;
  category: string;
  action: RowAction;
  entryId?: number;
  before?: string;
}

/**
 * Checks every row of an entries sheet and (unless a dry run or bad rows stop it) writes them in
 * one transaction: a commune or village already on the list keeps its entry (updated when the
 * category differs), a new one is added. Nothing is removed, so the same file twice changes nothing.
 */
export async function importEntries(
  w: { db: Kysely<DB>; actor: Actor; scope: Scope; graph: UnitGraph },
  list: ListRow,
  rows: readonly SheetRow<EntryColumn>[],
  labels: Record<EntryColumn, string>,
  opts: { date: string; dryRun: boolean; skipInvalid: boolean; filename: string },
) {
  const resolver = await CommuneResolver.load(w.db, w.scope, opts.date);
  const within = list.scope_unit_id === null ? null : w.graph.reach(list.scope_unit_id);
  return w.db.transaction().execute(async (trx) => {
    const errors: RowError[] = [];
    const fail = (r: SheetRow<EntryColumn>, col: EntryColumn, code: string, params: Record<string, unknown> = {}) =>
      errors.push({ row: r.row, column: labels[col], value: r.values[col] ?? '', code, params });

    const resolved: { r: SheetRow<EntryColumn>; communeId: number; category: string }[] = [];
    for (const r of rows) {
      const v = r.values;
      const input = v.communeCode || v.communeName || '';
      const found = input ? resolver.resolve(input) : null;
      const category = parseCategory(list.kind, v.category ?? '');
      if (!input) fail(r, 'communeCode', 'row_required', { column: labels.communeCode });
      else if (found && 'error' in found) fail(r, v.communeCode ? 'communeCode' : 'communeName', found.error, { date: opts.date });
      else if (found && within && !within.has(found.unit.id)) fail(r, 'communeCode', 'unit_outside_list', { list: list.name });
      if (!category)
        fail(r, 'category', v.category ? 'invalid_category' : 'row_required', { allowed: CATEGORIES[list.kind].join(', '), column: labels.category });
      if (forVillages(list.kind) && !v.villageCode && !v.villageName) fail(r, 'villageName', 'row_required', { column: labels.villageName ?? 'Tên thôn' });
      if (found && 'unit' in found && category && !errors.some((e) => e.row === r.row)) resolved.push({ r, communeId: found.unit.id, category });
    }

    // Villages are looked up in their commune by code, else by name (exact, then without diacritics).
    const held = forVillages(list.kind) ? await villagesOfCommunes(trx, [...new Set(resolved.map((x) => x.communeId))]) : [];
    const targets: Omit<Planned, 'action'>[] = [];
    const seen = new Map<string, number>();
    for (const { r, communeId, category } of resolved) {
      let villageId: number | null = null;
      if (forVillages(list.kind)) {
        const mine = held.filter((h) => h.commune_id === communeId && validOn(h, opts.date));
        const code = r.values.villageCode ? normaliseVillageCode(r.values.villageCode) : null;
        const name = r.values.villageName ?? '';
        const byName = mine.filter((h) => nameKey(h.name) === nameKey(name));
        const loose = mine.filter((h) => searchKey(h.name) === searchKey(name));
        const hit = code ? mine.find((h) => h.code === code) : byName.length === 1 ? byName[0] : loose.length === 1 ? loose[0] : undefined;
        if (!hit) {
          fail(r, code ? 'villageCode' : 'villageName', 'unknown_village', { date: opts.date });
          continue;
        }
        villageId = hit.id;
      }
      const key = villageId === null ? `u${communeId}` : `v${villageId}`;
      if (seen.has(key)) {
        fail(r, villageId === null ? 'communeCode' : 'villageName', 'row_duplicate', { other: seen.get(key) });
        continue;
      }
      seen.set(key, r.row);
      targets.push({ row: r.row, unitId: villageId === null ? communeId : null, villageId, communeId, category });
    }

    const byUnit = new Map(
      (
        await entriesFor(
          trx,
          list.id,
          'unit_id',
          targets.flatMap((t) => (t.unitId ? [t.unitId] : [])),
        )
      ).map((e) => [e.unit_id, e]),
    );
    const byVillage = new Map(
      (
        await entriesFor(
          trx,
          list.id,
          'village_id',
          targets.flatMap((t) => (t.villageId ? [t.villageId] : [])),
        )
      ).map((e) => [e.village_id, e]),
    );
    const planned: Planned[] = targets.map((t) => {
      const existing = t.unitId !== null ? byUnit.get(t.unitId) : byVillage.get(t.villageId);
      const action: RowAction = !existing ? 'create' : existing.category === t.category ? 'unchanged' : 'update';
      return { ...t, action, entryId: existing?.id, before: existing?.category };
    });
    const actions = new Map(planned.map((p) => [p.row, p.action] as const));
    if (!shouldApply(errors, opts)) return { errors, actions, applied: false };

    const creates = planned.filter((p) => p.action === 'create');
    const inserted = await insertEntries(
      trx,
      creates.map((p) => ({ list_id: list.id, unit_id: p.unitId, village_id: p.villageId, category: p.category })),
    );
    for (const e of inserted) {
      const p = creates.find((c) => (c.unitId ?? null) === e.unit_id && (c.villageId ?? null) === e.village_id)!;
      await writeAudit(trx, w.actor, {
        action: 'create',
        entity: 'classification_entry',
        entityId: e.id,
        unitId: p.communeId,
        after: { listId: list.id, unitId: e.unit_id, villageId: e.village_id, category: e.category },
      });
    }
    const updates = planned.filter((p) => p.action === 'update');
    for (const p of updates) {
      await setCategory(trx, p.entryId!, p.category);
      const ids = { listId: list.id, unitId: p.unitId, villageId: p.villageId };
      await writeAudit(trx, w.actor, {
        action: 'update',
        entity: 'classification_entry',
        entityId: p.entryId!,
        unitId: p.communeId,
        before: { ...ids, category: p.before },
        after: { ...ids, category: p.category },
      });
    }
    if (creates.length || updates.length) {
      await writeAudit(trx, w.actor, {
        action: 'import',
        entity: 'classification_list',
        entityId: list.id,
        unitId: list.scope_unit_id,
        after: { file: opts.filename, date: opts.date, created: creates.length, updated: updates.length, skipped: new Set(errors.map((e) => e.row)).size },
      });
    }
    return { errors, actions, applied: true };
  });
}
