import type { Kysely } from 'kysely';
import nodemailer from 'nodemailer';
import type { DB } from '../../db/schema.js';
import { dayInVN } from '../../shared/dates.js';
import { AppError } from '../../server/errors.js';
import { logInternalError } from '../../server/logger.js';
import type { Scope } from '../../server/scope.js';
import { assertWritable, inReach } from '../../server/scope.js';
import { writeAudit, type Actor } from '../audit/audit.service.js';
import { submissionOf } from '../data-entry/data-entry.service.js';
import { formRows } from '../reporting-metadata/catalogue.service.js';
import { deadlineOf, parsePeriod, periodContaining, periodName, previousPeriod, type Period } from '../reporting-periods/periods.js';
import {
  claimReminder,
  confirmationsOf,
  deactivateDuty,
  dutyExists,
  findDuty,
  insertConfirmation,
  insertDuty,
  listDuties,
  markMailed,
  provinceOf,
  releaseReminder,
  sentReminders,
  updateDutyRow,
  unitById,
  type DutyRow,
  type PeriodTypeName,
} from './supply-duties.repository.js';
import { escalationMail, reminderMail } from './supply-duties.template.js';
import { presentDutyRow } from './supply-duties.presenter.js';

export { listDuties } from './supply-duties.repository.js';

/** How many ended periods back a duty is checked (older gaps are history, not reminders). */
const PERIODS_BACK = 3;

const AREA_NAMES: Record<string, { vi: string; en: string }> = {
  households: { vi: 'Sổ hộ gia đình', en: 'Household register' },
  persons: { vi: 'Sổ nhân khẩu', en: 'Person register' },
  poverty: { vi: 'Hộ nghèo, cận nghèo', en: 'Poor and near-poor households' },
};

