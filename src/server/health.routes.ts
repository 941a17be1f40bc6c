import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import { z } from 'zod';

export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/health',
    { schema: { tags: ['system'], response: { 200: z.object({ status: z.literal('ok'), engine: z.string(), units: z.number() }) } } },
    async () => {
      const r = await sql<{ n: number }>`SELECT count(*)::int AS n FROM admin_unit`.execute(app.ctx.db);
      return { status: 'ok' as const, engine: app.ctx.engine, units: r.rows[0].n };
    },
  );
};
