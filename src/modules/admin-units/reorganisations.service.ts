import crypto from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { DB, UnitLevel } from '../../db/schema.js';
import { AppError, type ErrorDetail } from '../../server/errors.js';
import { searchKey, sortKey } from '../../shared/text.js';
import { writeAudit, type Actor } from '../audit/audit.service.js';
import { formatDateVi, unitValidOn } from './admin-units.lookup.js';
import { checkStructure, checkUnitRows, LEVELS } from './reorganisation.checks.js';

export { checkUnitRows };

/** One row of a unit list file: `code,name,level,type,parent_code`. */
export interface UnitRow {
  code: string;
  name: string;
  level: string;
  type: string;
  parent_code: string;
}

/** One row of a crosswalk file: an (old unit, new unit) pair. */
export interface CrosswalkRow {
  old_code: string;
  new_code: string;
  merge_type: string;
  old_level?: string;
}

const CHUNK = 500;

type Detail = AppError['details'][number];

/**
 * Inserts a unit list valid from `validFrom` (null: since before our records), parents first.
 * Parents are looked up in the list itself, then among `existingParents` (code → id).
 */
export async function insertUnits(
  db: Kysely<DB>,
  rows: UnitRow[],
  opts: { validFrom: string | null; validTo?: string | null; source: string; existingParents?: Map<string, number> },
): Promise<Map<string, number>> {
  const ids = new Map<string, number>(); // `${level}:${code}` -> id
  const parentOf = (r: UnitRow): number | null => {
    if (!r.parent_code) return null;
    for (const lvl of LEVELS) {
      const id = ids.get(`${lvl}:${r.parent_code}`);
      if (id !== undefined && lvl !== r.level) return id;
    }
    const existing = opts.existingParents?.get(r.parent_code);
    if (existing !== undefined) return existing;
    throw new AppError(400, 'validation_failed', {}, [{ field: 'parent_code', code: 'unknown_parent', value: r.parent_code }]);
  };
  for (const level of LEVELS) {
    const batch = rows.filter((r) => r.level === level);
    for (let i = 0; i < batch.length; i += CHUNK) {
      const chunk = batch.slice(i, i + CHUNK);
      const inserted = await db
        .insertInto('admin_unit')
        .values(
          chunk.map((r) => ({
            code: r.code,
            name: r.name.trim(),
            type: r.type.trim(),
            level,
            parent_id: parentOf(r),
            valid_from: opts.validFrom,
            valid_to: opts.validTo ?? null,
            source: opts.source,
            search_text: searchKey(`${r.type} ${r.name} ${r.code}`),
            sort_key: sortKey(r.name),
          })),
        )
        .returning(['id', 'code'])
        .execute();
      for (const row of inserted) ids.set(`${level}:${row.code}`, row.id);
    }
  }
  return ids;
}

/** The day before a 'YYYY-MM-DD' date. */
export function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

export interface Reorganisation {
  name: string;
  effectiveDate: string;
  basis?: string;
  units: UnitRow[];
  crosswalk: CrosswalkRow[];
}

export interface ReorganisationResult {
  /** The reorganisation's id; null on a dry run, whose writes were rolled back. */
  id: number | null;
  alreadyLoaded: boolean;
  dryRun: boolean;
  unitsCreated: number;
  unitsEnded: number;
  links: number;
}

/** A fingerprint of the content, so loading the same reorganisation twice changes nothing. */
export function reorganisationChecksum(r: Reorganisation): string {
  const units = r.units.map((u) => [u.code, u.name.trim(), u.level, u.type.trim(), u.parent_code].join('|')).sort();
  const links = r.crosswalk.map((c) => [c.old_code, c.new_code, c.merge_type].join('|')).sort();
  return crypto
    .createHash('sha256')
    .update(JSON.stringify([r.effectiveDate, units, links]))
    .digest('hex');
}

const ROLLBACK = Symbol('dry run');

