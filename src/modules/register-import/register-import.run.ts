/**
 * One import from start to end: opens the file, reads it in batches of households, checks each
 * batch and (unless it is a dry run or the file is refused) writes it, all in one transaction.
 * All-or-nothing: the first error stops the writing and the transaction is rolled back at the end,
 * while checking goes on so that every error is reported. `onlyValid`: households with an error
 * are left out whole and the rest is written.
 */
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { AppError } from '../../server/errors.js';
import type { Scope } from '../../server/scope.js';
import type { RowError, SheetRow } from '../../shared/xlsx-import.js';
import type { Actor } from '../audit/audit.service.js';
import { writeAudit } from '../audit/audit.service.js';
import { insertNew, updateHeld } from './register-import.apply.js';
import type { ImportColumn } from './register-import.columns.js';
import type { Labels } from './register-import.parse.js';
import { planBatch, type FileState, type Group } from './register-import.plan.js';
import { openImportFile } from './register-import.reader.js';
import { Refs } from './register-import.refs.js';
import { inTransaction, setAsideWhenEmpty, withSession } from './register-import.session.js';

export interface ImportCounts {
  rows: number;
  valid: number;
  invalid: number;
  households: { created: number; updated: number; unchanged: number };
  persons: { created: number; updated: number; unchanged: number };
}

export interface ImportProgress {
  bytesRead: number;
  bytesTotal: number;
  rowsRead: number;
  counts: ImportCounts;
  errorCount: number;
}

export interface ImportOutcome extends ImportProgress {
  applied: boolean;
  encoding: { detected: string; converted: boolean };
  labels: Labels;
  errors: RowError[];
  /** Values of the rows with errors (for the XLSX report), by row number. */
  badRows: Map<number, Record<string, string>>;
}

export interface ImportJob {
  id: number;
  path: string;
  fileName: string;
  bytesTotal: number;
  dryRun: boolean;
  onlyValid: boolean;
  actor: Actor;
  scope: Scope;
}

const BATCH_ROWS = 5000;
/** Errors kept for the report; beyond them only the count goes on. */
export const MAX_ERRORS = 100_000;

const emptyCounts = (): ImportCounts => ({ rows: 0, valid: 0, invalid: 0, households: { created: 0, updated: 0, unchanged: 0 }, persons: { created: 0, updated: 0, unchanged: 0 } });
const keyOf = (r: SheetRow<ImportColumn>) => `${r.values.communeCode.trim().padStart(5, '0')}|${r.values.householdCode.trim()}`;

