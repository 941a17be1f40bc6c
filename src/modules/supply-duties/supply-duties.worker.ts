import { jobHandle } from '../../db/connection.js';
import type { BackgroundJob } from '../../server/jobs.js';
import { mailerFromEnv, sendReminders } from './supply-duties.service.js';

/** Sends overdue reminders and escalations (SUPPLY_REMINDER_MINUTES, every 60 minutes by default); each goes out once per duty and period. */
export const supplyReminderJob: BackgroundJob = {
  name: 'supply-duty reminders',
  everyMs: Number(process.env.SUPPLY_REMINDER_MINUTES ?? 60) * 60_000,
  run: (ctx) => sendReminders(jobHandle(ctx.db), ctx.auth.now(), mailerFromEnv()),
};
