/**
 * Import jobs for the routes: queueing an upload, recovering imports cut short by a restart, the
 * imports a user may see, and the XLSX error report.
 */
import fs from 'node:fs';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { RegisterImport } from '../../db/schema.import.js';
import type { SessionUser } from '../../server/context.js';
import { AppError } from '../../server/errors.js';
import type { RowError } from '../spreadsheets/sheet.parse.js';
import { writeErrorReport } from '../spreadsheets/report.writer.js';
import { IMPORT_COLUMNS, type ImportColumn } from './register-import.columns.js';
import { enqueue, liveProgress } from './register-import.jobs.js';
import { json, presentImport } from './register-import.presenter.js';
import * as repo from './register-import.repository.js';
import type { ImportJob } from './register-import.run.js';
import type { ImportView } from './register-import.schema.js';
import { recoverImports } from './register-import.undo.js';

const FIRST_ERRORS = 200;

/** At start: removes the files of imports cut short, undoes what they wrote and marks them failed. */
export async function recoverAtStart(db: Kysely<DB>): Promise<void> {
  for (const c of await repo.importsCut(db)) if (c.file_path) fs.rmSync(c.file_path, { force: true });
  await recoverImports(db);
  await repo.failLeftOver(db);
}

/** Records an uploaded file as an import and queues it; the file is removed when recording fails. */
export async function queueImport(db: Kysely<DB>, userId: number, job: Omit<ImportJob, 'id'>): Promise<{ id: number; status: string }> {
  const row = await repo
    .insertImport(db, {
      user_id: userId,
      file_name: job.fileName.slice(0, 255),
      file_path: job.path,
      dry_run: job.dryRun,
      only_valid: job.onlyValid,
      bytes_total: job.bytesTotal,
    })
    .catch((e) => {
      fs.rmSync(job.path, { force: true });
      throw e;
    });
  enqueue(db, { ...job, id: row.id });
  return { id: row.id, status: 'queued' };
}

/** Names of the ethnic groups for the template's list. */
export function templateEthnicNames(db: Kysely<DB>): Promise<string[]> {
  return repo.ethnicNames(db);
}

async function present(db: Kysely<DB>, r: RegisterImport, lang: 'vi' | 'en', withErrors: boolean): Promise<ImportView> {
  const errors = withErrors ? await repo.errorsOf(db, r.id, FIRST_ERRORS) : [];
  return presentImport(r, liveProgress(r.id), errors, lang);
}

/** An import the user may see: their own, or any for an administrator. */
async function visible(db: Kysely<DB>, user: SessionUser, id: number): Promise<RegisterImport> {
  const r = await repo.importById(db, id);
  if (!r || (user.role !== 'admin' && r.user_id !== user.id)) throw new AppError(404, 'import_not_found');
  return r;
}

/** One import with its first errors. */
export async function importDetail(db: Kysely<DB>, user: SessionUser, id: number): Promise<ImportView> {
  return present(db, await visible(db, user, id), user.language, true);
}

/** A page of the imports the user may see, newest first. */
export async function listImports(db: Kysely<DB>, user: SessionUser, page: number, pageSize: number) {
  const { rows, total } = await repo.listImportRows(db, user.role === 'admin' ? null : user.id, page, pageSize);
  return { items: await Promise.all(rows.map((r) => present(db, r, user.language, false))), total };
}

/** The XLSX error report: the rows with errors as uploaded (bad cells in red), then one line per error. */
export async function errorReport(db: Kysely<DB>, user: SessionUser, id: number): Promise<Buffer> {
  const r = await visible(db, user, id);
  const list = await repo.errorsOf(db, id);
  const stored = json(r.labels) as Partial<Record<ImportColumn, string>>;
  const labels = Object.fromEntries(IMPORT_COLUMNS.map((c) => [c.key, stored[c.key] ?? c.headers[0]])) as Record<ImportColumn, string>;
  const errors: RowError[] = list.map((e) => ({
    row: e.row_number,
    column: e.column_name,
    value: e.value,
    code: e.code,
    params: json(e.params) as Record<string, unknown>,
  }));
  const rows = list.filter((e) => e.row_values).map((e) => ({ row: e.row_number, values: json(e.row_values) as Record<ImportColumn, string> }));
  return writeErrorReport({ columns: IMPORT_COLUMNS, labels, rows, errors, lang: user.language });
}

/** An import as the register's history shows the creation of the records it wrote (plugged into the register at start). */
export async function importOrigin(db: Kysely<DB>, id: number) {
  const i = await repo.importById(db, id);
  return i && { id: i.id, fileName: i.file_name, createdAt: new Date(i.created_at), userId: i.user_id };
}
