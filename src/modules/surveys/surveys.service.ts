import crypto from 'node:crypto';
import zlib from 'node:zlib';
import QRCode from 'qrcode';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { AppError } from '../../server/errors.js';
import { assertReadable, assertWritable, inReach, isVisible, type Scope } from '../../server/scope.js';
import type { SessionUser } from '../../server/context.js';
import type { UnitGraph } from '../admin-units/unit-graph.js';
import { todayVN } from '../../shared/dates.js';
import { type AuditEntry, writeAudit, writeAudits, type Actor } from '../audit/audit.service.js';
import { householdBatches, patchHousehold } from '../register/households.service.js';
import { householdDetail } from '../register/households-detail.service.js';
import type { HOUSEHOLD_COLUMNS } from '../register/register.fields.js';
import { csvField } from '../../shared/csv.js';
import * as repo from './surveys.repository.js';
import { convertXlsForm } from '../xlsform/xlsform.service.js';
import type { Lang } from '../../server/messages.js';
import type { FormRow, FormState, NewSubmission, SubmissionFilter, SubmissionState, SubmitFormRow } from './surveys.repository.js';
import { type Answers, type FormField, parseSubmission, parseXForm, parseXml, type XmlNode } from './xform.parse.js';

export {
  formAttachments as formAttachmentsOf,
  getAppUser,
  listAppUsers,
  listForms,
  submissionAttachment,
  submissionAttachments,
  versionsOf,
  type SubmissionFilter,
} from './surveys.repository.js';

export const md5 = (b: Buffer | string) => crypto.createHash('md5').update(b).digest('hex');
const sha256 = (s: string) => crypto.createHash('sha256').update(s).digest('hex');

/** The entity list of households published to every form that uses it. */
export const HOUSEHOLDS_FILE = 'households.csv';

// ---- forms -----------------------------------------------------------------------------------------

export interface UploadedFile {
  name: string;
  type: string;
  bytes: Buffer;
}

/** The XForm of an uploaded form file. XLSForm files are converted here (the XLSForm converter plugs in below). */
export async function xformOf(file: UploadedFile, lang: Lang): Promise<string> {
  if (/\.xml$/i.test(file.name) || /xml/.test(file.type)) return file.bytes.toString('utf8');
  if (!/\.(xlsx|xls|csv)$/i.test(file.name))
    throw new AppError(400, 'survey_form_type', { name: file.name }, [{ field: 'file', code: 'survey_form_type', params: { name: file.name } }]);
  const converted = await convertXlsForm(file.bytes, file.name);
  if (converted.ok) return converted.xform;
  // Each problem names its sheet, row and column, as the spreadsheet shows them.
  throw new AppError(
    400,
    'survey_xlsform_invalid',
    { count: converted.errors.length },
    converted.errors.slice(0, 200).map((e) => ({
      field: [e.sheet, e.column].filter(Boolean).join('.'),
      code: 'survey_xlsform_problem',
      ...(e.row ? { row: e.row } : {}),
      message: e.message[lang],
    })),
  );
}

/** The province a user's new forms belong to: the one asked for, else the user's own. */
export function formProvince(graph: UnitGraph, scope: Scope, user: SessionUser, provinceId: number | undefined): number {
  const id = provinceId ?? user.scopeUnitId ?? undefined;
  if (!id || graph.units.get(id)?.level !== 'province' || !inReach(scope, id))
    throw new AppError(400, 'survey_form_province', {}, [{ field: 'provinceId', code: 'survey_form_province' }]);
  return id;
}

/** A new form, or a new version of a form of the same id in the province; attachments go with the version. */
export async function uploadForm(db: Kysely<DB>, actor: Actor, provinceId: number, xform: string, attachments: UploadedFile[]) {
  const parsed = parseXForm(xform);
  if (!parsed.ok)
    throw new AppError(400, 'survey_form_invalid', { reason: parsed.reason }, [
      { field: 'file', code: 'survey_form_invalid', params: { reason: parsed.reason } },
    ]);
  const f = parsed.form;
  return db.transaction().execute(async (trx) => {
    const existing = await repo.formByXmlId(trx, provinceId, f.formId);
    const formId = existing?.id ?? (await repo.insertForm(trx, { province_id: provinceId, xml_form_id: f.formId, title: f.title, created_by: actor.userId }));
    if (existing && (await repo.versionExists(trx, formId, f.version)))
      throw new AppError(409, 'survey_version_exists', { formId: f.formId, version: f.version });
    const versionId = await repo.insertVersion(trx, {
      form_id: formId,
      version: f.version,
      xform,
      md5: md5(xform),
      fields: JSON.stringify({ rootName: f.rootName, fields: f.fields, media: f.media }),
      created_by: actor.userId,
    });
    for (const a of attachments)
      await repo.insertFormAttachment(trx, { version_id: versionId, name: a.name, content_type: a.type, md5: md5(a.bytes), bytes: a.bytes });
    await repo.updateForm(trx, formId, { current_version_id: versionId, title: f.title });
    await writeAudit(trx, actor, {
      action: existing ? 'new_version' : 'create',
      entity: 'survey_form',
      entityId: formId,
      unitId: provinceId,
      after: { formId: f.formId, version: f.version, title: f.title, attachments: attachments.map((a) => a.name) },
    });
    return formId;
  });
}