export async function runImport(db: Kysely<DB>, job: ImportJob, onProgress: (p: ImportProgress) => void = () => undefined): Promise<ImportOutcome> {
  const file = await openImportFile(job.path, job.fileName);
  const refs = await Refs.load(db, job.scope);
  const counts = emptyCounts();
  const errors: RowError[] = [];
  let errorCount = 0;
  const badRows = new Map<number, Record<string, string>>();
  const state: FileState = { cccdRows: new Map() };
  const seenKeys = new Map<string, number>();
  const progress = (): ImportProgress => ({ bytesRead: file.bytesRead(), bytesTotal: job.bytesTotal, rowsRead: counts.rows, counts, errorCount });

  return withSession(db, (s) =>
    inTransaction(s, async () => {
      let writing = !job.dryRun;
      let wrote = false;
      // Into an empty register nothing can be held: batches are checked against the file alone.
      const restore = writing ? await setAsideWhenEmpty(s) : null;
      const fresh = restore !== null;
      const keep = (batchErrors: RowError[], rowsByNumber: Map<number, SheetRow<ImportColumn>>) => {
        errorCount += batchErrors.length;
        for (const e of batchErrors) {
          if (errors.length >= MAX_ERRORS) break;
          errors.push(e);
          const r = rowsByNumber.get(e.row);
          if (r && !badRows.has(e.row)) badRows.set(e.row, r.values);
        }
      };

      const processBatch = async (groups: Group[]) => {
        const batchErrors: RowError[] = [];
        const rowsByNumber = new Map(groups.flatMap((g) => g.rows.map((r) => [r.row, r] as const)));
        const good = groups.filter((g) => {
          const other = seenKeys.get(g.key);
          if (other !== undefined) {
            const r = g.rows[0];
            batchErrors.push({ row: r.row, column: file.labels.householdCode, value: r.values.householdCode, code: 'import_rows_apart', params: { code: g.code, other } });
            return false;
          }
          seenKeys.set(g.key, g.rows[0].row);
          return true;
        });
        const { plans, badGroups } = await planBatch(s.db, refs, file.labels, good, state, batchErrors, fresh);
        if (batchErrors.length && !job.onlyValid) writing = false;
        const bad = new Set(batchErrors.map((e) => e.row));
        if (writing) {
          await insertNew({ s, actor: job.actor, importId: job.id }, plans.filter((p) => p.action === 'create'));
          for (const p of plans.filter((x) => x.action === 'update')) {
            await sql`SAVEPOINT import_household`.execute(s.db);
            const failure = await updateHeld({ s, actor: job.actor, importId: job.id }, p, file.labels);
            if (failure) {
              await sql`ROLLBACK TO SAVEPOINT import_household`.execute(s.db);
              batchErrors.push(failure);
              bad.add(failure.row);
              p.action = 'unchanged';
              p.persons.forEach((x) => (x.action = 'unchanged'));
              if (!job.onlyValid) writing = false;
            } else await sql`RELEASE SAVEPOINT import_household`.execute(s.db);
          }
          wrote = true;
        }
        if (job.onlyValid) {
          for (const g of badGroups) {
            const r = rowsByNumber.get(g.firstRow)!;
            batchErrors.push({ row: g.firstRow, column: file.labels.householdCode, value: r.values.householdCode, code: 'import_household_skipped', params: { code: g.code } });
          }
        }
        for (const p of plans) {
          counts.households[p.action === 'create' ? 'created' : p.action === 'update' ? 'updated' : 'unchanged']++;
          for (const x of p.persons) counts.persons[x.action === 'create' ? 'created' : x.action === 'update' ? 'updated' : 'unchanged']++;
        }
        const rowsInBatch = groups.reduce((a, g) => a + g.rows.length, 0);
        const invalid = new Set([...batchErrors.map((e) => e.row)]).size;
        counts.rows += rowsInBatch;
        counts.invalid += invalid;
        counts.valid += rowsInBatch - invalid;
        batchErrors.sort((a, b) => a.row - b.row);
        keep(batchErrors, rowsByNumber);
        onProgress(progress());
      };

      let batch: Group[] = [];
      let batchRows = 0;
      let open: Group | null = null;
      for await (const r of file.rows) {
        const key = keyOf(r);
        if (open && open.key === key) {
          open.rows.push(r);
        } else {
          if (open) {
            batch.push(open);
            batchRows += open.rows.length;
            if (batchRows >= BATCH_ROWS) {
              await processBatch(batch);
              batch = [];
              batchRows = 0;
            }
          }
          open = { key, code: r.values.householdCode.trim(), rows: [r] };
        }
      }
      if (open) batch.push(open);
      if (batch.length) await processBatch(batch);
      if (counts.rows === 0) throw new AppError(400, 'sheet_no_rows');

      const commit = wrote && (job.onlyValid || errorCount === 0);
      if (commit && restore) await restore();
      const applied = commit && counts.households.created + counts.households.updated + counts.persons.created + counts.persons.updated > 0;
      if (applied) {
        await writeAudit(s.db, job.actor, { action: 'import', entity: 'register_import', entityId: job.id, after: { file: job.fileName, onlyValid: job.onlyValid, ...counts, errors: errorCount } });
      }
      return { result: { ...progress(), bytesRead: job.bytesTotal, applied, encoding: file.encoding, labels: file.labels, errors, badRows }, commit: applied };
    }),
  );
}
