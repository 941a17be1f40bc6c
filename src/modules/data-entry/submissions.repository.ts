import { sql, type Kysely, type Selectable, type Updateable } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { SubmissionAction, SubmissionStatus } from '../../db/schema.datavalues.js';

/** A report: form, unit and period. */
export interface ReportKey {
  dataSetId: number;
  unitId: number;
  periodId: string;
}

/** The submission row of a report, if any. */
export async function submissionOf(db: Kysely<DB>, key: ReportKey) {
  return db
    .selectFrom('report_submission')
    .selectAll()
    .where('data_set_id', '=', key.dataSetId)
    .where('unit_id', '=', key.unitId)
    .where('period_id', '=', key.periodId)
    .executeTakeFirst();
}

/** Locks the report row for the rest of the transaction, creating it (open) on first use. */
export async function lockSubmission(trx: Kysely<DB>, key: ReportKey) {
  await trx
    .insertInto('report_submission')
    .values({ data_set_id: key.dataSetId, unit_id: key.unitId, period_id: key.periodId })
    .onConflict((oc) => oc.columns(['data_set_id', 'unit_id', 'period_id']).doNothing())
    .execute();
  return trx
    .selectFrom('report_submission')
    .selectAll()
    .where('data_set_id', '=', key.dataSetId)
    .where('unit_id', '=', key.unitId)
    .where('period_id', '=', key.periodId)
    .forUpdate()
    .executeTakeFirstOrThrow();
}

/** Reports as three parallel arrays, for `unnest`. */
const keyArrays = (keys: ReportKey[]) => ({ sets: keys.map((k) => k.dataSetId), units: keys.map((k) => k.unitId), periods: keys.map((k) => k.periodId) });

/** The submission rows of many reports (those that have one), in one statement. */
export async function submissionsOfReports(db: Kysely<DB>, keys: ReportKey[]) {
  if (!keys.length) return [];
  const { sets, units, periods } = keyArrays(keys);
  const { rows } = await sql<Selectable<DB['report_submission']>>`SELECT s.* FROM report_submission s
    JOIN unnest(${sets}::int[], ${units}::int[], ${periods}::text[]) AS k(d, u, p) ON s.data_set_id = k.d AND s.unit_id = k.u AND s.period_id = k.p`.execute(
    db,
  );
  return rows;
}

/**
 * lockSubmission for many reports: creates the missing rows (open) and locks them all for the rest of
 * the transaction, in id order (as every writer takes them one at a time, no deadlock).
 */
export async function lockSubmissions(trx: Kysely<DB>, keys: ReportKey[]) {
  if (!keys.length) return [];
  const { sets, units, periods } = keyArrays(keys);
  await sql`INSERT INTO report_submission (data_set_id, unit_id, period_id)
    SELECT d, u, p FROM unnest(${sets}::int[], ${units}::int[], ${periods}::text[]) AS k(d, u, p)
    ON CONFLICT (data_set_id, unit_id, period_id) DO NOTHING`.execute(trx);
  const { rows } = await sql<Selectable<DB['report_submission']>>`SELECT s.* FROM report_submission s
    JOIN unnest(${sets}::int[], ${units}::int[], ${periods}::text[]) AS k(d, u, p) ON s.data_set_id = k.d AND s.unit_id = k.u AND s.period_id = k.p
    ORDER BY s.id FOR UPDATE OF s`.execute(trx);
  return rows;
}

/** Sets a submission's status and stamps, and records the step. */
export async function recordStep(
  trx: Kysely<DB>,
  id: number,
  set: Updateable<DB['report_submission']>,
  event: { action: SubmissionAction; from_status: SubmissionStatus; to_status: SubmissionStatus; comment: string | null; by_user: number | null },
) {
  await trx.updateTable('report_submission').set(set).where('id', '=', id).execute();
  await trx
    .insertInto('report_submission_event')
    .values({ submission_id: id, ...event })
    .execute();
}

/** Submissions of a form and period for units. */
export async function submissionsOf(db: Kysely<DB>, dataSetId: number, periodId: string, unitIds: number[]) {
  if (!unitIds.length) return [];
  return db
    .selectFrom('report_submission')
    .select(['unit_id', 'status', 'submitted_at', 'decided_at', 'comment'])
    .where('data_set_id', '=', dataSetId)
    .where('period_id', '=', periodId)
    .where('unit_id', 'in', unitIds)
    .execute();
}

/** Workflow steps of a report, oldest first, with the id of who took them. */
export async function submissionEvents(db: Kysely<DB>, key: ReportKey) {
  return db
    .selectFrom('report_submission_event as e')
    .innerJoin('report_submission as s', 's.id', 'e.submission_id')
    .select(['e.action', 'e.from_status', 'e.to_status', 'e.comment', 'e.at', 'e.by_user'])
    .where('s.data_set_id', '=', key.dataSetId)
    .where('s.unit_id', '=', key.unitId)
    .where('s.period_id', '=', key.periodId)
    .orderBy('e.id')
    .execute();
}

/** Units with their parent, in the usual order (admin units are a shared read). */
export async function unitsWithParent(db: Kysely<DB>, unitIds: number[]) {
  if (!unitIds.length) return [];
  return db
    .selectFrom('admin_unit as u')
    .leftJoin('admin_unit as p', 'p.id', 'u.parent_id')
    .select(['u.id', 'u.code', 'u.name', 'u.type', 'u.level', 'p.code as parentCode', 'p.type as parentType', 'p.name as parentName'])
    .where('u.id', 'in', unitIds)
    .orderBy('u.sort_key')
    .orderBy('u.code')
    .execute();
}
