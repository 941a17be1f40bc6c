import { jobHandle } from '../../db/connection.js';
import type { BackgroundJob } from '../../server/jobs.js';
import { processDueDeliveries } from './webhooks.service.js';

/** Sends the queued deliveries that are due (WEBHOOK_POLL_MS, 2 seconds by default). */
export const webhookDeliveryJob: BackgroundJob = {
  name: 'webhook deliveries',
  everyMs: Number(process.env.WEBHOOK_POLL_MS ?? 2000),
  run: (ctx) => processDueDeliveries(jobHandle(ctx.db), ctx.auth.now()),
};
