import type { Insertable, Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { CopySink, copyLine, type BulkSession } from '../../db/bulk-load.js';
import { addDays, startOfDayVN } from '../../shared/dates.js';

export interface AuditFilter {
  user?: string;
  entity?: string;
  entityId?: string;
  action?: string;
  from?: string;
  to?: string;
  /** Unit ids the caller may see; null = everything. Entries without a unit are then hidden. */
  unitIds: number[] | null;
  /** Also show entries the caller made themself. */
  selfId?: number;
  page: number;
  pageSize: number;
}

/** Appends one audit entry. */
export async function insertAudit(db: Kysely<DB>, row: Insertable<DB['audit_log']>): Promise<void> {
  await db.insertInto('audit_log').values(row).execute();
}

/** Columns of the COPY load of insertAudits (`at` and `id` from their defaults, as an insert fills them). */
const AUDIT_COPY_COLUMNS = ['user_id', 'username', 'ip', 'via', 'action', 'entity', 'entity_id', 'unit_id', 'before', 'after'] as const;

/**
 * Appends audit entries in one statement per thousand, or with one COPY on a bulk session (`copy`,
 * whose handle `db` is): a multi-row insert of hundreds of entries carrying large JSON sends thousands of
 * parameters, which costs more than the COPY text of the same rows.
 */
export async function insertAudits(db: Kysely<DB>, rows: Insertable<DB['audit_log']>[], copy?: BulkSession['copy']): Promise<void> {
  if (copy && rows.length > 1) {
    const sink = new CopySink();
    for (const r of rows) sink.write(copyLine(AUDIT_COPY_COLUMNS.map((c) => r[c] ?? null)));
    await copy('audit_log', AUDIT_COPY_COLUMNS, sink.bytes());
    return;
  }
  for (let i = 0; i < rows.length; i += 1000)
    await db
      .insertInto('audit_log')
      .values(rows.slice(i, i + 1000))
      .execute();
}

/** Audit entries newest first, filtered; days are Vietnamese days (the log is stored in UTC). */
export async function listAudit(db: Kysely<DB>, f: AuditFilter) {
  let q = db.selectFrom('audit_log');
  if (f.user) q = q.where('username', '=', f.user.toLowerCase());
  if (f.entity) q = q.where('entity', '=', f.entity);
  if (f.entityId) q = q.where('entity_id', '=', f.entityId);
  if (f.action) q = q.where('action', '=', f.action);
  if (f.from) q = q.where('at', '>=', startOfDayVN(f.from));
  if (f.to) q = q.where('at', '<', startOfDayVN(addDays(f.to, 1)));
  if (f.unitIds) {
    const ids = f.unitIds;
    q = q.where((eb) => eb.or([ids.length ? eb('unit_id', 'in', ids) : eb.val(false), ...(f.selfId !== undefined ? [eb('user_id', '=', f.selfId)] : [])]));
  }
  const [{ total }] = await q.select((eb) => eb.fn.countAll<number>().as('total')).execute();
  const rows = await q
    .selectAll()
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize)
    .execute();
  return { rows, total: Number(total) };
}

/** The first 200 audit entries of one record, oldest first. */
export function entityEntries(db: Kysely<DB>, entity: string, entityId: string) {
  return db
    .selectFrom('audit_log')
    .select(['id', 'at', 'username', 'action', 'before', 'after'])
    .where('entity', '=', entity)
    .where('entity_id', '=', entityId)
    .orderBy('at')
    .orderBy('id')
    .limit(200)
    .execute();
}

/** Units by id, named with their type (a shared read of the unit hierarchy). */
export function unitLabelRows(db: Kysely<DB>, ids: number[]) {
  return db.selectFrom('admin_unit').select(['id', 'type', 'name', 'code']).where('id', 'in', ids).execute();
}

/** Villages by id with their commune (shared reads). */
export function villageLabelRows(db: Kysely<DB>, ids: number[]) {
  return db
    .selectFrom('village as v')
    .innerJoin('admin_unit as c', 'c.id', 'v.commune_id')
    .select(['v.id', 'v.name', 'c.type as commune_type', 'c.name as commune_name'])
    .where('v.id', 'in', ids)
    .execute();
}

/**
 * Usernames and full names of users as the log knows them: the name they acted under last, and the
 * full name recorded when their account was created or changed.
 */
export async function userLabelRows(db: Kysely<DB>, ids: number[]) {
  const acted = await db
    .selectFrom('audit_log')
    .select(['user_id', 'username'])
    .distinctOn('user_id')
    .where('user_id', 'in', ids)
    .where('username', 'is not', null)
    .orderBy('user_id')
    .orderBy('id', 'desc')
    .execute();
  const described = await db
    .selectFrom('audit_log')
    .select(['entity_id', 'after'])
    .where('entity', '=', 'user')
    .where(
      'entity_id',
      'in',
      ids.map((id) => String(id)),
    )
    .where('after', 'is not', null)
    .orderBy('id')
    .execute();
  return { acted, described };
}
