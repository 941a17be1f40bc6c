import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { unitCount } from '../modules/admin-units/reorganisations.service.js';

export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/health',
    { schema: { tags: ['system'], response: { 200: z.object({ status: z.literal('ok'), engine: z.string(), units: z.number() }) } } },
    async () => {
      return { status: 'ok' as const, engine: app.ctx.engine, units: await unitCount(app.ctx.db) };
    },
  );
};
