import { sql, type Insertable, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { AppError } from '../../server/errors.js';
import { searchKey, sortKey } from '../../shared/text.js';
import { unitValidOn } from './admin-units.repository.js';
import { LEVELS } from './reorganisation.checks.js';
import type { UnitRow } from './reorganisations.schema.js';

const CHUNK = 500;

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

/** The reorganisation already loaded with this content, if any. */
export function findReorganisationByChecksum(db: Kysely<DB>, checksum: string) {
  return db.selectFrom('admin_reorganisation').select('id').where('checksum', '=', checksum).executeTakeFirst();
}

/** Effective date of the latest reorganisation loaded, or null. */
export async function latestReorganisationDate(db: Kysely<DB>): Promise<string | null> {
  const latest = await db.selectFrom('admin_reorganisation').select(sql<string | null>`max(effective_date)`.as('d')).executeTakeFirst();
  return latest?.d ?? null;
}

/** Units valid on a day, with their parent. */
export function unitsValidOn(db: Kysely<DB>, date: string) {
  return db.selectFrom('admin_unit').select(['id', 'code', 'level', 'parent_id']).where(unitValidOn(date)).execute();
}

/** Ends units on a day. */
export async function endUnits(db: Kysely<DB>, ids: number[], validTo: string): Promise<void> {
  for (let i = 0; i < ids.length; i += CHUNK) {
    await db
      .updateTable('admin_unit')
      .set({ valid_to: validTo })
      .where('id', 'in', ids.slice(i, i + CHUNK))
      .execute();
  }
}

/** Records a reorganisation; returns its id. */
export function insertReorganisation(db: Kysely<DB>, row: Insertable<DB['admin_reorganisation']>) {
  return db.insertInto('admin_reorganisation').values(row).returning('id').executeTakeFirstOrThrow();
}

/** Links old units to new ones. */
export async function insertSuccessions(db: Kysely<DB>, rows: Insertable<DB['admin_unit_succession']>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await db
      .insertInto('admin_unit_succession')
      .values(rows.slice(i, i + CHUNK))
      .execute();
  }
}

/** Units in the database. */
export async function unitCount(db: Kysely<DB>): Promise<number> {
  const r = await sql<{ n: number }>`SELECT count(*)::int AS n FROM admin_unit`.execute(db);
  return r.rows[0].n;
}

/** Reorganisations loaded, latest first. */
export async function listReorganisations(db: Kysely<DB>, page: number, pageSize: number) {
  const [{ n }] = await db.selectFrom('admin_reorganisation').select(sql<number>`count(*)::int`.as('n')).execute();
  const rows = await db
    .selectFrom('admin_reorganisation')
    .select(['id', 'name', 'effective_date', 'basis', 'unit_count', 'link_count', 'loaded_at'])
    .orderBy('effective_date', 'desc')
    .orderBy('id', 'desc')
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
  return { rows, total: n };
}
