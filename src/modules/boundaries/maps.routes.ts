import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireUser, scopeOf } from '../../server/scope.js';
import { asOf } from '../admin-units/as-of.js';
import { valuesQuery, valuesResponse } from './maps.schema.js';
import { mapValues } from './maps.service.js';

/** Register measures by unit for maps, limited to the caller's area. */
export const mapsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.ctx;
  app.get(
    '/maps/values',
    {
      schema: {
        tags: ['boundaries'],
        summary: 'Số liệu sổ hộ theo đơn vị cho bản đồ / register measures by unit for maps',
        description:
          'persons, households, minorityPersons, poorHouseholds (poverty of `year`) or povertyRate (% of households) for each unit of `level` below `parent` on `date`, with a point to draw a bubble at. Only units in the caller’s reach are returned.',
        querystring: valuesQuery,
        response: { 200: valuesResponse },
      },
    },
    async (request) => {
      requireUser(request);
      const q = request.query;
      const date = asOf(q.date);
      const v = { scope: await scopeOf(request), graph: await app.ctx.graph(), date };
      return mapValues(db, v, { measure: q.measure, level: q.level, parent: q.parent, year: q.year ?? Number(date.slice(0, 4)) });
    },
  );
};
