import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requestLanguage } from '../../server/errors.js';
import { requireUser, scopeOf } from '../../server/scope.js';
import { todayVN } from '../../shared/dates.js';
import { headlineFigures } from '../boundaries/maps.service.js';
import { communeFilter } from '../register/units.service.js';
import { overviewResponse } from './overview.schema.js';
import { registerOverview, reportsOverview } from './overview.service.js';

/** What the home page shows: the register of the caller's area and the reports it owes. */
export const overviewRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.ctx;
  app.get(
    '/overview',
    { schema: { tags: ['overview'], summary: 'Tổng quan / what needs attention in my area', response: { 200: overviewResponse } } },
    async (request) => {
      requireUser(request);
      const today = todayVN();
      const scope = await scopeOf(request);
      const graph = await app.ctx.graph();
      const communeIds = await communeFilter(db, graph, scope, undefined, today);
      const [register, reports, headline] = await Promise.all([
        registerOverview(db, communeIds, today),
        reportsOverview(db, graph, scope, today, requestLanguage(request)),
        headlineFigures(db, scope, today),
      ]);
      return { date: today, register, headline, reports };
    },
  );
};
