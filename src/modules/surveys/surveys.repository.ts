import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';

type Db = Kysely<DB>;
export type FormState = 'draft' | 'published' | 'closed';
export type SubmissionState = 'received' | 'has_issues' | 'approved' | 'rejected';

// ---- forms -----------------------------------------------------------------------------------------

const formColumns = [
  'f.id',
  'f.province_id',
  'f.xml_form_id',
  'f.title',
  'f.state',
  'f.current_version_id',
  'f.register_mapping',
  'f.created_at',
  'u.name as province_name',
  'v.version',
  'v.md5',
  'v.fields',
  'v.xform',
] as const;

/** A form with its current version, without the count of its submissions (what receiving a submission needs). */
function formBase(db: Db) {
  return db
    .selectFrom('survey_form as f')
    .innerJoin('admin_unit as u', 'u.id', 'f.province_id')
    .leftJoin('survey_form_version as v', 'v.id', 'f.current_version_id')
    .select(formColumns);
}

function formsQuery(db: Db) {
  return formBase(db).select((eb) =>
    eb.selectFrom('survey_submission as s').whereRef('s.form_id', '=', 'f.id').select(eb.fn.countAll<number>().as('n')).as('submissions'),
  );
}
export type FormRow = Awaited<ReturnType<typeof getForm>> & {};

export function getForm(db: Db, id: number) {
  return formsQuery(db).where('f.id', '=', id).executeTakeFirst();
}

/** Forms of the provinces given (null: every form). */
export function listForms(db: Db, provinceIds: number[] | null) {
  let q = formsQuery(db);
  if (provinceIds) q = q.where('f.province_id', '=', provinceIds.length ? sql<number>`ANY(${provinceIds})` : -1);
  return q.orderBy('f.id', 'desc').execute();
}

export function formByXmlId(db: Db, provinceId: number, xmlFormId: string) {
  return db.selectFrom('survey_form').selectAll().where('province_id', '=', provinceId).where('xml_form_id', '=', xmlFormId).executeTakeFirst();
}