export interface FormShape {
  rootName: string;
  fields: FormField[];
  media: string[];
}
export const shapeOf = (fields: unknown): FormShape => fields as FormShape;

/** A form the caller may see (its province is in their area or above it), else 404. */
export async function visibleForm(db: Kysely<DB>, scope: Scope, id: number) {
  const f = await repo.getForm(db, id);
  if (!f || !isVisible(scope, f.province_id)) throw new AppError(404, 'not_found');
  return f;
}

/** A form the caller may change (its province is in their reach), else 404/403. */
export async function writableForm(db: Kysely<DB>, scope: Scope, id: number) {
  const f = await visibleForm(db, scope, id);
  assertWritable(scope, f.province_id);
  return f;
}

const NEXT_STATES: Record<FormState, FormState[]> = { draft: ['published'], published: ['closed'], closed: ['published'] };

export async function setFormState(db: Kysely<DB>, actor: Actor, scope: Scope, id: number, state: FormState) {
  const f = await writableForm(db, scope, id);
  if (f.state === state) return;
  if (!NEXT_STATES[f.state].includes(state)) throw new AppError(409, 'survey_state_change', { from: f.state, to: state });
  await db.transaction().execute(async (trx) => {
    await repo.updateForm(trx, id, { state });
    await writeAudit(trx, actor, { action: 'state', entity: 'survey_form', entityId: id, unitId: f.province_id, before: { state: f.state }, after: { state } });
  });
}

/** Register household fields an approved answer may update. */
export const MAPPABLE_FIELDS = ['smartphones', 'computers', 'internetAccess', 'phone', 'address', 'electricity', 'waterSource', 'mainLivelihood'] as const;
export interface MappingEntry {
  field: (typeof MAPPABLE_FIELDS)[number] & keyof typeof HOUSEHOLD_COLUMNS;
  path: string;
}

/** Which answers update which register fields once a submission is approved. */
export async function setMapping(db: Kysely<DB>, actor: Actor, scope: Scope, id: number, mapping: MappingEntry[]) {
  const f = await writableForm(db, scope, id);
  const shape = shapeOf(f.fields);
  for (const [i, m] of mapping.entries()) {
    const q = shape.fields.find((x) => x.path === m.path);
    if (!q || q.repeat || q.type === 'group' || q.type === 'repeat' || !(MAPPABLE_FIELDS as readonly string[]).includes(m.field))
      throw new AppError(400, 'survey_mapping_field', { field: m.field, path: m.path }, [
        { field: `mapping.${i}`, code: 'survey_mapping_field', params: { ...m } },
      ]);
  }
  await db.transaction().execute(async (trx) => {
    await repo.updateForm(trx, id, { register_mapping: JSON.stringify(mapping) });
    await writeAudit(trx, actor, { action: 'mapping', entity: 'survey_form', entityId: id, unitId: f.province_id, before: f.register_mapping, after: mapping });
  });
}

// ---- app users -------------------------------------------------------------------------------------

/** The province of a unit. */
export function provinceOf(graph: UnitGraph, unitId: number): number | null {
  return graph.ancestry(unitId).find((u) => u.level === 'province')?.id ?? null;
}

/** The settings ODK Collect reads from its QR code: JSON, zlib-deflated, base64 (as ODK Central makes it). */
export function collectSettings(serverUrl: string, projectName: string): string {
  const json = JSON.stringify({
    general: { server_url: serverUrl, form_update_mode: 'match_exactly', autosend: 'wifi_and_cellular' },
    admin: {},
    project: { name: projectName },
  });
  return zlib.deflateSync(Buffer.from(json, 'utf8')).toString('base64');
}

/** The URL Collect is given: the key path and the province as its project. */
export const keyUrl = (origin: string, token: string, provinceId: number) => `${origin}/v1/key/${token}/projects/${provinceId}`;

async function checkAssignable(db: Kysely<DB>, graph: UnitGraph, areaUnitId: number, formIds: number[]) {
  const province = provinceOf(graph, areaUnitId);
  for (const id of formIds) {
    const f = await repo.getForm(db, id);
    if (!f || f.province_id !== province)
      throw new AppError(400, 'survey_assign_form', { id }, [{ field: 'formIds', code: 'survey_assign_form', params: { id } }]);
  }
}

