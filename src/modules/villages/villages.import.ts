import type { Kysely } from 'kysely';
import type { DB, VillageType } from '../../db/schema.js';
import { inReach, type Scope } from '../../server/scope.js';
import { searchKey } from '../../shared/text.js';
import { shouldApply, type RowAction } from '../spreadsheets/spreadsheet.service.js';
import type { ColumnSpec, RowError, SheetRow } from '../spreadsheets/sheet.parse.js';
import { writeAudit, type Actor } from '../audit/audit.service.js';
import { auditedVillage } from './villages.presenter.js';
import { communesOnDate, getVillage, insertVillages, updateVillage, villagesOfCommunes, type UnitRow, type VillageRow } from './villages.repository.js';
import { nameClash, villageValues } from './villages.service.js';
import {
  cleanName,
  nameKey,
  nextVillageCode,
  normaliseVillageCode,
  parseVillageType,
  typeFromName,
  validOn,
  villageSearchText,
  villageSortKey,
} from './villages.types.js';

export type VillageColumn = 'communeCode' | 'communeName' | 'code' | 'name' | 'type';

/** Columns of the village sheet; the first header of each is what the template prints. */
export const VILLAGE_COLUMNS: readonly ColumnSpec<VillageColumn>[] = [
  { key: 'communeCode', headers: ['Mã xã', 'Mã xã/phường', 'Mã đơn vị', 'Commune code', 'commune', 'commune_code'], required: true },
  { key: 'communeName', headers: ['Tên xã', 'Tên xã/phường', 'Commune name', 'commune_name'] },
  { key: 'code', headers: ['Mã thôn', 'Mã thôn/bản', 'Village code', 'village_code', 'code'] },
  { key: 'name', headers: ['Tên thôn', 'Tên thôn/bản', 'Tên thôn/tổ dân phố', 'Village name', 'village_name', 'name'], required: true },
  { key: 'type', headers: ['Loại', 'Loại thôn', 'Type', 'village_type'] },
];

/**
 * Finds communes by code (leading zeros optional, as Excel drops them) or by name
 * ("Tân Lạc", "xa tan lac"), preferring the caller's own area when names repeat.
 */
export class CommuneResolver {
  private byCode = new Map<string, UnitRow>();
  private byName = new Map<string, UnitRow[]>();

  constructor(
    communes: UnitRow[],
    private scope: Scope,
  ) {
    for (const c of communes) {
      this.byCode.set(c.code, c);
      for (const key of new Set([searchKey(c.name), searchKey(`${c.type} ${c.name}`)])) this.byName.set(key, [...(this.byName.get(key) ?? []), c]);
    }
  }

  static async load(db: Kysely<DB>, scope: Scope, date: string) {
    return new CommuneResolver(await communesOnDate(db, date), scope);
  }

  /** The commune, or the message code saying why not. */
  resolve(input: string): { unit: UnitRow } | { error: 'unknown_commune' | 'ambiguous_commune' | 'row_out_of_scope' } {
    const raw = input.trim();
    let unit: UnitRow | undefined;
    if (/^\d{1,5}$/.test(raw)) unit = this.byCode.get(raw.padStart(5, '0'));
    else {
      const all = this.byName.get(searchKey(raw)) ?? [];
      const mine = all.filter((c) => inReach(this.scope, c.id));
      const pick = mine.length ? mine : all;
      if (pick.length > 1) return { error: 'ambiguous_commune' };
      unit = pick[0];
    }
    if (!unit) return { error: 'unknown_commune' };
    if (!inReach(this.scope, unit.id)) return { error: 'row_out_of_scope' };
    return { unit };
  }
}

interface Planned {
  row: number;
  action: RowAction;
  commune: UnitRow;
  code: string | null;
  name: string;
  type: VillageType;
  existing?: VillageRow;
}

export interface VillageImportOutcome {
  errors: RowError[];
  actions: Map<number, RowAction>;
  applied: boolean;
}

/**
 * Checks every row and, unless it is a dry run or bad rows stop it, writes the changes in the
 * same transaction: rows match existing villages by commune + code, or commune + name when the
 * code is empty; a match with other values is updated in place, an identical one left alone.
 */
