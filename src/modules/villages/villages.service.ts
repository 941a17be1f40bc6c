import type { Kysely } from 'kysely';
import type { DB, VillageType } from '../../db/schema.js';
import { AppError } from '../../server/errors.js';
import { assertWritable, type Scope } from '../../server/scope.js';
import { addDays, todayVN } from '../../shared/dates.js';
import { writeAudit, type Actor } from '../audit/audit.service.js';
import { auditedVillage } from './villages.presenter.js';
import {
  findUnitOnDate,
  getVillage,
  insertVillages,
  updateVillage,
  villagesByIds,
  villagesOfCommunes,
  type UnitRow,
  unitById,
  demoVillagesOfCommunes,
  type VillageRow,
} from './villages.repository.js';
import { cleanName, nameKey, nextVillageCode, normaliseVillageCode, overlaps, validOn, villageSearchText, villageSortKey } from './villages.types.js';

/** Who writes and where they may write. */
export interface Writer {
  db: Kysely<DB>;
  actor: Actor;
  scope: Scope;
}

/** A commune-level unit valid on the day, or a translated 404/400. */
export async function resolveCommune(db: Kysely<DB>, code: string, date: string): Promise<UnitRow> {
  const unit = await findUnitOnDate(db, code, date);
  if (!unit) throw new AppError(404, 'unknown_unit', { code, date }, [{ field: 'communeCode', code: 'unknown_unit', params: { code, date } }]);
  if (unit.level !== 'commune') throw new AppError(400, 'not_a_commune', { code }, [{ field: 'communeCode', code: 'not_a_commune', params: { code } }]);
  return unit;
}

/** A village of `existing` (other than `except`) with the same name whose life overlaps the interval. */
export function nameClash(existing: VillageRow[], name: string, life: { from: string | null; to: string | null }, except: number[] = []) {
  const key = nameKey(name);
  return existing.find((v) => !except.includes(v.id) && nameKey(v.name) === key && overlaps({ from: v.valid_from, to: v.valid_to }, life));
}

const nameTaken = (name: string, commune: UnitRow | VillageRow) =>
  new AppError(409, 'village_name_taken', { name, commune: 'commune_name' in commune ? commune.commune_name : commune.name }, [
    { field: 'name', code: 'village_name_taken', params: { name, commune: 'commune_name' in commune ? commune.commune_name : commune.name } },
  ]);

/** Turns a unique-key race on (commune, code) into the conflict the checks would have reported. */
async function guarded<T>(code: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if ((e as { code?: string }).code === '23505')
      throw new AppError(409, 'village_code_taken', { code, commune: '' }, [{ field: 'code', code: 'village_code_taken', params: { code, commune: '' } }]);
    throw e;
  }
}

/** A new row for the village table, with its search and sort columns. */
export function villageValues(v: { communeId: number; code: string; name: string; type: VillageType; validFrom: string | null }) {
  return {
    commune_id: v.communeId,
    code: v.code,
    name: v.name,
    type: v.type,
    valid_from: v.validFrom,
    valid_to: null,
    search_text: villageSearchText(v.name, v.code),
    sort_key: villageSortKey(v.name),
  };
}

export interface CreateInput {
  communeCode: string;
  date?: string;
  code?: string;
  name: string;
  type: VillageType;
  validFrom?: string;
}