export interface DutyInput {
  unitId: number;
  dataSet?: string;
  registerArea?: string;
  periodType: PeriodTypeName;
  deadlineDays: number;
  escalateAfterDays: number;
  email?: string | null;
  escalationEmail?: string | null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
function checkEmail(v: string | null | undefined, field: string): string | null {
  const s = v?.trim() || null;
  if (s && !EMAIL.test(s)) throw new AppError(400, 'supply_email_invalid', {}, [{ field, code: 'supply_email_invalid' }]);
  return s;
}

/** Records a unit's duty to supply a form or a register area every period, by a deadline. */
export async function createDuty(db: Kysely<DB>, actor: Actor, scope: Scope, input: DutyInput) {
  if (!!input.dataSet === !!input.registerArea) throw new AppError(400, 'supply_target_required', {}, [{ field: 'dataSet', code: 'supply_target_required' }]);
  const unit = await unitById(db, input.unitId);
  if (!unit) throw new AppError(400, 'supply_unit_unknown', {}, [{ field: 'unitId', code: 'supply_unit_unknown' }]);
  assertWritable(scope, unit.id);
  let dataSetId: number | null = null;
  if (input.dataSet) {
    const form = await formRows(db, input.dataSet);
    if (!form) throw new AppError(400, 'supply_form_unknown', {}, [{ field: 'dataSet', code: 'supply_form_unknown' }]);
    if (form.set.period_type !== input.periodType) {
      throw new AppError(400, 'supply_period_mismatch', { expected: form.set.period_type }, [{ field: 'periodType', code: 'supply_period_mismatch' }]);
    }
    dataSetId = form.set.id;
  }
  const email = checkEmail(input.email, 'email');
  const escalationEmail = checkEmail(input.escalationEmail, 'escalationEmail');
  if (await dutyExists(db, unit.id, dataSetId, input.registerArea ?? null)) throw new AppError(409, 'supply_duty_exists');
  const id = await db.transaction().execute(async (trx) => {
    const newId = await insertDuty(trx, {
      unitId: unit.id,
      dataSetId,
      registerArea: input.registerArea ?? null,
      periodType: input.periodType,
      deadlineDays: input.deadlineDays,
      escalateAfterDays: input.escalateAfterDays,
      email,
      escalationEmail,
      createdBy: actor.userId,
    });
    await writeAudit(trx, actor, { action: 'create', entity: 'supply_duty', entityId: newId, unitId: unit.id, after: { ...input, dataSetId } });
    return newId;
  });
  return (await findDuty(db, id))!;
}

/** What may change in a duty (the unit and what it supplies stay; remove the duty and add another to change them). */
export interface DutyChange {
  periodType: PeriodTypeName;
  deadlineDays: number;
  escalateAfterDays: number;
  email?: string | null;
  escalationEmail?: string | null;
}

/** Changes a duty's period type, deadline, escalation delay and addresses; audited. */
export async function updateDuty(db: Kysely<DB>, actor: Actor, scope: Scope, id: number, input: DutyChange) {
  const duty = await findDuty(db, id);
  if (!duty || !inReach(scope, duty.unitId)) throw new AppError(404, 'not_found');
  assertWritable(scope, duty.unitId);
  if (duty.dataSetId !== null) {
    const form = await formRows(db, String(duty.dataSetId));
    if (form && form.set.period_type !== input.periodType)
      throw new AppError(400, 'supply_period_mismatch', { expected: form.set.period_type }, [{ field: 'periodType', code: 'supply_period_mismatch' }]);
  }
  const next = {
    periodType: input.periodType,
    deadlineDays: input.deadlineDays,
    escalateAfterDays: input.escalateAfterDays,
    email: checkEmail(input.email, 'email'),
    escalationEmail: checkEmail(input.escalationEmail, 'escalationEmail'),
  };
  await db.transaction().execute(async (trx) => {
    await updateDutyRow(trx, id, next);
    await writeAudit(trx, actor, { action: 'update', entity: 'supply_duty', entityId: id, unitId: duty.unitId, before: duty, after: next });
  });
  return (await findDuty(db, id))!;
}

/** Reminders and escalations sent for duties in the caller's area, newest first, with what was owed. */
export async function remindersSent(db: Kysely<DB>, reach: number[] | null, lang: 'vi' | 'en') {
  const rows = await sentReminders(db, reach, 500);
  const names = new Map<number, string>();
  for (const id of new Set(rows.flatMap((r) => (r.dataSetId === null ? [] : [r.dataSetId])))) {
    const f = await formRows(db, String(id));
    if (f) names.set(id, lang === 'en' ? (f.set.name_en ?? f.set.name_vi) : f.set.name_vi);
  }
  return rows.map((r) => ({
    id: r.id,
    dutyId: r.dutyId,
    unitId: r.unitId,
    unitName: r.unitName,
    what: r.dataSetId !== null ? (names.get(r.dataSetId) ?? String(r.dataSetId)) : (AREA_NAMES[r.registerArea ?? '']?.[lang] ?? r.registerArea ?? ''),
    periodId: r.periodId,
    periodName: (() => {
      const p = parsePeriod(r.periodId);
      return p ? periodName(p, lang) : r.periodId;
    })(),
    kind: r.kind as 'reminder' | 'escalation',
    recipients: Array.isArray(r.recipients) ? (r.recipients as string[]) : [],
    mailed: r.mailed,
    sentAt: new Date(r.sentAt).toISOString(),
  }));
}

/** Whether reminders go out by e-mail: the SMTP settings in use, without the password. */
export function mailSettings(env: NodeJS.ProcessEnv = process.env) {
  if (!env.SMTP_HOST) return { configured: false, host: null, port: null, secure: false, user: null, from: null };
  return {
    configured: true,
    host: env.SMTP_HOST,
    port: Number(env.SMTP_PORT ?? 587),
    secure: env.SMTP_SECURE === '1' || env.SMTP_SECURE === 'true',
    user: env.SMTP_USER || null,
    from: env.SMTP_FROM ?? 'Hệ thống dữ liệu dân tộc <no-reply@localhost>',
  };
}

export async function removeDuty(db: Kysely<DB>, actor: Actor, scope: Scope, id: number) {
  const duty = await findDuty(db, id);
  if (!duty || !inReach(scope, duty.unitId)) throw new AppError(404, 'not_found');
  await db.transaction().execute(async (trx) => {
    await deactivateDuty(trx, id);
    await writeAudit(trx, actor, { action: 'delete', entity: 'supply_duty', entityId: id, unitId: duty.unitId, before: duty });
  });
}

/** A unit declares a register area supplied (up to date) for a period. */
export async function confirmSupplied(db: Kysely<DB>, actor: Actor, scope: Scope, id: number, periodId: string) {
  const duty = await findDuty(db, id);
  if (!duty || !inReach(scope, duty.unitId)) throw new AppError(404, 'not_found');
  assertWritable(scope, duty.unitId);
  if (!duty.registerArea) throw new AppError(409, 'supply_not_register_area');
  const p = parsePeriod(periodId);
  if (!p || p.type !== duty.periodType) throw new AppError(400, 'supply_period_invalid', {}, [{ field: 'period', code: 'supply_period_invalid' }]);
  await db.transaction().execute(async (trx) => {
    await insertConfirmation(trx, id, p.id, actor.userId);
    await writeAudit(trx, actor, { action: 'supply_confirm', entity: 'supply_duty', entityId: id, unitId: duty.unitId, after: { periodId: p.id } });
  });
}

/** The last ended periods of a type on a day, newest first. */
function endedPeriods(type: PeriodTypeName, today: string): Period[] {
  const out: Period[] = [];
  let p = periodContaining(type, today);
  // A nine-month period covers only part of a year: start from the one of the year before when outside it.
  if (!p) p = periodContaining(type, `${Number(today.slice(0, 4))}-09-30`);
  if (p && today <= deadlineOf(p, 'calendar', 0)) p = previousPeriod(p);
  while (p && out.length < PERIODS_BACK) {
    out.push(p);
    p = previousPeriod(p);
  }
  return out;
}

const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

export interface OverdueItem {
  duty: DutyRow;
  period: Period;
  deadline: string;
  daysOverdue: number;
  escalated: boolean;
  what: { vi: string; en: string };
}

/** What the duties owe on a day: every ended period past its deadline and not supplied. */
export async function overdueOf(db: Kysely<DB>, duties: DutyRow[], today: string): Promise<OverdueItem[]> {
  const confirmed = new Set(
    (
      await confirmationsOf(
        db,
        duties.map((d) => d.id),
      )
    ).map((c) => `${c.dutyId}/${c.periodId}`),
  );
  const forms = new Map<number, { vi: string; en: string } | null>();
  const out: OverdueItem[] = [];
  for (const duty of duties) {
    let what: { vi: string; en: string };
    if (duty.dataSetId !== null) {
      if (!forms.has(duty.dataSetId)) {
        const f = await formRows(db, String(duty.dataSetId));
        forms.set(duty.dataSetId, f ? { vi: f.set.name_vi, en: f.set.name_en ?? f.set.name_vi } : null);
      }
      const f = forms.get(duty.dataSetId);
      if (!f) continue;
      what = f;
    } else what = AREA_NAMES[duty.registerArea ?? ''] ?? { vi: duty.registerArea ?? '', en: duty.registerArea ?? '' };
    // A duty applies from the first deadline on or after the day it was set.
    const since = dayInVN(new Date(duty.createdAt));
    for (const period of endedPeriods(duty.periodType, today)) {
      const deadline = deadlineOf(period, 'calendar', duty.deadlineDays);
      if (today <= deadline || deadline < since) continue;
      let supplied: boolean;
      if (duty.dataSetId !== null) {
        const sub = await submissionOf(db, { dataSetId: duty.dataSetId, unitId: duty.unitId, periodId: period.id });
        supplied = !!sub && (sub.status === 'submitted' || sub.status === 'approved');
      } else supplied = confirmed.has(`${duty.id}/${period.id}`);
      if (supplied) continue;
      const daysOverdue = daysBetween(deadline, today);
      out.push({ duty, period, deadline, daysOverdue, escalated: daysOverdue >= duty.escalateAfterDays, what });
    }
  }
  return out.sort((a, b) => b.daysOverdue - a.daysOverdue || a.duty.unitName.localeCompare(b.duty.unitName, 'vi'));
}

export function presentOverdue(o: OverdueItem, lang: 'vi' | 'en') {
  return {
    dutyId: o.duty.id,
    unitId: o.duty.unitId,
    unitName: o.duty.unitName,
    what: o.what[lang],
    periodId: o.period.id,
    periodName: periodName(o.period, lang),
    deadline: o.deadline,
    daysOverdue: o.daysOverdue,
    escalated: o.escalated,
  };
}

// ---------------------------------------------------------------------------------------------
// E-mail

/**
 * The SMTP settings, from the environment: SMTP_HOST (no host: no e-mail, reminders stay in the app),
 * SMTP_PORT (587), SMTP_SECURE=1 for TLS from the start (port 465), SMTP_USER and SMTP_PASSWORD,
 * SMTP_FROM (the sender), SMTP_TLS_REJECT_UNAUTHORIZED=0 to accept a self-signed certificate.
 */
export interface Mailer {
  send(to: string[], mail: { subject: string; text: string }): Promise<void>;
}

export function mailerFromEnv(env: NodeJS.ProcessEnv = process.env): Mailer | null {
  if (!env.SMTP_HOST) return null;
  const transport = nodemailer.createTransport({
    host: env.SMTP_HOST,
    port: Number(env.SMTP_PORT ?? 587),
    secure: env.SMTP_SECURE === '1' || env.SMTP_SECURE === 'true',
    auth: env.SMTP_USER ? { user: env.SMTP_USER, pass: env.SMTP_PASSWORD ?? '' } : undefined,
    tls: { rejectUnauthorized: env.SMTP_TLS_REJECT_UNAUTHORIZED !== '0' },
  });
  const from = env.SMTP_FROM ?? 'Hệ thống dữ liệu dân tộc <no-reply@localhost>';
  return {
    async send(to, mail) {
      await transport.sendMail({ from, to, subject: mail.subject, text: mail.text });
    },
  };
}

/**
 * Sends what is owed at `now`: one reminder per duty and overdue period to the unit, and, once the
 * escalation delay has passed, one escalation to the province. Each is claimed in the database
 * before sending (unique per duty, period and kind), so it goes out once whichever process runs
 * the job; a mail that fails is released and tried again on the next run.
 */
export async function sendReminders(db: Kysely<DB>, now: number, mailer: Mailer | null) {
  const today = dayInVN(now);
  const overdue = await overdueOf(db, await listDuties(db, null), today);
  const counts = { reminders: 0, escalations: 0, mailed: 0 };
  for (const o of overdue) {
    const kinds: ('reminder' | 'escalation')[] = o.escalated ? ['reminder', 'escalation'] : ['reminder'];
    for (const kind of kinds) {
      const to = (kind === 'reminder' ? o.duty.email : o.duty.escalationEmail) ?? null;
      if (!(await claimReminder(db, o.duty.id, o.period.id, kind, to ? [to] : []))) continue;
      counts[kind === 'reminder' ? 'reminders' : 'escalations']++;
      if (!mailer || !to) continue;
      const province = await provinceOf(db, o.duty.unitId);
      const content = {
        unitName: o.duty.unitName,
        provinceName: province?.name ?? 'Ủy ban nhân dân tỉnh',
        what: o.what.vi,
        periodName: periodName(o.period, 'vi'),
        deadline: o.deadline,
        daysOverdue: o.daysOverdue,
      };
      try {
        await mailer.send([to], kind === 'reminder' ? reminderMail(content) : escalationMail(content));
        await markMailed(db, o.duty.id, o.period.id, kind);
        counts.mailed++;
      } catch (e) {
        await releaseReminder(db, o.duty.id, o.period.id, kind);
        counts[kind === 'reminder' ? 'reminders' : 'escalations']--;
        logInternalError('supply-duty mail not sent', e);
      }
    }
  }
  return counts;
}

/** Duties as the API shows them, with the form's name in the reader's language. */
export async function dutyViews(db: Kysely<DB>, rows: DutyRow[], lang: 'vi' | 'en') {
  const names = new Map<number, string | null>();
  for (const id of new Set(rows.flatMap((r) => (r.dataSetId === null ? [] : [r.dataSetId])))) {
    const f = await formRows(db, String(id));
    names.set(id, f ? (lang === 'en' ? (f.set.name_en ?? f.set.name_vi) : f.set.name_vi) : null);
  }
  return rows.map((r) => presentDutyRow(r, r.dataSetId === null ? null : (names.get(r.dataSetId) ?? null)));
}