export async function createAppUser(
  db: Kysely<DB>,
  graph: UnitGraph,
  actor: Actor,
  scope: Scope,
  body: { displayName: string; areaUnitId: number; formIds: number[] },
): Promise<{ id: number; token: string }> {
  const level = graph.units.get(body.areaUnitId)?.level;
  if (!inReach(scope, body.areaUnitId) || (level !== 'province' && level !== 'commune'))
    throw new AppError(400, 'survey_area_invalid', {}, [{ field: 'areaUnitId', code: 'survey_area_invalid' }]);
  await checkAssignable(db, graph, body.areaUnitId, body.formIds);
  const token = crypto.randomBytes(36).toString('base64url');
  const id = await db.transaction().execute(async (trx) => {
    const id = await repo.insertAppUser(trx, {
      display_name: body.displayName,
      area_unit_id: body.areaUnitId,
      token_hash: sha256(token),
      created_by: actor.userId,
    });
    await repo.setAssignments(trx, id, [...new Set(body.formIds)]);
    await writeAudit(trx, actor, {
      action: 'create',
      entity: 'survey_app_user',
      entityId: id,
      unitId: body.areaUnitId,
      after: { displayName: body.displayName, formIds: body.formIds },
    });
    return id;
  });
  return { id, token };
}

async function writableAppUser(db: Kysely<DB>, scope: Scope, id: number) {
  const a = await repo.getAppUser(db, id);
  if (!a) throw new AppError(404, 'not_found');
  assertReadable(scope, a.area_unit_id);
  return a;
}

export async function assignForms(db: Kysely<DB>, graph: UnitGraph, actor: Actor, scope: Scope, id: number, formIds: number[]) {
  const a = await writableAppUser(db, scope, id);
  await checkAssignable(db, graph, a.area_unit_id, formIds);
  await db.transaction().execute(async (trx) => {
    await repo.setAssignments(trx, id, [...new Set(formIds)]);
    await writeAudit(trx, actor, { action: 'assign', entity: 'survey_app_user', entityId: id, unitId: a.area_unit_id, before: a.form_ids, after: formIds });
  });
}

export async function revokeAppUser(db: Kysely<DB>, actor: Actor, scope: Scope, id: number, now: Date) {
  const a = await writableAppUser(db, scope, id);
  await db.transaction().execute(async (trx) => {
    await repo.revokeAppUser(trx, id, now);
    await writeAudit(trx, actor, { action: 'revoke', entity: 'survey_app_user', entityId: id, unitId: a.area_unit_id });
  });
}

// ---- OpenRosa --------------------------------------------------------------------------------------

export interface KeyHolder {
  id: number;
  name: string;
  areaUnitId: number;
  provinceId: number;
  /** Units the key reaches (its area and everything under it). */
  reach: Set<number>;
}

/** The app user of a key URL; 403 for an unknown or revoked key or another province's project. */
export async function keyHolder(db: Kysely<DB>, graph: UnitGraph, token: string, projectId: number): Promise<KeyHolder> {
  const a = await repo.appUserByToken(db, sha256(token));
  const provinceId = a ? provinceOf(graph, a.area_unit_id) : null;
  if (!a || a.revoked_at || provinceId !== projectId) throw new AppError(403, 'survey_token_invalid');
  return { id: a.id, name: a.display_name, areaUnitId: a.area_unit_id, provinceId, reach: graph.reach(a.area_unit_id) };
}

export const keyActor = (k: KeyHolder, ip: string | null): Actor => ({ userId: null, username: `app:${k.name}`, ip, via: `survey_app_user: ${k.id}` });

/** Forms the key holder may fetch and submit to: published forms assigned to them. */
export const formsOfKey = (db: Kysely<DB>, k: KeyHolder) => repo.assignedForms(db, k.id);

export async function formOfKey(db: Kysely<DB>, k: KeyHolder, xmlFormId: string) {
  const f = await repo.assignedForm(db, k.id, xmlFormId);
  if (!f) throw new AppError(404, 'survey_submission_form', { formId: xmlFormId });
  return f;
}

export interface MediaFile {
  name: string;
  md5: string;
  contentType: string;
  entityList?: boolean;
}

/** The media files of a form for the key holder: the stored attachments and, when the form uses it, the households list. */
export async function mediaOf(db: Kysely<DB>, graph: UnitGraph, k: KeyHolder, versionId: number, shape: FormShape): Promise<MediaFile[]> {
  const stored: MediaFile[] = (await repo.formAttachments(db, versionId)).map((a) => ({ name: a.name, md5: a.md5, contentType: a.content_type }));
  if (shape.media.includes(HOUSEHOLDS_FILE) && !stored.some((s) => s.name === HOUSEHOLDS_FILE)) {
    const csv = await householdsCsv(db, graph, k.areaUnitId);
    stored.push({ name: HOUSEHOLDS_FILE, md5: md5(csv), contentType: 'text/csv', entityList: true });
  }
  return stored;
}

export async function mediaFile(
  db: Kysely<DB>,
  graph: UnitGraph,
  k: KeyHolder,
  versionId: number,
  name: string,
): Promise<{ bytes: Buffer; contentType: string }> {
  const a = await repo.formAttachment(db, versionId, name);
  if (a) return { bytes: Buffer.from(a.bytes), contentType: a.content_type };
  if (name === HOUSEHOLDS_FILE) return { bytes: Buffer.from(await householdsCsv(db, graph, k.areaUnitId), 'utf8'), contentType: 'text/csv; charset=utf-8' };
  throw new AppError(404, 'not_found');
}

