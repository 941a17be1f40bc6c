import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { SessionUser } from '../../server/context.js';
import { AppError } from '../../server/errors.js';
import { assertReadable, type Scope } from '../../server/scope.js';
import { addDays, dayInVN } from '../../shared/dates.js';
import type { UnitGraph } from '../admin-units/unit-graph.js';
import { presentAccess } from '../access-log/access-log.presenter.js';
import { accessEntries, accessEntriesBefore } from '../access-log/access-log.service.js';
import { writeAudit, type Actor } from '../audit/audit.service.js';
import { deceasedBefore, deletedBefore, personHeader } from '../register/retention.service.js';
import { grantedRequests, pastRequesterRetention, requestTitles, retentionRules, upsertRetentionRule } from './data-requests.repository.js';
import { areaCommunes } from './data-requests.service.js';

const DAY_MS = 86_400_000;

/**
 * How long each kind of personal data is kept before it is listed for review (days; an
 * administrator changes them). Documented in docs/data-protection.md.
 */
export const RETENTION_KINDS = {
  deceased_person: { vi: 'Hồ sơ người đã mất (tính từ ngày mất)', en: 'Records of deceased persons (from the date of death)', defaultDays: 5 * 365 },
  deleted_person: { vi: 'Hồ sơ nhân khẩu đã xóa (tính từ ngày xóa)', en: 'Deleted person records (from the deletion)', defaultDays: 365 },
  access_log: { vi: 'Nhật ký truy cập dữ liệu cá nhân', en: 'Personal data access log', defaultDays: 5 * 365 },
  data_use_copy: {
    vi: 'Bản dữ liệu bên yêu cầu giữ (theo thời hạn lưu giữ đã đăng ký của từng yêu cầu)',
    en: "Requesters' copies (by each request's declared retention)",
    defaultDays: null,
  },
} as const;
export type RetentionKind = keyof typeof RETENTION_KINDS;

type Entry = Awaited<ReturnType<typeof accessEntries>>['rows'][number];

async function withRequests(db: Kysely<DB>, rows: Entry[]) {
  const requestOf = (r: Entry) => {
    if (r.entity === 'data_request' && r.entity_id && /^\d+$/.test(r.entity_id)) return Number(r.entity_id);
    const d = (typeof r.details === 'string' ? JSON.parse(r.details) : r.details) as { dataRequestId?: unknown } | null;
    return typeof d?.dataRequestId === 'number' ? d.dataRequestId : null;
  };
  const titles = await requestTitles(db, [...new Set(rows.map(requestOf).filter((id): id is number => id !== null))]);
  return rows.map((r) => {
    const id = requestOf(r);
    const t = id === null ? undefined : titles.get(id);
    return { ...presentAccess(r), request: id !== null && t ? { id, ...t } : null };
  });
}

/** Who read or exported which personal data, when, why, and under which data-use request. */
export async function accessReport(
  db: Kysely<DB>,
  q: { user?: string; actions?: string[]; requestId?: number; from?: string; to?: string; page: number; pageSize: number },
  unitIds: number[] | null,
) {
  const filter = { ...q, ...(q.requestId ? { entity: 'data_request', entityId: String(q.requestId) } : {}) };
  const { rows, total } = await accessEntries(db, filter, unitIds);
  return { items: await withRequests(db, rows), total };
}

/**
 * A person's own access history: every read of their record, and every data-use download whose
 * area held their commune (their row may be in it, named or under a pseudonym).
 */
export async function personAccessHistory(db: Kysely<DB>, graph: UnitGraph, scope: Scope, personId: number) {
  const person = await personHeader(db, personId);
  if (!person) throw new AppError(404, 'not_found');
  assertReadable(scope, person.commune_id);
  const direct = await accessEntries(db, { entity: 'person', entityId: String(personId), page: 1, pageSize: 500 }, null);
  const covering = (await grantedRequests(db)).filter((r) => areaCommunes(graph, r.area_unit_id).includes(person.commune_id));
  const uses: Entry[] = [];
  for (const r of covering) {
    const { rows } = await accessEntries(db, { entity: 'data_request', entityId: String(r.id), page: 1, pageSize: 500 }, null);
    uses.push(...rows);
  }
  const items = [
    ...(await withRequests(db, direct.rows)).map((e) => ({ ...e, kind: 'record' as const })),
    ...(await withRequests(db, uses)).map((e) => ({ ...e, kind: 'data_use' as const })),
  ].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : b.id - a.id));
  return {
    person: { id: person.id, fullName: person.full_name, birthYear: person.birth_year, commune: person.commune_name },
    items,
  };
}

