import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { AppError } from '../../server/errors.js';
import { requireUser } from '../../server/scope.js';
import { todayVN } from '../../shared/dates.js';
import { actorOf } from '../audit/audit.service.js';
import { completeAccess, recordAccess } from '../access-log/access-log.service.js';
import { householdBatches } from '../register/households.service.js';
import { ethnicNameMap, personBatches } from '../register/persons.service.js';
import { requirePurpose } from '../register/register.access.js';
import { CCCD_ROLES, HOUSEHOLD_COLUMNS, PERSON_COLUMNS, type Cell, type ExportColumn, type ExportContext } from './register-export.columns.js';
import { csvStream, xlsxStream, type RowBatches } from './register-export.writer.js';

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
  const names = await ethnicNameMap(db);
  return { ethnicName: (code) => (code === null ? null : (names.get(code) ?? code)) };
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
  const logId = await recordAccess(db, actorOf(request), { action: 'export', entity: x.entity, entityId: null, purpose, details });
  const batches: RowBatches = (async function* () {
    let n = 0;
    for await (const rows of x.rows) {
      n += rows.length;
      yield rows.map((r) => columns.map((c): Cell => c.value(r, ctx)));
    }
    await completeAccess(db, logId, { ...details, rows: n });
  })();
  const headers = columns.map((c) => c.vi);
  const stamp = todayVN().replace(/-/g, '');
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

export { HOUSEHOLD_COLUMNS, householdBatches, PERSON_COLUMNS, personBatches };