const communesOf = (graph: UnitGraph, unitId: number) => [...graph.reach(unitId)].filter((id) => graph.units.get(id)?.level === 'commune');

/** The households of an area as an ODK entity list: `name` (the household id), `label` and the details a form pre-fills. */
export async function householdsCsv(db: Kysely<DB>, graph: UnitGraph, areaUnitId: number): Promise<string> {
  const today = todayVN();
  const lines = ['name,label,code,head,ethnic,commune,village,address,phone,smartphones,computers,internet'];
  const filter = { communeIds: communesOf(graph, areaUnitId), date: today, deleted: false, year: Number(today.slice(0, 4)), page: 1, pageSize: 2000 };
  for await (const batch of householdBatches(db, filter)) {
    for (const h of batch) {
      const cells = [
        String(h.id),
        h.head_full_name ? `${h.code} – ${h.head_full_name}` : h.code,
        h.code,
        h.head_full_name,
        h.head_ethnic_code,
        graph.units.get(h.commune_id)?.code,
        h.village_name,
        h.address,
        h.phone,
        h.smartphones,
        h.computers,
        h.internet_access,
      ];
      lines.push(cells.map((c) => csvField(c === null || c === undefined ? '' : String(c))).join(','));
    }
  }
  return `${lines.join('\n')}\n`;
}

/** A field that picks a household from the entity list. */
const householdField = (shape: FormShape) => shape.fields.find((f) => f.choicesFile === HOUSEHOLDS_FILE && !f.repeat);

function firstGeopoint(shape: FormShape, data: Answers): { latitude: number; longitude: number } | null {
  const g = shape.fields.find((f) => f.type === 'geopoint' && !f.repeat);
  const v = g ? answerAt(shape, data, g.path) : null;
  const [lat, lon] = (v ?? '').split(/\s+/).map(Number);
  return Number.isFinite(lat) && Number.isFinite(lon) && v ? { latitude: lat, longitude: lon } : null;
}

function answerAt(shape: FormShape, data: Answers, path: string): string | null {
  let cur: unknown = data;
  for (const p of path.split('/').slice(2)) {
    if (!cur || typeof cur !== 'object' || Array.isArray(cur)) return null;
    cur = (cur as Answers)[p];
  }
  return typeof cur === 'string' ? cur : null;
}

/** File names a submission's answers refer to (upload questions hold the file name). */
function expectedFiles(shape: FormShape, data: Answers): Set<string> {
  const uploads = new Set(shape.fields.filter((f) => f.type === 'binary').map((f) => f.name));
  const out = new Set<string>();
  const walk = (a: Answers) => {
    for (const [k, v] of Object.entries(a)) {
      if (typeof v === 'string') {
        if (uploads.has(k) && v) out.add(v);
      } else if (Array.isArray(v)) v.forEach(walk);
      else walk(v);
    }
  };
  walk(data);
  return out;
}

const repeatPaths = (shape: FormShape) => new Set(shape.fields.filter((f) => f.type === 'repeat').map((f) => f.path));

/** Parses submission XML and refuses what cannot be read. */
function readSubmission(xml: string, shape: FormShape | null) {
  try {
    return parseSubmission(xml, shape ? repeatPaths(shape) : new Set());
  } catch (e) {
    throw new AppError(400, 'survey_submission_xml', { reason: (e as Error).message.slice(0, 200) });
  }
}

/**
 * A submission from ODK Collect. New instanceID: stored with its attachments. Known instanceID and
 * identical XML: accepted again, adding the attachments not received before. Different XML: 409.
 */
export function receiveSubmission(
  db: Kysely<DB>,
  k: KeyHolder,
  actor: Actor,
  xml: string,
  files: UploadedFile[],
): Promise<{ created: boolean; submissionId: number; added: number }> {
  return receiveFrom(
    db,
    {
      appUserId: k.id,
      areaUnitId: k.areaUnitId,
      reach: k.reach,
      form: async (xmlFormId) => {
        const f = await repo.assignedFormHead(db, k.id, xmlFormId);
        if (!f) throw new AppError(404, 'survey_submission_form', { formId: xmlFormId });
        return f;
      },
    },
    actor,
    xml,
    files,
  );
}

/** Who sends a submission: an app user's key (ODK Collect) or a signed-in user of the web collection. */
export interface Submitter {
  appUserId: number | null;
  /** The unit a submission without a household belongs to. */
  areaUnitId: number;
  /** Units whose households a submission may name. */
  reach: Set<number>;
  /** The published form of that id the submitter may send to (404 otherwise). */
  form: (xmlFormId: string) => Promise<SubmitFormRow>;
}

