import { z } from 'zod';

export const REGISTER_AREAS = ['households', 'persons', 'poverty'] as const;
export const SUPPLY_PERIOD_TYPES = ['monthly', 'quarterly', 'six_monthly', 'nine_monthly', 'yearly'] as const;

export const createDutyBody = z.strictObject({
  unitId: z.number().int().positive(),
  /** The report form to supply (id or code), or… */
  dataSet: z.string().trim().min(1).max(80).optional(),
  /** …a part of the register to keep up to date. */
  registerArea: z.enum(REGISTER_AREAS).optional(),
  periodType: z.enum(SUPPLY_PERIOD_TYPES),
  /** Days after the end of a period by which it must be supplied. */
  deadlineDays: z.number().int().min(0).max(365),
  /** Days past the deadline after which the province is told. */
  escalateAfterDays: z.number().int().min(0).max(365).default(7),
  /** Where reminders go (the supplying unit). */
  email: z.string().trim().max(200).nullable().optional(),
  /** Where escalations go (the province). */
  escalationEmail: z.string().trim().max(200).nullable().optional(),
});

export const dutyShape = z.object({
  id: z.number().int(),
  unitId: z.number().int(),
  unitName: z.string(),
  dataSetId: z.number().int().nullable(),
  dataSetName: z.string().nullable(),
  registerArea: z.string().nullable(),
  periodType: z.string(),
  deadlineDays: z.number().int(),
  escalateAfterDays: z.number().int(),
  email: z.string().nullable(),
  escalationEmail: z.string().nullable(),
  createdAt: z.string(),
});
export const dutyList = z.object({ items: z.array(dutyShape) });
export const dutyIdParams = z.strictObject({ id: z.coerce.number().int().positive() });

export const overdueShape = z.object({
  dutyId: z.number().int(),
  unitId: z.number().int(),
  unitName: z.string(),
  /** What is owed, in the reader's language. */
  what: z.string(),
  periodId: z.string(),
  periodName: z.string(),
  deadline: z.string(),
  daysOverdue: z.number().int(),
  /** Past the escalation delay: the province has been told. */
  escalated: z.boolean(),
});
export const overdueList = z.object({ items: z.array(overdueShape) });
export const confirmParams = z.strictObject({ id: z.coerce.number().int().positive(), period: z.string().min(4).max(10) });
export const okShape = z.object({ ok: z.boolean() });
export const reminderRun = z.object({ reminders: z.number().int(), escalations: z.number().int(), mailed: z.number().int() });
/** Actions that take no input. */
export const emptyBody = z.strictObject({}).optional();

export const updateDutyBody = z.strictObject({
  periodType: z.enum(SUPPLY_PERIOD_TYPES),
  deadlineDays: z.number().int().min(0).max(365),
  escalateAfterDays: z.number().int().min(0).max(365),
  email: z.string().trim().max(200).nullable().optional(),
  escalationEmail: z.string().trim().max(200).nullable().optional(),
});
export const reminderShape = z.object({
  id: z.number().int(),
  dutyId: z.number().int(),
  unitId: z.number().int(),
  unitName: z.string(),
  what: z.string(),
  periodId: z.string(),
  periodName: z.string(),
  kind: z.enum(['reminder', 'escalation']),
  recipients: z.array(z.string()),
  /** The e-mail went out (false: in the app only, no address or no mail server). */
  mailed: z.boolean(),
  sentAt: z.string(),
});
export const reminderList = z.object({ items: z.array(reminderShape) });
export const mailStatus = z.object({
  configured: z.boolean(),
  host: z.string().nullable(),
  port: z.number().int().nullable(),
  secure: z.boolean(),
  user: z.string().nullable(),
  from: z.string().nullable(),
});