/** The retention days in force for each kind (settings over defaults). */
export async function retentionDays(db: Kysely<DB>): Promise<Record<RetentionKind, number | null>> {
  const saved = new Map((await retentionRules(db)).map((r) => [r.kind, r.days]));
  const out = {} as Record<RetentionKind, number | null>;
  for (const [kind, k] of Object.entries(RETENTION_KINDS) as [RetentionKind, (typeof RETENTION_KINDS)[RetentionKind]][])
    out[kind] = k.defaultDays === null ? null : (saved.get(kind) ?? k.defaultDays);
  return out;
}

/** Personal data past its retention, by kind, in the caller's area, for review. */
export async function retentionReview(db: Kysely<DB>, communeIds: number[] | null, areaUnitIds: number[] | null, now: number) {
  const days = await retentionDays(db);
  const today = dayInVN(now);
  const LIMIT = 100;
  const place = (name: string) => name;
  const deceased = await deceasedBefore(db, addDays(today, -days.deceased_person!), communeIds, LIMIT);
  const deleted = await deletedBefore(db, new Date(now - days.deleted_person! * DAY_MS), communeIds, LIMIT);
  const log = await accessEntriesBefore(db, new Date(now - days.access_log! * DAY_MS), areaUnitIds);
  const copies = await pastRequesterRetention(db, new Date(now), areaUnitIds);
  const persons = (rows: typeof deceased.rows) =>
    rows.map((p) => ({ id: p.id, label: `${p.full_name}${p.birth_year ? ` (${p.birth_year})` : ''}`, since: p.since, place: place(p.commune_name) }));
  const item = (kind: RetentionKind, total: number, oldest: string | null, records: { id: number; label: string; since: string; place: string | null }[]) => ({
    kind,
    vi: RETENTION_KINDS[kind].vi,
    en: RETENTION_KINDS[kind].en,
    days: days[kind],
    defaultDays: RETENTION_KINDS[kind].defaultDays,
    total,
    oldest,
    records,
  });
  return {
    items: [
      item('deceased_person', deceased.total, deceased.rows[0]?.since ?? null, persons(deceased.rows)),
      item('deleted_person', deleted.total, deleted.rows[0]?.since ?? null, persons(deleted.rows)),
      item('access_log', log.total, log.oldest ? dayInVN(new Date(log.oldest)) : null, []),
      item(
        'data_use_copy',
        copies.length,
        copies[0]?.access_until ? dayInVN(new Date(copies[0].access_until)) : null,
        copies.map((r) => ({
          id: r.id,
          label: `#${r.id} ${r.title} — ${r.organisation}`,
          since: addDays(dayInVN(new Date(r.access_until!)), r.retention_days),
          place: r.area_name,
        })),
      ),
    ],
  };
}

/** Changes how long a kind of personal data is kept (administrators); audited. */
export async function setRetention(db: Kysely<DB>, user: SessionUser, actor: Actor, kind: RetentionKind, days: number, now: number) {
  if (RETENTION_KINDS[kind].defaultDays === null)
    throw new AppError(400, 'retention_kind_unknown', { kind }, [{ field: 'kind', code: 'retention_kind_unknown' }]);
  const before = (await retentionDays(db))[kind];
  await db.transaction().execute(async (trx) => {
    await upsertRetentionRule(trx, kind, days, user.id, new Date(now));
    await writeAudit(trx, actor, { action: 'update', entity: 'data_retention_rule', entityId: kind, before: { days: before }, after: { days } });
  });
}