async function receiveFrom(
  db: Kysely<DB>,
  k: Submitter,
  actor: Actor,
  xml: string,
  files: UploadedFile[],
): Promise<{ created: boolean; submissionId: number; added: number }> {
  const head = readSubmission(xml, null);
  const form = await k.form(head.formId);
  let version = form.current_version_id!;
  if (head.version !== (form.version ?? '')) {
    const other = await repo.versionExists(db, form.id, head.version);
    if (!other) throw new AppError(404, 'survey_submission_version', { formId: head.formId, version: head.version });
    version = other.id;
  }
  const shape = await keptShape(db, version);
  const sub = readSubmission(xml, shape);
  if (!sub.instanceId) throw new AppError(400, 'survey_instance_missing');
  const hash = md5(xml);
  const expected = expectedFiles(shape, sub.data);
  const wanted = files.filter((f) => expected.has(f.name));

  // A known instanceID is a resend (checked up front only where a new submission would be refused;
  // otherwise the insert finds it and it is answered as a resend below).
  const stored = () => repo.submissionByInstance(db, form.id, sub.instanceId);
  if (form.state === 'closed') {
    if (await stored()) return resend(db, k, actor, form.id, sub.instanceId, hash, wanted);
    throw new AppError(409, 'survey_form_closed', { formId: head.formId });
  }

  let unitId = k.areaUnitId;
  let householdId: number | null = null;
  let ethnic: string | null = null;
  const hf = householdField(shape);
  const ref = hf ? answerAt(shape, sub.data, hf.path) : null;
  if (ref) {
    const id = /^[1-9]\d{0,9}$/.test(ref) ? Number(ref) : Number.NaN;
    const scope: Scope = { all: false, reach: k.reach, visible: k.reach };
    const h =
      Number.isSafeInteger(id) && id <= 2147483647
        ? await householdDetail(db, scope, id, todayVN(), { canEdit: false, isAdmin: false }).catch(() => null)
        : null;
    if (!h) {
      if (await stored()) return resend(db, k, actor, form.id, sub.instanceId, hash, wanted);
      throw new AppError(403, 'survey_household_out_of_area', { id: ref });
    }
    householdId = id;
    unitId = h.commune.id;
    ethnic = h.head?.ethnicCode ?? null;
  }
  ethnic ??= await answeredEthnic(db, shape, sub.data);
  const point = firstGeopoint(shape, sub.data);
  const row: NewSubmission = {
    form_id: form.id,
    version_id: version,
    instance_id: sub.instanceId,
    unit_id: unitId,
    household_id: householdId,
    app_user_id: k.appUserId,
    xml,
    md5: hash,
    data: JSON.stringify(sub.data),
    latitude: point?.latitude ?? null,
    longitude: point?.longitude ?? null,
    ethnic_code: ethnic,
  };
  const submissionId = await writerOf(db).add({ row, files: wanted, actor, xmlFormId: form.xml_form_id });
  if (submissionId !== null) return { created: true, submissionId, added: wanted.length };
  // Stored meanwhile (a resend that crossed this one): answered as a resend.
  return resend(db, k, actor, form.id, sub.instanceId, hash, wanted);
}

/** A submission whose instanceID is stored: identical XML adds the attachments not received before; other XML is a 409. */
async function resend(db: Kysely<DB>, k: Submitter, actor: Actor, formId: number, instanceId: string, hash: string, wanted: UploadedFile[]) {
  const existing = await repo.submissionByInstance(db, formId, instanceId);
  if (!existing || existing.md5 !== hash || !k.reach.has(existing.unit_id)) throw new AppError(409, 'survey_instance_conflict', { instanceId });
  return db.transaction().execute(async (trx) => {
    let added = 0;
    for (const f of wanted)
      if (await repo.insertSubmissionAttachment(trx, { submission_id: existing.id, name: f.name, content_type: f.type, md5: md5(f.bytes), bytes: f.bytes }))
        added++;
    if (added)
      await writeAudit(trx, actor, { action: 'attachments', entity: 'survey_submission', entityId: existing.id, unitId: existing.unit_id, after: { added } });
    return { created: false, submissionId: existing.id, added };
  });
}

/** A new submission waiting to be written, and who waits for its id (null: its instanceID was already stored). */
interface PendingSubmission {
  row: NewSubmission;
  files: UploadedFile[];
  actor: Actor;
  xmlFormId: string;
}
type Waiting = PendingSubmission & { done: (id: number | null) => void; fail: (e: unknown) => void };

/** At most this many submissions (and this many bytes of attachments) share one transaction. */
const BATCH_SUBMISSIONS = 50;
const BATCH_BYTES = 32 * 1024 * 1024;
/** Beyond this many bytes of attachments waiting to be written, a new submission waits before joining the line. */
const QUEUE_BYTES = 128 * 1024 * 1024;

const bytesOf = (p: PendingSubmission) => p.files.reduce((a, f) => a + f.bytes.length, 0);