export async function insertForm(db: Db, row: { province_id: number; xml_form_id: string; title: string; created_by: number | null }) {
  return (await db.insertInto('survey_form').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

export function versionExists(db: Db, formId: number, version: string) {
  return db.selectFrom('survey_form_version').select('id').where('form_id', '=', formId).where('version', '=', version).executeTakeFirst();
}

export async function insertVersion(
  db: Db,
  row: { form_id: number; version: string; xform: string; md5: string; fields: string; created_by: number | null },
): Promise<number> {
  return (await db.insertInto('survey_form_version').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateForm(db: Db, id: number, set: { title?: string; state?: FormState; current_version_id?: number; register_mapping?: string }) {
  await db.updateTable('survey_form').set(set).where('id', '=', id).execute();
}

export function getVersion(db: Db, id: number) {
  return db.selectFrom('survey_form_version').selectAll().where('id', '=', id).executeTakeFirst();
}

export function versionsOf(db: Db, formId: number) {
  return db.selectFrom('survey_form_version').select(['id', 'version', 'md5', 'created_at']).where('form_id', '=', formId).orderBy('id', 'desc').execute();
}

export async function insertFormAttachment(db: Db, row: { version_id: number; name: string; content_type: string; md5: string; bytes: Buffer }) {
  await db
    .insertInto('survey_form_attachment')
    .values(row)
    .onConflict((oc) => oc.columns(['version_id', 'name']).doUpdateSet({ content_type: row.content_type, md5: row.md5, bytes: row.bytes }))
    .execute();
}

export function formAttachments(db: Db, versionId: number) {
  return db.selectFrom('survey_form_attachment').select(['name', 'content_type', 'md5']).where('version_id', '=', versionId).orderBy('name').execute();
}

export function formAttachment(db: Db, versionId: number, name: string) {
  return db.selectFrom('survey_form_attachment').selectAll().where('version_id', '=', versionId).where('name', '=', name).executeTakeFirst();
}

// ---- app users -------------------------------------------------------------------------------------

function appUsersQuery(db: Db) {
  return db
    .selectFrom('survey_app_user as a')
    .innerJoin('admin_unit as u', 'u.id', 'a.area_unit_id')
    .select(['a.id', 'a.display_name', 'a.area_unit_id', 'a.created_at', 'a.revoked_at', 'u.name as area_name', 'u.type as area_type'])
    .select((eb) =>
      eb.fn
        .coalesce(
          eb.selectFrom('survey_assignment as x').whereRef('x.app_user_id', '=', 'a.id').select(sql<number[]>`array_agg(x.form_id ORDER BY x.form_id)`.as('f')),
          sql<number[]>`ARRAY[]::int[]`,
        )
        .as('form_ids'),
    );
}

export function listAppUsers(db: Db, unitIds: number[] | null) {
  let q = appUsersQuery(db);
  if (unitIds) q = q.where('a.area_unit_id', '=', unitIds.length ? sql<number>`ANY(${unitIds})` : -1);
  return q.orderBy('a.id', 'desc').execute();
}

export function getAppUser(db: Db, id: number) {
  return appUsersQuery(db).where('a.id', '=', id).executeTakeFirst();
}

export function appUserByToken(db: Db, tokenHash: string) {
  return db.selectFrom('survey_app_user').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
}

export async function insertAppUser(db: Db, row: { display_name: string; area_unit_id: number; token_hash: string; created_by: number | null }) {
  return (await db.insertInto('survey_app_user').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

export async function revokeAppUser(db: Db, id: number, at: Date) {
  await db.updateTable('survey_app_user').set({ revoked_at: at }).where('id', '=', id).where('revoked_at', 'is', null).execute();
}

export async function setAssignments(db: Db, appUserId: number, formIds: number[]) {
  await db.deleteFrom('survey_assignment').where('app_user_id', '=', appUserId).execute();
  if (formIds.length)
    await db
      .insertInto('survey_assignment')
      .values(formIds.map((form_id) => ({ form_id, app_user_id: appUserId })))
      .execute();
}

/** Published forms assigned to an app user, with their current version. */
export function assignedForms(db: Db, appUserId: number) {
  return formBase(db)
    .innerJoin('survey_assignment as x', 'x.form_id', 'f.id')
    .where('x.app_user_id', '=', appUserId)
    .where('f.state', '=', 'published')
    .orderBy('f.id')
    .execute();
}

/** One published form assigned to an app user, by its form id, without counting its submissions. */
export function assignedForm(db: Db, appUserId: number, xmlFormId: string) {
  return formBase(db)
    .innerJoin('survey_assignment as x', 'x.form_id', 'f.id')
    .where('x.app_user_id', '=', appUserId)
    .where('f.state', '=', 'published')
    .where('f.xml_form_id', '=', xmlFormId)
    .executeTakeFirst();
}

/**
 * What receiving a submission needs of a published form assigned to an app user: its state and current
 * version, not the XForm or the questions (a version never changes: its questions are read once and kept).
 */
export function assignedFormHead(db: Db, appUserId: number, xmlFormId: string) {
  return db
    .selectFrom('survey_form as f')
    .innerJoin('survey_assignment as x', 'x.form_id', 'f.id')
    .leftJoin('survey_form_version as v', 'v.id', 'f.current_version_id')
    .select(['f.id', 'f.xml_form_id', 'f.state', 'f.current_version_id', 'v.version'])
    .where('x.app_user_id', '=', appUserId)
    .where('f.state', '=', 'published')
    .where('f.xml_form_id', '=', xmlFormId)
    .executeTakeFirst();
}
export type SubmitFormRow = NonNullable<Awaited<ReturnType<typeof assignedFormHead>>>;

/** The questions of one form version (stored once, never changed). */
export async function versionFields(db: Db, id: number) {
  return (await db.selectFrom('survey_form_version').select('fields').where('id', '=', id).executeTakeFirst())?.fields;
}

// ---- submissions -----------------------------------------------------------------------------------

export function submissionByInstance(db: Db, formId: number, instanceId: string) {
  return db
    .selectFrom('survey_submission')
    .select(['id', 'md5', 'unit_id'])
    .where('form_id', '=', formId)
    .where('instance_id', '=', instanceId)
    .executeTakeFirst();
}

export async function insertSubmission(
  db: Db,
  row: {
    form_id: number;
    version_id: number;
    instance_id: string;
    unit_id: number;
    household_id: number | null;
    app_user_id: number | null;
    xml: string;
    md5: string;
    data: string;
    latitude: number | null;
    longitude: number | null;
    ethnic_code: string | null;
  },
): Promise<number> {
  return (await db.insertInto('survey_submission').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

export type NewSubmission = Parameters<typeof insertSubmission>[1];

/**
 * Stores several submissions in one statement; an instance already stored for its form is left as it
 * is and missing from the answer (the caller treats it as a resend).
 */
export async function insertSubmissions(db: Db, rows: NewSubmission[]) {
  if (!rows.length) return [];
  return db
    .insertInto('survey_submission')
    .values(rows)
    .onConflict((oc) => oc.columns(['form_id', 'instance_id']).doNothing())
    .returning(['id', 'form_id', 'instance_id'])
    .execute();
}

/** Stores attachments of several submissions in one statement (names already there are kept). */
export async function insertSubmissionAttachments(db: Db, rows: { submission_id: number; name: string; content_type: string; md5: string; bytes: Buffer }[]) {
  if (rows.length)
    await db
      .insertInto('survey_submission_attachment')
      .values(rows)
      .onConflict((oc) => oc.columns(['submission_id', 'name']).doNothing())
      .execute();
}

/** Stores an attachment unless one of that name is already there; whether it was new. */
export async function insertSubmissionAttachment(db: Db, row: { submission_id: number; name: string; content_type: string; md5: string; bytes: Buffer }) {
  const r = await db
    .insertInto('survey_submission_attachment')
    .values(row)
    .onConflict((oc) => oc.columns(['submission_id', 'name']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return !!r;
}

export function submissionAttachments(db: Db, submissionId: number) {
  return db
    .selectFrom('survey_submission_attachment')
    .select(['name', 'content_type', 'md5', 'received_at', sql<number>`octet_length(bytes)`.as('size')])
    .where('submission_id', '=', submissionId)
    .orderBy('name')
    .execute();
}

export function submissionAttachment(db: Db, submissionId: number, name: string) {
  return db.selectFrom('survey_submission_attachment').selectAll().where('submission_id', '=', submissionId).where('name', '=', name).executeTakeFirst();
}

export interface SubmissionFilter {
  formId: number;
  /** Units the caller reaches (null: everywhere). */
  unitIds: number[] | null;
  state?: SubmissionState;
  unitId?: number;
  /** Ethnic group code the submission counts under. */
  ethnic?: string;
  from?: string;
  to?: string;
}

function submissionsQuery(db: Db, f: SubmissionFilter) {
  let q = db
    .selectFrom('survey_submission as s')
    .innerJoin('admin_unit as u', 'u.id', 's.unit_id')
    .leftJoin('survey_app_user as a', 'a.id', 's.app_user_id')
    .where('s.form_id', '=', f.formId);
  if (f.unitIds) q = q.where('s.unit_id', '=', f.unitIds.length ? sql<number>`ANY(${f.unitIds})` : -1);
  if (f.state) q = q.where('s.state', '=', f.state);
  if (f.unitId) q = q.where('s.unit_id', '=', f.unitId);
  if (f.ethnic) q = q.where('s.ethnic_code', '=', f.ethnic);
  if (f.from) q = q.where('s.received_at', '>=', new Date(`${f.from}T00:00:00+07:00`));
  if (f.to) q = q.where('s.received_at', '<', new Date(new Date(`${f.to}T00:00:00+07:00`).getTime() + 86_400_000));
  return q;
}

const submissionColumns = [
  's.id',
  's.form_id',
  's.version_id',
  's.instance_id',
  's.unit_id',
  's.household_id',
  's.state',
  's.data',
  's.latitude',
  's.longitude',
  's.edits',
  's.ethnic_code',
  's.received_at',
  's.updated_at',
  'u.name as unit_name',
  'a.display_name as submitter',
] as const;

export async function listSubmissions(db: Db, f: SubmissionFilter, page: number, pageSize: number) {
  const [items, total] = await Promise.all([
    submissionsQuery(db, f)
      .select(submissionColumns)
      .orderBy('s.id', 'desc')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    submissionsQuery(db, f)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(total.n) };
}
export type SubmissionRow = Awaited<ReturnType<typeof listSubmissions>>['items'][number];

/** One batch of submissions after `afterId`, in id order (for streamed exports). */
export function submissionBatch(db: Db, f: SubmissionFilter, afterId: number, size: number) {
  return submissionsQuery(db, f).select(submissionColumns).where('s.id', '>', afterId).orderBy('s.id').limit(size).execute();
}

export function getSubmission(db: Db, id: number) {
  return db
    .selectFrom('survey_submission as s')
    .innerJoin('admin_unit as u', 'u.id', 's.unit_id')
    .leftJoin('survey_app_user as a', 'a.id', 's.app_user_id')
    .select(submissionColumns)
    .select(['s.xml', 's.md5'])
    .where('s.id', '=', id)
    .executeTakeFirst();
}

export async function updateSubmission(db: Db, id: number, set: { state?: SubmissionState; xml?: string; md5?: string; data?: string; edits?: number }) {
  await db
    .updateTable('survey_submission')
    .set({ ...set, updated_at: new Date() })
    .where('id', '=', id)
    .execute();
}

export async function insertSubmissionVersion(db: Db, row: { submission_id: number; edit: number; xml: string; data: string; created_by: number | null }) {
  await db.insertInto('survey_submission_version').values(row).execute();
}

export function submissionVersions(db: Db, submissionId: number) {
  return db
    .selectFrom('survey_submission_version')
    .select(['edit', 'xml', 'created_at', 'created_by'])
    .where('submission_id', '=', submissionId)
    .orderBy('edit', 'desc')
    .execute();
}

export async function insertComment(
  db: Db,
  row: { submission_id: number; user_id: number | null; state_from: string | null; state_to: string | null; body: string },
) {
  await db.insertInto('survey_comment').values(row).execute();
}

export function commentsOf(db: Db, submissionId: number) {
  return db
    .selectFrom('survey_comment')
    .select(['id', 'user_id', 'state_from', 'state_to', 'body', 'created_at'])
    .where('submission_id', '=', submissionId)
    .orderBy('id')
    .execute();
}

// ---- results (aggregated in SQL) -------------------------------------------------------------------

/** How results are split: not at all, by the submission's ethnic group, or by its commune (unit). */
export type ResultSplit = 'none' | 'ethnic' | 'commune';
/** How a question's answers are counted: one choice, several choices (space separated), or the month of a date. */
export type CountKind = 'one' | 'multi' | 'month';

function base(db: Db, f: SubmissionFilter) {
  return submissionsQuery(db, f).select(['s.id', 's.data', 's.state', 's.unit_id', 's.ethnic_code']);
}
const groupOf = (split: ResultSplit) =>
  split === 'ethnic' ? sql<string>`coalesce(s.ethnic_code, '')` : split === 'commune' ? sql<string>`s.unit_id::text` : sql<string>`''`;
/** The answer at a question key (`group/question`, the path under the root). */
const answer = sql`s.data #>> string_to_array(q.key, '/')`;

/** Submissions per review state. */
export async function stateCounts(db: Db, f: SubmissionFilter) {
  const r = await sql<{ state: string; n: number }>`SELECT s.state, count(*)::int AS n FROM (${base(db, f)}) s GROUP BY 1`.execute(db);
  return r.rows;
}

/** Submissions per group of the split (all submissions of the filter, answered or not). */
export async function groupCounts(db: Db, f: SubmissionFilter, split: ResultSplit) {
  const r = await sql<{ grp: string; n: number }>`SELECT ${groupOf(split)} AS grp, count(*)::int AS n FROM (${base(db, f)}) s GROUP BY 1`.execute(db);
  return r.rows;
}

/** How many submissions answered each question, per group. */
export async function answeredCounts(db: Db, f: SubmissionFilter, keys: string[], split: ResultSplit) {
  if (!keys.length) return [];
  const r = await sql<{ key: string; grp: string; n: number }>`
    SELECT q.key, ${groupOf(split)} AS grp, count(*)::int AS n
      FROM (${base(db, f)}) s CROSS JOIN unnest(${keys}::text[]) AS q(key)
     WHERE coalesce(${answer}, '') <> ''
     GROUP BY 1, 2`.execute(db);
  return r.rows;
}

/** Answer counts per question, value and group: a choice, each choice of a multiple choice, or a date's month (YYYY-MM). */
export async function choiceCounts(db: Db, f: SubmissionFilter, questions: { key: string; kind: CountKind }[], split: ResultSplit) {
  if (!questions.length) return [];
  const r = await sql<{ key: string; value: string; grp: string; n: number }>`
    SELECT q.key, x.value, ${groupOf(split)} AS grp, count(*)::int AS n
      FROM (${base(db, f)}) s
      CROSS JOIN unnest(${questions.map((q) => q.key)}::text[], ${questions.map((q) => q.kind)}::text[]) AS q(key, kind)
      CROSS JOIN LATERAL unnest(CASE q.kind
          WHEN 'multi' THEN regexp_split_to_array(btrim(${answer}), '[[:space:]]+')
          WHEN 'month' THEN ARRAY[CASE WHEN ${answer} ~ '^[0-9]{4}-[0-9]{2}' THEN substr(${answer}, 1, 7) END]
          ELSE ARRAY[${answer}] END) AS x(value)
     WHERE x.value IS NOT NULL AND x.value <> ''
     GROUP BY 1, 2, 3`.execute(db);
  return r.rows;
}

const numbers = (db: Db, f: SubmissionFilter, keys: string[], split: ResultSplit) => sql`
  SELECT q.key, ${groupOf(split)} AS grp, (${answer})::float8 AS x
    FROM (${base(db, f)}) s CROSS JOIN unnest(${keys}::text[]) AS q(key)
   WHERE ${answer} ~ '^[[:space:]]*[-+]?[0-9]+([.][0-9]+)?[[:space:]]*$'`;

/** Count, min, max, sum, mean and median of number answers per question and group. */
export async function numberStats(db: Db, f: SubmissionFilter, keys: string[], split: ResultSplit) {
  if (!keys.length) return [];
  const r = await sql<{ key: string; grp: string; n: number; min: number; max: number; sum: number; mean: number; median: number }>`
    SELECT v.key, v.grp, count(*)::int AS n, min(v.x) AS min, max(v.x) AS max, sum(v.x) AS sum, avg(v.x) AS mean,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY v.x) AS median
      FROM (${numbers(db, f, keys, split)}) v
     GROUP BY 1, 2`.execute(db);
  return r.rows.map((x) => ({ ...x, min: Number(x.min), max: Number(x.max), sum: Number(x.sum), mean: Number(x.mean), median: Number(x.median) }));
}

/**
 * Histogram of number answers: whole-number questions in bins of whole numbers (one bin per value when
 * there are at most `bins` of them), other numbers in `bins` equal bins between min and max.
 */
export async function numberHistogram(db: Db, f: SubmissionFilter, questions: { key: string; whole: boolean }[], bins: number) {
  if (!questions.length) return [];
  const keys = questions.map((q) => q.key);
  const r = await sql<{ key: string; lo: number; width: number; bin: number; n: number }>`
    WITH v AS (${numbers(db, f, keys, 'none')}),
    w AS (SELECT q.key, q.whole FROM unnest(${keys}::text[], ${questions.map((q) => q.whole)}::bool[]) AS q(key, whole)),
    r AS (
      SELECT v.key, min(v.x) AS lo,
             CASE WHEN w.whole THEN greatest(1, ceil((max(v.x) - min(v.x) + 1) / ${bins}::float8))
                  ELSE nullif((max(v.x) - min(v.x)) / ${bins}::float8, 0) END AS width
        FROM v JOIN w ON w.key = v.key GROUP BY v.key, w.whole)
    SELECT v.key, r.lo, coalesce(r.width, 0) AS width,
           coalesce(least(floor((v.x - r.lo) / r.width)::int, ${bins - 1}), 0) AS bin, count(*)::int AS n
      FROM v JOIN r ON r.key = v.key
     GROUP BY 1, 2, 3, 4
     ORDER BY 1, 4`.execute(db);
  return r.rows.map((x) => ({ ...x, lo: Number(x.lo), width: Number(x.width) }));
}

/** Submissions with a location per commune (unit) of the filter, and the points themselves (at most `limit`). */
export function pointRows(db: Db, f: SubmissionFilter, limit: number) {
  return submissionsQuery(db, f)
    .select(['s.id', 's.latitude', 's.longitude', 's.state', 's.unit_id', 'u.name as unit_name', 'u.code as unit_code'])
    .where('s.latitude', 'is not', null)
    .where('s.longitude', 'is not', null)
    .orderBy('s.id')
    .limit(limit)
    .execute();
}

/** Names of ethnic groups (a shared read). */
export function ethnicNames(db: Db, codes: string[]) {
  if (!codes.length) return Promise.resolve([]);
  return db.selectFrom('ethnic_group').select(['code', 'name']).where('code', 'in', codes).execute();
}

/** Names and codes of units (a shared read). */
export function unitNames(db: Db, ids: number[]) {
  if (!ids.length) return Promise.resolve([]);
  return db.selectFrom('admin_unit').select(['id', 'code', 'name']).where('id', 'in', ids).execute();
}

/** The ethnic group with this code, if it exists. */
export function ethnicByCode(db: Db, code: string) {
  return db.selectFrom('ethnic_group').select('code').where('code', '=', code).executeTakeFirst();
}
