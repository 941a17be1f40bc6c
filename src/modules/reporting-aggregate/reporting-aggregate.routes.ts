import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireUser, scopeOf } from '../../server/scope.js';
import { aggregateQuery, aggregateResponse } from './aggregate.schema.js';
import { aggregate } from './aggregate.service.js';

export const reportingAggregateRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/reporting/aggregate',
    {
      schema: {
        tags: ['reporting'],
        summary: 'Tổng hợp số liệu theo địa bàn / aggregate up the hierarchy',
        querystring: aggregateQuery,
        response: { 200: aggregateResponse },
      },
    },
    async (request) => {
      requireUser(request);
      return aggregate(app.ctx.db, await app.ctx.graph(), await scopeOf(request), request.query);
    },
  );
};