/**
 * Writes new submissions: those that arrive while a transaction is being committed wait for it and are
 * written together in the next one (one commit, one statement per table), so phones sending together
 * share the cost of the commit. A batch that fails is retried one submission at a time, so one bad
 * submission never takes others down with it.
 */
class SubmissionWriter {
  private queue: Waiting[] = [];
  private writing = false;
  private queuedBytes = 0;
  /** Submissions waiting for room in the line (memory stays bounded however many phones send at once). */
  private room: (() => void)[] = [];

  constructor(private readonly db: Kysely<DB>) {}

  async add(p: PendingSubmission): Promise<number | null> {
    const bytes = bytesOf(p);
    while (this.queuedBytes > 0 && this.queuedBytes + bytes > QUEUE_BYTES) await new Promise<void>((r) => this.room.push(r));
    this.queuedBytes += bytes;
    try {
      return await new Promise<number | null>((done, fail) => {
        this.queue.push({ ...p, done, fail });
        if (!this.writing) void this.drain();
      });
    } finally {
      this.queuedBytes -= bytes;
      for (const r of this.room.splice(0)) r();
    }
  }

  private async drain() {
    this.writing = true;
    try {
      while (this.queue.length) {
        let bytes = 0;
        let n = 0;
        while (n < this.queue.length && n < BATCH_SUBMISSIONS && (n === 0 || bytes < BATCH_BYTES)) {
          bytes += bytesOf(this.queue[n]);
          n++;
        }
        const batch = this.queue.splice(0, n);
        try {
          const ids = await this.write(batch);
          for (const [i, w] of batch.entries()) w.done(ids[i]);
        } catch (e) {
          if (batch.length === 1) batch[0].fail(e);
          else
            for (const w of batch)
              await this.write([w]).then(
                ([id]) => w.done(id),
                (err) => w.fail(err),
              );
        }
      }
    } finally {
      this.writing = false;
    }
  }

  private write(batch: Waiting[]): Promise<(number | null)[]> {
    return this.db.transaction().execute(async (trx) => {
      const stored = await repo.insertSubmissions(
        trx,
        batch.map((w) => w.row),
      );
      // Two submissions of one batch with the same instanceID: the first is stored, the other is a resend.
      const idOf = new Map(stored.map((r) => [`${r.form_id}\n${r.instance_id}`, r.id]));
      const ids = batch.map((w) => {
        const key = `${w.row.form_id}\n${w.row.instance_id}`;
        const id = idOf.get(key) ?? null;
        idOf.delete(key);
        return id;
      });
      await repo.insertSubmissionAttachments(
        trx,
        batch.flatMap((w, i) =>
          ids[i] === null ? [] : w.files.map((f) => ({ submission_id: ids[i]!, name: f.name, content_type: f.type, md5: md5(f.bytes), bytes: f.bytes })),
        ),
      );
      const byActor = new Map<string, { actor: Actor; entries: AuditEntry[] }>();
      batch.forEach((w, i) => {
        if (ids[i] === null) return;
        const key = JSON.stringify(w.actor);
        const group = byActor.get(key) ?? byActor.set(key, { actor: w.actor, entries: [] }).get(key)!;
        group.entries.push({
          action: 'create',
          entity: 'survey_submission',
          entityId: ids[i],
          unitId: w.row.unit_id,
          after: { form: w.xmlFormId, instanceId: w.row.instance_id, householdId: w.row.household_id, attachments: w.files.map((f) => f.name) },
        });
      });
      for (const g of byActor.values()) await writeAudits(trx, g.actor, g.entries);
      return ids;
    });
  }
}

const writers = new WeakMap<Kysely<DB>, SubmissionWriter>();
function writerOf(db: Kysely<DB>): SubmissionWriter {
  const kept = writers.get(db);
  if (kept) return kept;
  const w = new SubmissionWriter(db);
  writers.set(db, w);
  return w;
}

// ---- web collection --------------------------------------------------------------------------------

/**
 * Forms a signed-in user fills in the web collection: the published forms of the provinces the user
 * works in (a commune officer: their province's forms; an administrator: every province's).
 */
export async function collectForms(db: Kysely<DB>, scope: Scope) {
  return (await repo.listForms(db, null)).filter(
    (f) => f.state === 'published' && (scope.all || scope.visible.has(f.province_id) || scope.reach.has(f.province_id)),
  );
}

export async function collectForm(db: Kysely<DB>, scope: Scope, id: number) {
  const f = (await collectForms(db, scope)).find((x) => x.id === id);
  if (!f) throw new AppError(404, 'not_found');
  return f;
}

/** The area of a web surveyor in a province: their own unit, or the province for users who reach all of it. */
function webArea(graph: UnitGraph, scope: Scope, unitId: number | null, provinceId: number) {
  if (!scope.all && unitId !== null && graph.reach(provinceId).has(unitId)) return { areaUnitId: unitId, reach: scope.reach };
  return { areaUnitId: provinceId, reach: graph.reach(provinceId) };
}