/** Adds a village to a commune the writer reaches; audited in the same transaction. */
export async function createVillage(w: Writer, input: CreateInput): Promise<VillageRow> {
  const date = input.date ?? todayVN();
  const commune = await resolveCommune(w.db, input.communeCode, date);
  assertWritable(w.scope, commune.id);
  const validFrom = input.validFrom ?? null;
  if (validFrom && !validOn(commune, validFrom)) {
    throw new AppError(400, 'valid_from_outside_commune', { date: validFrom }, [
      { field: 'validFrom', code: 'valid_from_outside_commune', params: { date: validFrom } },
    ]);
  }
  const name = cleanName(input.name);
  let code = input.code === undefined ? null : normaliseVillageCode(input.code);
  if (input.code !== undefined && !code)
    throw new AppError(400, 'validation_failed', {}, [{ field: 'code', code: 'invalid_village_code', params: { value: input.code } }]);
  return guarded(code ?? '', () =>
    w.db.transaction().execute(async (trx) => {
      const existing = await villagesOfCommunes(trx, [commune.id]);
      if (code && existing.some((v) => v.code === code)) {
        throw new AppError(409, 'village_code_taken', { code, commune: commune.name }, [
          { field: 'code', code: 'village_code_taken', params: { code, commune: commune.name } },
        ]);
      }
      code ??= nextVillageCode(existing.map((v) => v.code));
      if (nameClash(existing, name, { from: validFrom ?? date, to: null })) throw nameTaken(name, commune);
      const ids = await insertVillages(trx, [villageValues({ communeId: commune.id, code, name, type: input.type, validFrom })]);
      const created = (await getVillage(trx, ids.get(`${commune.id}:${code}`)!))!;
      await writeAudit(trx, w.actor, { action: 'create', entity: 'village', entityId: created.id, unitId: commune.id, after: auditedVillage(created) });
      return created;
    }),
  );
}

/** A village the writer may change: 404 when unknown, 403 outside their area. */
export async function writableVillage(w: Writer, id: number): Promise<VillageRow> {
  const v = await getVillage(w.db, id);
  if (!v) throw new AppError(404, 'not_found');
  assertWritable(w.scope, v.commune_id);
  return v;
}

/** Renames or retypes a village; the audit entry keeps before and after. */
export async function patchVillage(w: Writer, id: number, patch: { name?: string; type?: VillageType }): Promise<VillageRow> {
  const v = await writableVillage(w, id);
  const name = patch.name === undefined ? v.name : cleanName(patch.name);
  const type = patch.type ?? v.type;
  if (name === v.name && type === v.type) return v;
  return w.db.transaction().execute(async (trx) => {
    if (nameKey(name) !== nameKey(v.name)) {
      const existing = await villagesOfCommunes(trx, [v.commune_id]);
      if (nameClash(existing, name, { from: v.valid_from, to: v.valid_to }, [v.id])) throw nameTaken(name, v);
    }
    await updateVillage(trx, v.id, { name, type, search_text: villageSearchText(name, v.code), sort_key: villageSortKey(name) });
    const after = (await getVillage(trx, v.id))!;
    await writeAudit(trx, w.actor, {
      action: 'update',
      entity: 'village',
      entityId: v.id,
      unitId: v.commune_id,
      before: auditedVillage(v),
      after: auditedVillage(after),
    });
    return after;
  });
}

function notActive(v: VillageRow, date: string) {
  return new AppError(409, 'village_not_active', { name: v.name, date }, [
    { field: 'id', code: 'village_not_active', value: v.id, params: { name: v.name, date } },
  ]);
}

/** Ends a village on `date` (its last day). */
export async function deactivateVillage(w: Writer, id: number, input: { date: string; reason: string }): Promise<VillageRow> {
  const v = await writableVillage(w, id);
  if (v.status !== 'active' || !validOn(v, input.date)) throw notActive(v, input.date);
  return w.db.transaction().execute(async (trx) => {
    await updateVillage(trx, v.id, { valid_to: input.date, status: 'inactive' });
    const after = (await getVillage(trx, v.id))!;
    await writeAudit(trx, w.actor, {
      action: 'deactivate',
      entity: 'village',
      entityId: v.id,
      unitId: v.commune_id,
      before: auditedVillage(v),
      after: { ...auditedVillage(after), reason: input.reason },
    });
    return after;
  });
}

export interface MergeInput {
  sourceIds: number[];
  targetId?: number;
  target?: { name: string; type: VillageType; code?: string };
  date: string;
}

/**
 * Merges villages of one commune into an existing village or a new one starting on `date`;
 * the sources end the day before, marked merged into the target. One transaction, audited.
 */