/**
 * Applies a reorganisation in one transaction: units valid the day before that appear as old
 * units in the crosswalk, or whose code and level reappear in the new list, end the day before;
 * so does every district or province all of whose children end. New units start on the date,
 * and the crosswalk links old to new. Rejects the whole load with row-level details on any problem.
 * `dryRun` does all of it and rolls back, so the counts are exactly what a real load would do.
 * Given a transaction, it works inside it and leaves commit or rollback to the caller.
 */
export async function applyReorganisation(db: Kysely<DB>, actor: Actor, r: Reorganisation, opts: { dryRun?: boolean } = {}): Promise<ReorganisationResult> {
  const problems = checkUnitRows(r.units);
  if (problems.length) throw new AppError(400, 'import_failed', { count: problems.length }, problems);
  const checksum = reorganisationChecksum(r);
  if (db.isTransaction) return applyIn(db, actor, r, checksum);
  if (!opts.dryRun) return db.transaction().execute((trx) => applyIn(trx, actor, r, checksum));
  let result: ReorganisationResult | undefined;
  await db
    .transaction()
    .execute(async (trx) => {
      result = await applyIn(trx, actor, r, checksum);
      throw ROLLBACK;
    })
    .catch((e) => {
      if (e !== ROLLBACK) throw e;
    });
  return { ...result!, id: result!.alreadyLoaded ? result!.id : null, dryRun: true };
}