/** The media files of a form for the web collection (the households list is the user's area's). */
export async function collectMedia(db: Kysely<DB>, graph: UnitGraph, scope: Scope, unitId: number | null, form: FormRow) {
  const area = webArea(graph, scope, unitId, form.province_id);
  const k: KeyHolder = { id: 0, name: '', provinceId: form.province_id, ...area };
  return {
    list: () => mediaOf(db, graph, k, form.current_version_id!, shapeOf(form.fields)),
    file: (name: string) => mediaFile(db, graph, k, form.current_version_id!, name),
  };
}

/**
 * A submission from the web collection (the same XML and attachments as ODK Collect sends): the same
 * rules as a key's, the instanceID making a resend arrive once; audited under the signed-in user.
 */
export async function receiveWebSubmission(
  db: Kysely<DB>,
  graph: UnitGraph,
  scope: Scope,
  unitId: number | null,
  actor: Actor,
  xml: string,
  files: UploadedFile[],
) {
  const forms = await collectForms(db, scope);
  const head = readSubmission(xml, null);
  const form = forms.find((f) => f.xml_form_id === head.formId);
  if (!form) throw new AppError(404, 'survey_submission_form', { formId: head.formId });
  const area = webArea(graph, scope, unitId, form.province_id);
  return receiveFrom(db, { appUserId: null, ...area, form: async () => form }, actor, xml, files);
}

/** Names of the question that gives the respondent's ethnic group (a code of the ethnic list). */
const ETHNIC_QUESTIONS = new Set(['dan_toc', 'ethnic', 'ethnic_group']);

/** The ethnic group a submission answers, when a question named for it holds a known code. */
async function answeredEthnic(db: Kysely<DB>, shape: FormShape, data: Answers): Promise<string | null> {
  const q = shape.fields.find((f) => !f.repeat && ETHNIC_QUESTIONS.has(f.name));
  const v = q ? answerAt(shape, data, q.path)?.trim() : null;
  return v && (await repo.ethnicByCode(db, v)) ? v : null;
}

// ---- review ----------------------------------------------------------------------------------------

export async function readableSubmission(db: Kysely<DB>, scope: Scope, id: number) {
  const s = await repo.getSubmission(db, id);
  if (!s) throw new AppError(404, 'not_found');
  assertReadable(scope, s.unit_id);
  return s;
}

export async function listSubmissions(db: Kysely<DB>, f: SubmissionFilter, page: number, pageSize: number) {
  return repo.listSubmissions(db, f, page, pageSize);
}

export async function submissionDetail(db: Kysely<DB>, scope: Scope, id: number) {
  const s = await readableSubmission(db, scope, id);
  const [attachments, comments, versions] = await Promise.all([repo.submissionAttachments(db, id), repo.commentsOf(db, id), repo.submissionVersions(db, id)]);
  return { s, attachments, comments, versions };
}

/**
 * Sets a review state with a comment (a comment is required for issues and rejection). Approval
 * applies the form's register mapping to the linked household through the register's own service,
 * so the change has its history and audit there.
 */
export async function reviewSubmission(
  db: Kysely<DB>,
  graph: UnitGraph,
  actor: Actor,
  scope: Scope,
  id: number,
  body: { state: SubmissionState; comment?: string },
) {
  const s = await readableSubmission(db, scope, id);
  assertWritable(scope, s.unit_id);
  const comment = body.comment?.trim() ?? '';
  if ((body.state === 'has_issues' || body.state === 'rejected') && !comment)
    throw new AppError(400, 'survey_comment_required', {}, [{ field: 'comment', code: 'survey_comment_required' }]);
  if (body.state === 'approved' && s.state !== 'approved' && s.household_id) {
    const form = (await repo.getForm(db, s.form_id))!;
    const mapping = (form.register_mapping as MappingEntry[]) ?? [];
    if (mapping.length) await applyMapping(db, graph, actor, scope, s.household_id, shapeOf(form.fields), s.data as Answers, mapping);
  }
  await db.transaction().execute(async (trx) => {
    await repo.updateSubmission(trx, id, { state: body.state });
    await repo.insertComment(trx, { submission_id: id, user_id: actor.userId, state_from: s.state, state_to: body.state, body: comment });
    await writeAudit(trx, actor, {
      action: 'review',
      entity: 'survey_submission',
      entityId: id,
      unitId: s.unit_id,
      before: { state: s.state },
      after: { state: body.state, comment },
    });
  });
}

const NUMERIC = new Set(['smartphones', 'computers']);