export async function mergeVillages(w: Writer, input: MergeInput): Promise<{ target: VillageRow; sources: VillageRow[] }> {
  const sourceIds = [...new Set(input.sourceIds)];
  if (input.targetId !== undefined && sourceIds.includes(input.targetId)) {
    throw new AppError(400, 'merge_target_is_source', {}, [{ field: 'targetId', code: 'merge_target_is_source' }]);
  }
  const found = await villagesByIds(w.db, input.targetId === undefined ? sourceIds : [...sourceIds, input.targetId]);
  if (found.length !== sourceIds.length + (input.targetId === undefined ? 0 : 1)) throw new AppError(404, 'not_found');
  for (const v of found) assertWritable(w.scope, v.commune_id);
  const communeId = found[0].commune_id;
  if (found.some((v) => v.commune_id !== communeId))
    throw new AppError(400, 'merge_different_communes', {}, [{ field: 'sourceIds', code: 'merge_different_communes' }]);
  const commune = await unitById(w.db, communeId);
  if (!validOn(commune, input.date))
    throw new AppError(400, 'commune_not_valid_on', { date: input.date }, [{ field: 'date', code: 'commune_not_valid_on', params: { date: input.date } }]);
  const eve = addDays(input.date, -1);
  const sources = found.filter((v) => sourceIds.includes(v.id));
  for (const s of sources) if (s.status !== 'active' || !validOn(s, eve) || !validOn(s, input.date)) throw notActive(s, eve);
  const existingTarget = found.find((v) => v.id === input.targetId);
  if (existingTarget && (existingTarget.status !== 'active' || !validOn(existingTarget, input.date))) throw notActive(existingTarget, input.date);

  const code = input.target?.code === undefined ? null : normaliseVillageCode(input.target.code);
  if (input.target?.code !== undefined && !code)
    throw new AppError(400, 'validation_failed', {}, [{ field: 'target.code', code: 'invalid_village_code', params: { value: input.target.code } }]);
  return guarded(code ?? '', () =>
    w.db.transaction().execute(async (trx) => {
      let target = existingTarget;
      if (!target) {
        const t = input.target!;
        const name = cleanName(t.name);
        const existing = await villagesOfCommunes(trx, [communeId]);
        if (code && existing.some((v) => v.code === code)) {
          throw new AppError(409, 'village_code_taken', { code, commune: commune.name }, [
            { field: 'target.code', code: 'village_code_taken', params: { code, commune: commune.name } },
          ]);
        }
        const newCode = code ?? nextVillageCode(existing.map((v) => v.code));
        if (nameClash(existing, name, { from: input.date, to: null }, sourceIds)) throw nameTaken(name, commune);
        const ids = await insertVillages(trx, [villageValues({ communeId, code: newCode, name, type: t.type, validFrom: input.date })]);
        target = (await getVillage(trx, ids.get(`${communeId}:${newCode}`)!))!;
        await writeAudit(trx, w.actor, { action: 'create', entity: 'village', entityId: target.id, unitId: communeId, after: auditedVillage(target) });
      }
      const ended: VillageRow[] = [];
      for (const s of sources) {
        await updateVillage(trx, s.id, { valid_to: eve, status: 'merged', merged_into_id: target.id });
        const after = (await getVillage(trx, s.id))!;
        ended.push(after);
        await writeAudit(trx, w.actor, {
          action: 'merge',
          entity: 'village',
          entityId: s.id,
          unitId: communeId,
          before: auditedVillage(s),
          after: auditedVillage(after),
        });
      }
      await writeAudit(trx, w.actor, {
        action: 'merge',
        entity: 'village',
        entityId: target.id,
        unitId: communeId,
        after: { mergedFrom: sources.map((s) => ({ id: s.id, code: s.code, name: s.name })), date: input.date },
      });
      return { target, sources: ended };
    }),
  );
}

/** Demo villages of some communes (for other modules' demo data), by commune and code. */
export function demoVillagesOf(db: Kysely<DB>, communeIds: number[]) {
  return demoVillagesOfCommunes(db, communeIds);
}

/** Reads the routes and other modules use as they are: a page of villages, a commune on a date, the villages of some communes. */
export { findUnitOnDate, listVillages, villagesOfCommunes } from './villages.repository.js';