async function applyIn(trx: Kysely<DB>, actor: Actor, r: Reorganisation, checksum: string): Promise<ReorganisationResult> {
  const existing = await trx.selectFrom('admin_reorganisation').select('id').where('checksum', '=', checksum).executeTakeFirst();
  if (existing) return { id: existing.id, alreadyLoaded: true, dryRun: false, unitsCreated: 0, unitsEnded: 0, links: 0 };

  // History is only appended to: a reorganisation dated before the latest one would cut units short.
  const latest = await trx.selectFrom('admin_reorganisation').select(sql<string | null>`max(effective_date)`.as('d')).executeTakeFirst();
  if (latest?.d && r.effectiveDate <= latest.d) {
    const params = { date: formatDateVi(latest.d) };
    throw new AppError(400, 'reorganisation_not_latest', params, [
      { field: 'effectiveDate', code: 'reorganisation_not_latest', value: r.effectiveDate, params },
    ]);
  }

  const eve = dayBefore(r.effectiveDate);
  const current = await trx.selectFrom('admin_unit').select(['id', 'code', 'level', 'parent_id']).where(unitValidOn(eve)).execute();
  const byKey = new Map(current.map((u) => [`${u.level}:${u.code}`, u]));
  const newKeys = new Set(r.units.map((u) => `${u.level}:${u.code}`));
  // A crosswalk names new units by code; codes differ in length by level, so a code is one unit.
  const newByCode = new Map<string, UnitRow>();
  for (const u of r.units) if (!newByCode.has(u.code) || u.level !== 'province') newByCode.set(u.code, u);

  const linkProblems: Detail[] = [];
  const links: { oldId: number; newCode: string; full: boolean }[] = [];
  const pairs = new Set<string>();
  r.crosswalk.forEach((c, i) => {
    const row = i + 2;
    const oldLevel = (c.old_level || 'commune') as UnitLevel;
    if (!LEVELS.includes(oldLevel)) {
      linkProblems.push({ row, field: 'crosswalk.old_level', code: 'invalid_unit_level', value: c.old_level, params: { value: c.old_level } });
      return;
    }
    const old = byKey.get(`${oldLevel}:${c.old_code}`);
    if (!old)
      linkProblems.push({
        row,
        field: 'crosswalk.old_code',
        code: 'unknown_old_unit',
        value: c.old_code,
        params: { value: c.old_code, level: oldLevel, date: formatDateVi(eve) },
      });
    const newUnit = newByCode.get(c.new_code);
    if (!newUnit) linkProblems.push({ row, field: 'crosswalk.new_code', code: 'unknown_new_unit', value: c.new_code, params: { value: c.new_code } });
    if (c.merge_type !== 'full' && c.merge_type !== 'partial') {
      linkProblems.push({ row, field: 'crosswalk.merge_type', code: 'invalid_merge_type', value: c.merge_type, params: { value: c.merge_type } });
    }
    const pair = `${oldLevel}:${c.old_code}>${c.new_code}`;
    if (pairs.has(pair))
      linkProblems.push({ row, field: 'crosswalk.new_code', code: 'duplicate_link', value: c.new_code, params: { old: c.old_code, new: c.new_code } });
    pairs.add(pair);
    if (old && newUnit) links.push({ oldId: old.id, newCode: `${newUnit.level}:${newUnit.code}`, full: c.merge_type === 'full' });
  });
  if (linkProblems.length) throw new AppError(400, 'import_failed', { count: linkProblems.length }, linkProblems);

  // Which current units end on the eve of the reorganisation.
  const ended = new Set<number>(links.map((l) => l.oldId));
  for (const u of current) if (newKeys.has(`${u.level}:${u.code}`)) ended.add(u.id);
  const children = new Map<number, number[]>();
  for (const u of current) if (u.parent_id !== null) children.set(u.parent_id, [...(children.get(u.parent_id) ?? []), u.id]);
  for (const level of ['district', 'province'] as const) {
    for (const u of current) {
      const kids = children.get(u.id);
      if (u.level === level && kids?.length && kids.every((k) => ended.has(k))) ended.add(u.id);
    }
  }

  const continuing = new Map<string, { id: number; level: UnitLevel }>();
  for (const u of current) if (!ended.has(u.id)) continuing.set(u.code, { id: u.id, level: u.level });
  const structureProblems = checkStructure(r.units, newKeys, continuing, current, ended, children);
  if (structureProblems.length) throw new AppError(400, 'import_failed', { count: structureProblems.length }, structureProblems);

  const endedIds = [...ended];
  for (let i = 0; i < endedIds.length; i += CHUNK) {
    await trx
      .updateTable('admin_unit')
      .set({ valid_to: eve })
      .where('id', 'in', endedIds.slice(i, i + CHUNK))
      .execute();
  }
  const parents = new Map([...continuing].map(([code, u]) => [code, u.id]));
  const created = await insertUnits(trx, r.units, { validFrom: r.effectiveDate, source: r.name, existingParents: parents });

  const reorg = await trx
    .insertInto('admin_reorganisation')
    .values({ name: r.name, effective_date: r.effectiveDate, basis: r.basis ?? '', checksum, unit_count: created.size, link_count: links.length })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (let i = 0; i < links.length; i += CHUNK) {
    await trx
      .insertInto('admin_unit_succession')
      .values(
        links.slice(i, i + CHUNK).map((l) => ({
          old_unit_id: l.oldId,
          new_unit_id: created.get(l.newCode)!,
          merge_type: l.full ? ('full' as const) : ('partial' as const),
          effective_date: r.effectiveDate,
          reorganisation_id: reorg.id,
        })),
      )
      .execute();
  }
  await writeAudit(trx, actor, {
    action: 'load_reorganisation',
    entity: 'admin_reorganisation',
    entityId: reorg.id,
    after: { name: r.name, effectiveDate: r.effectiveDate, unitsCreated: created.size, unitsEnded: ended.size, links: links.length },
  });
  return { id: reorg.id, alreadyLoaded: false, dryRun: false, unitsCreated: created.size, unitsEnded: ended.size, links: links.length };
}

export async function unitCount(db: Kysely<DB>): Promise<number> {
  const r = await sql<{ n: number }>`SELECT count(*)::int AS n FROM admin_unit`.execute(db);
  return r.rows[0].n;
}

export type { ErrorDetail };
