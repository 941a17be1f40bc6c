import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';

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

// Days are Vietnamese days: the log is stored in UTC.
const startOfDayVN = (d: string) => new Date(`${d}T00:00:00+07:00`);

export async function listAudit(db: Kysely<DB>, f: AuditFilter) {
  let q = db.selectFrom('audit_log');
  if (f.user) q = q.where('username', '=', f.user.toLowerCase());
  if (f.entity) q = q.where('entity', '=', f.entity);
  if (f.entityId) q = q.where('entity_id', '=', f.entityId);
  if (f.action) q = q.where('action', '=', f.action);
  if (f.from) q = q.where('at', '>=', startOfDayVN(f.from));
  if (f.to) q = q.where('at', '<', new Date(startOfDayVN(f.to).getTime() + 86400_000));
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
