import crypto from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB, UnitLevel } from '../../db/schema.js';
import { AppError, type ErrorDetail } from '../../server/errors.js';
import { addDays } from '../../shared/dates.js';
import { writeAudit, type Actor } from '../audit/audit.service.js';
import { formatDateVi } from './admin-units.lookup.js';
import { checkStructure, checkUnitRows, LEVELS } from './reorganisation.checks.js';
import {
  endUnits,
  findReorganisationByChecksum,
  insertReorganisation,
  insertSuccessions,
  insertUnits,
  latestReorganisationDate,
  unitCount,
  unitsValidOn,
} from './reorganisations.repository.js';
import type { UnitRow } from './reorganisations.schema.js';

export { checkUnitRows, insertUnits, unitCount };
export { listReorganisations } from './reorganisations.repository.js';
export type { UnitRow };

/** One row of a crosswalk file: an (old unit, new unit) pair. */
export interface CrosswalkRow {
  old_code: string;
  new_code: string;
  merge_type: string;
  old_level?: string;
}

type Detail = AppError['details'][number];

/** The day before a 'YYYY-MM-DD' date. */
export const dayBefore = (date: string): string => addDays(date, -1);

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
  const existing = await findReorganisationByChecksum(trx, checksum);
  if (existing) return { id: existing.id, alreadyLoaded: true, dryRun: false, unitsCreated: 0, unitsEnded: 0, links: 0 };

  // History is only appended to: a reorganisation dated before the latest one would cut units short.
  const latest = await latestReorganisationDate(trx);
  if (latest && r.effectiveDate <= latest) {
    const params = { date: formatDateVi(latest) };
    throw new AppError(400, 'reorganisation_not_latest', params, [
      { field: 'effectiveDate', code: 'reorganisation_not_latest', value: r.effectiveDate, params },
    ]);
  }

  const eve = dayBefore(r.effectiveDate);
  const current = await unitsValidOn(trx, eve);
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

  await endUnits(trx, [...ended], eve);
  const parents = new Map([...continuing].map(([code, u]) => [code, u.id]));
  const created = await insertUnits(trx, r.units, { validFrom: r.effectiveDate, source: r.name, existingParents: parents });

  const reorg = await insertReorganisation(trx, {
    name: r.name,
    effective_date: r.effectiveDate,
    basis: r.basis ?? '',
    checksum,
    unit_count: created.size,
    link_count: links.length,
  });
  await insertSuccessions(
    trx,
    links.map((l) => ({
      old_unit_id: l.oldId,
      new_unit_id: created.get(l.newCode)!,
      merge_type: l.full ? ('full' as const) : ('partial' as const),
      effective_date: r.effectiveDate,
      reorganisation_id: reorg.id,
    })),
  );
  await writeAudit(trx, actor, {
    action: 'load_reorganisation',
    entity: 'admin_reorganisation',
    entityId: reorg.id,
    after: { name: r.name, effectiveDate: r.effectiveDate, unitsCreated: created.size, unitsEnded: ended.size, links: links.length },
  });
  return { id: reorg.id, alreadyLoaded: false, dryRun: false, unitsCreated: created.size, unitsEnded: ended.size, links: links.length };
}

export type { ErrorDetail };