async function applyMapping(
  db: Kysely<DB>,
  graph: UnitGraph,
  actor: Actor,
  scope: Scope,
  householdId: number,
  shape: FormShape,
  data: Answers,
  mapping: MappingEntry[],
) {
  const h = await householdDetail(db, scope, householdId, todayVN(), { canEdit: true, isAdmin: false });
  const patch: Record<string, unknown> = { version: h.version };
  for (const m of mapping) {
    const v = answerAt(shape, data, m.path);
    if (v === null || v === '') continue;
    patch[m.field] = NUMERIC.has(m.field) ? Number(v) : v;
  }
  try {
    await patchHousehold({ db, actor, scope, graph, isAdmin: false }, householdId, patch as never);
  } catch (e) {
    if (e instanceof AppError) throw new AppError(400, 'survey_register_update', { reason: e.code }, e.details);
    throw e;
  }
}

/** Changes answers of a submission; the XML before the change is kept as a version. */
export async function editSubmission(db: Kysely<DB>, actor: Actor, scope: Scope, id: number, values: Record<string, string>) {
  const s = await readableSubmission(db, scope, id);
  assertWritable(scope, s.unit_id);
  const version = (await repo.getVersion(db, s.version_id))!;
  const shape = shapeOf(version.fields);
  const root = parseXml(s.xml);
  for (const [path, value] of Object.entries(values)) {
    const node = nodeAt(root, path);
    if (!node) throw new AppError(400, 'survey_edit_path', { path }, [{ field: `values.${path}`, code: 'survey_edit_path', params: { path } }]);
    node.text = value;
  }
  const xml = serializeXml(root);
  const sub = readSubmission(xml, shape);
  await db.transaction().execute(async (trx) => {
    await repo.insertSubmissionVersion(trx, { submission_id: id, edit: s.edits, xml: s.xml, data: JSON.stringify(s.data), created_by: actor.userId });
    await repo.updateSubmission(trx, id, { xml, md5: md5(xml), data: JSON.stringify(sub.data), edits: s.edits + 1 });
    await writeAudit(trx, actor, {
      action: 'edit',
      entity: 'survey_submission',
      entityId: id,
      unitId: s.unit_id,
      before: { edit: s.edits },
      after: { values },
    });
  });
}

function nodeAt(root: XmlNode, path: string): XmlNode | null {
  const parts = path.split('/').filter(Boolean);
  if (parts[0] !== root.name) return null;
  let cur: XmlNode | undefined = root;
  for (const p of parts.slice(1)) cur = cur?.children.find((c) => c.name === p);
  return cur && !cur.children.length ? cur : null;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function serializeXml(n: XmlNode): string {
  const attrs = Object.entries(n.attrs)
    .map(([k, v]) => ` ${k}="${esc(v)}"`)
    .join('');
  if (!n.children.length) return n.text.trim() ? `<${n.name}${attrs}>${esc(n.text.trim())}</${n.name}>` : `<${n.name}${attrs}/>`;
  return `<${n.name}${attrs}>${n.children.map(serializeXml).join('')}</${n.name}>`;
}

// ---- table, summary, map ---------------------------------------------------------------------------

/** Values of the questions outside repeats, by path. */
export function flatValues(shape: FormShape, data: Answers): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const f of shape.fields) if (!f.repeat && f.type !== 'group' && f.type !== 'repeat') out[f.path] = answerAt(shape, data, f.path);
  return out;
}

/** Every submission of the filter, batch by batch, in id order. */
export async function* submissionBatches(db: Kysely<DB>, f: SubmissionFilter, size = 500) {
  let after = 0;
  for (;;) {
    const rows = await repo.submissionBatch(db, f, after, size);
    if (rows.length) yield rows;
    if (rows.length < size) return;
    after = rows[rows.length - 1].id;
  }
}

export function versionOf(db: Kysely<DB>, id: number) {
  return repo.getVersion(db, id);
}

/** The stored form version's field list and root name, for the submission's own version. */
export async function shapeOfVersion(db: Kysely<DB>, versionId: number): Promise<FormShape> {
  return shapeOf((await repo.getVersion(db, versionId))!.fields);
}

/** Questions of recent form versions, by database and version id: a version is never changed once stored, so they are read once. */
const shapesOf = new WeakMap<Kysely<DB>, Map<number, FormShape>>();
const SHAPES_KEPT = 64;

async function keptShape(db: Kysely<DB>, versionId: number): Promise<FormShape> {
  const shapes = shapesOf.get(db) ?? shapesOf.set(db, new Map()).get(db)!;
  const kept = shapes.get(versionId);
  if (kept) return kept;
  const shape = shapeOf(await repo.versionFields(db, versionId));
  if (shapes.size >= SHAPES_KEPT) shapes.delete(shapes.keys().next().value!);
  shapes.set(versionId, shape);
  return shape;
}

/** Records an export of submissions in the audit log (who, which form, which filters). */
export async function auditExport(db: Kysely<DB>, actor: Actor, formId: number, provinceId: number, details: Record<string, unknown>) {
  await writeAudit(db, actor, { action: 'export', entity: 'survey_form', entityId: formId, unitId: provinceId, after: details });
}

/** The QR code of Collect's settings, as an image for the page. */
export const settingsQr = (settings: string) => QRCode.toDataURL(settings, { errorCorrectionLevel: 'L', margin: 2, width: 320 });