export async function importVillages(
  w: { db: Kysely<DB>; actor: Actor; scope: Scope },
  rows: readonly SheetRow<VillageColumn>[],
  labels: Record<VillageColumn, string>,
  opts: { date: string; dryRun: boolean; skipInvalid: boolean; filename: string },
): Promise<VillageImportOutcome> {
  const resolver = await CommuneResolver.load(w.db, w.scope, opts.date);
  return w.db.transaction().execute(async (trx) => {
    const errors: RowError[] = [];
    const fail = (r: SheetRow<VillageColumn>, col: VillageColumn, code: string, params: Record<string, unknown> = {}) =>
      errors.push({ row: r.row, column: labels[col], value: r.values[col] ?? '', code, params });

    // 1. Each row on its own.
    const checked: Omit<Planned, 'action'>[] = [];
    for (const r of rows) {
      const before = errors.length;
      const v = r.values;
      const communeInput = v.communeCode || v.communeName || '';
      const found = communeInput ? resolver.resolve(communeInput) : null;
      if (!communeInput) fail(r, 'communeCode', 'row_required', { column: labels.communeCode });
      else if (found && 'error' in found) fail(r, v.communeCode ? 'communeCode' : 'communeName', found.error, { date: opts.date });
      const name = cleanName(v.name ?? '');
      if (!name) fail(r, 'name', 'row_required', { column: labels.name });
      else if (name.length > 100) fail(r, 'name', 'row_too_long', { max: 100 });
      const code = v.code ? normaliseVillageCode(v.code) : null;
      if (v.code && !code) fail(r, 'code', 'invalid_village_code');
      const type = v.type ? parseVillageType(v.type) : typeFromName(name);
      if (!type) fail(r, 'type', v.type ? 'invalid_village_type' : 'row_required', { column: labels.type });
      if (errors.length === before && found && 'unit' in found) checked.push({ row: r.row, commune: found.unit, code, name, type: type! });
    }

    // 2. Against each other and against the villages held.
    const held = await villagesOfCommunes(trx, [...new Set(checked.map((c) => c.commune.id))]);
    const inCommune = (id: number) => held.filter((h) => h.commune_id === id);
    const firstSeen = new Map<string, number>();
    const planned: Planned[] = [];
    for (const c of checked) {
      const keys = [`${c.commune.id}:n:${nameKey(c.name)}`, ...(c.code ? [`${c.commune.id}:c:${c.code}`] : [])];
      const dup = keys.map((k) => firstSeen.get(k)).find((x) => x !== undefined);
      const raw = rows.find((r) => r.row === c.row)!;
      if (dup !== undefined) {
        fail(raw, c.code && firstSeen.get(keys[1]) !== undefined ? 'code' : 'name', 'row_duplicate', { other: dup });
        continue;
      }
      for (const k of keys) firstSeen.set(k, c.row);
      const villages = inCommune(c.commune.id);
      const existing = c.code ? villages.find((h) => h.code === c.code) : villages.find((h) => nameKey(h.name) === nameKey(c.name) && validOn(h, opts.date));
      if (existing && (existing.status !== 'active' || !validOn(existing, opts.date))) {
        fail(raw, 'code', 'village_ended', { name: existing.name });
        continue;
      }
      const life = existing ? { from: existing.valid_from, to: existing.valid_to } : { from: opts.date, to: null };
      const clash = nameClash(villages, c.name, life, existing ? [existing.id] : []);
      if (clash) {
        fail(raw, 'name', 'village_name_taken', { name: c.name, commune: c.commune.name, code: clash.code });
        continue;
      }
      const action: RowAction = !existing ? 'create' : existing.name === c.name && existing.type === c.type ? 'unchanged' : 'update';
      planned.push({ ...c, action, existing });
    }

    const actions = new Map(planned.map((p) => [p.row, p.action] as const));
    if (!shouldApply(errors, opts)) return { errors, actions, applied: false };

    // 3. Write: new villages in one batch (numbered after every code in use), then updates.
    const creates = planned.filter((p) => p.action === 'create');
    const used = new Map<number, string[]>();
    for (const h of held) used.set(h.commune_id, [...(used.get(h.commune_id) ?? []), h.code]);
    for (const p of creates) if (p.code) used.set(p.commune.id, [...(used.get(p.commune.id) ?? []), p.code]);
    for (const p of creates) {
      if (!p.code) {
        p.code = nextVillageCode(used.get(p.commune.id) ?? []);
        used.set(p.commune.id, [...(used.get(p.commune.id) ?? []), p.code]);
      }
    }
    const ids = await insertVillages(
      trx,
      creates.map((p) => villageValues({ communeId: p.commune.id, code: p.code!, name: p.name, type: p.type, validFrom: null })),
    );
    for (const p of creates) {
      const id = ids.get(`${p.commune.id}:${p.code}`)!;
      await writeAudit(trx, w.actor, {
        action: 'create',
        entity: 'village',
        entityId: id,
        unitId: p.commune.id,
        after: {
          ...auditedVillage({
            code: p.code!,
            name: p.name,
            type: p.type,
            commune_id: p.commune.id,
            valid_from: null,
            valid_to: null,
            status: 'active',
            merged_into_id: null,
          }),
          source: opts.filename,
        },
      });
    }
    for (const p of planned.filter((x) => x.action === 'update')) {
      const e = p.existing!;
      await updateVillage(trx, e.id, { name: p.name, type: p.type, search_text: villageSearchText(p.name, e.code), sort_key: villageSortKey(p.name) });
      const after = (await getVillage(trx, e.id))!;
      await writeAudit(trx, w.actor, {
        action: 'update',
        entity: 'village',
        entityId: e.id,
        unitId: e.commune_id,
        before: auditedVillage(e),
        after: { ...auditedVillage(after), source: opts.filename },
      });
    }
    const created = creates.length;
    const updated = planned.length - created - planned.filter((p) => p.action === 'unchanged').length;
    if (created || updated) {
      await writeAudit(trx, w.actor, {
        action: 'import',
        entity: 'village_import',
        entityId: null,
        unitId: w.scope.all ? null : [...new Set(planned.map((p) => p.commune.id))].length === 1 ? planned[0].commune.id : null,
        after: { file: opts.filename, date: opts.date, created, updated, skipped: new Set(errors.map((e) => e.row)).size },
      });
    }
    return { errors, actions, applied: true };
  });
}
