import type { FastifyReply, FastifyRequest } from 'fastify';
import { sql, type Kysely, type SqlBool } from 'kysely';
import type { DB } from '../../db/schema.js';
import { AppError } from '../../server/errors.js';
import { requireUser } from '../../server/scope.js';
import { actorOf } from '../audit/audit.service.js';
import { insertAccess, setAccessDetails } from '../access-log/access-log.repository.js';
import { householdRows, type HouseholdFilter, type HouseholdListRow } from '../register/households.repository.js';
import { personRows, type PersonFilter, type PersonRow } from '../register/persons.repository.js';
import { requirePurpose } from '../register/register.access.js';
import { CCCD_ROLES, HOUSEHOLD_COLUMNS, PERSON_COLUMNS, type Cell, type ExportColumn, type ExportContext } from './register-export.columns.js';
import { csvStream, xlsxStream, type RowBatches } from './register-export.writer.js';

/** Rows read per query: bounded memory whatever the size of the export. */
const BATCH = 2000;

/** The chosen columns in the order given; unknown ones and personal data the role may not take are refused. */
export function pickColumns<R>(all: ExportColumn<R>[], wanted: string | undefined, role: string): ExportColumn<R>[] {
  const allowed = all.filter((c) => !c.sensitive || CCCD_ROLES.has(role));
  const valid = allowed.map((c) => c.key).join(', ');
  const keys = [
    ...new Set(
      (wanted ?? '')
        .split(',')
        .map((k) => k.trim())
        .filter(Boolean),
    ),
  ];
  if (!keys.length) throw new AppError(400, 'export_columns_required', { valid }, [{ field: 'columns', code: 'export_columns_required', params: { valid } }]);
  if (keys.some((k) => all.find((c) => c.key === k)?.sensitive && !CCCD_ROLES.has(role))) throw new AppError(403, 'export_cccd_forbidden');
  const unknown = keys.filter((k) => !allowed.some((c) => c.key === k));
  if (unknown.length)
    throw new AppError(400, 'export_unknown_columns', { columns: unknown.join(', '), valid }, [
      { field: 'columns', code: 'export_unknown_columns', value: unknown, params: { columns: unknown.join(', '), valid } },
    ]);
  return keys.map((k) => allowed.find((c) => c.key === k)!);
}

async function exportContext(db: Kysely<DB>): Promise<ExportContext> {
  const names = new Map((await db.selectFrom('ethnic_group').select(['code', 'name']).execute()).map((e) => [e.code, e.name]));
  return { ethnicName: (code) => (code === null ? null : (names.get(code) ?? code)) };
}

/** Households in list order, read batch by batch after the last one seen (keyset, not offset). */
export async function* householdBatches(db: Kysely<DB>, f: HouseholdFilter): AsyncGenerator<HouseholdListRow[]> {
  let last: { code: string; id: number } | null = null;
  for (;;) {
    let q = householdRows(db, f);
    if (last) q = q.where(sql<SqlBool>`(h.code, h.id) > (${last.code}, ${last.id})`);
    const rows = (await q.orderBy('h.code').orderBy('h.id').limit(BATCH).execute()) as HouseholdListRow[];
    if (rows.length) yield rows;
    if (rows.length < BATCH) return;
    last = rows[rows.length - 1];
  }
}

/** Persons in Vietnamese name order, batch by batch. */
export async function* personBatches(db: Kysely<DB>, f: PersonFilter): AsyncGenerator<PersonRow[]> {
  let last: { sort_key: string; id: number } | null = null;
  for (;;) {
    let q = personRows(db, f);
    if (last) q = q.where(sql<SqlBool>`(p.sort_key COLLATE "C", p.id) > (${last.sort_key} COLLATE "C", ${last.id})`);
    const rows = (await q.orderBy(sql`p.sort_key COLLATE "C"`).orderBy('p.id').limit(BATCH).execute()) as PersonRow[];
    if (rows.length) yield rows;
    if (rows.length < BATCH) return;
    last = rows[rows.length - 1];
  }
}

export interface ExportRequest<R> {
  entity: 'household' | 'person';
  /** File name without extension, ASCII. */
  fileName: string;
  sheetName: string;
  allColumns: ExportColumn<R>[];
  query: { format: 'xlsx' | 'csv'; columns?: string; purpose?: string } & Record<string, unknown>;
  rows: AsyncIterable<R[]>;
}

/**
 * Streams the chosen columns of the rows as XLSX or CSV and records the export in the access log
 * (who, why, which filters and columns) before the first row leaves, with the row count once done.
 */
export async function sendExport<R>(request: FastifyRequest, reply: FastifyReply, x: ExportRequest<R>) {
  const user = requireUser(request);
  const { format, columns: wanted, purpose: purposeInput, ...filters } = x.query;
  const purpose = requirePurpose(purposeInput);
  const columns = pickColumns(x.allColumns, wanted, user.role);
  const db = request.server.ctx.db;
  const ctx = await exportContext(db);
  const details = { format, filters, columns: columns.map((c) => c.key), rows: null as number | null };
  const logId = await insertAccess(db, actorOf(request), { action: 'export', entity: x.entity, purpose, details });
  const batches: RowBatches = (async function* () {
    let n = 0;
    for await (const rows of x.rows) {
      n += rows.length;
      yield rows.map((r) => columns.map((c): Cell => c.value(r, ctx)));
    }
    await setAccessDetails(db, logId, { ...details, rows: n });
  })();
  const headers = columns.map((c) => c.vi);
  const stamp = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10).replace(/-/g, '');
  if (format === 'csv') {
    reply.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${x.fileName}-${stamp}.csv"`);
    return reply.send(csvStream(headers, batches));
  }
  // Codes and ID numbers stay text so Excel keeps their leading zeros.
  const text = columns.map((c, i) => (['code', 'communeCode', 'householdCode', 'cccd', 'phone'].includes(c.key) ? i : -1)).filter((i) => i >= 0);
  reply
    .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    .header('content-disposition', `attachment; filename="${x.fileName}-${stamp}.xlsx"`);
  return reply.send(xlsxStream(x.sheetName, headers, text, batches));
}

export { HOUSEHOLD_COLUMNS, PERSON_COLUMNS };
