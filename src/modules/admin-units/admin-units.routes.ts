import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { scopeOf } from '../../server/scope.js';
import { asOf } from './as-of.js';
import { codeParams, dateQuery, listQuery, unitDetail, unitItems, unitLinks as unitLinksShape, unitList } from './admin-units.schema.js';
import { codeVersions, listUnitsAsOf, resolveUnit, unitLinks, unitPath, type AsOf } from './admin-units.service.js';
import { reorganisationsRoutes } from './reorganisations.routes.js';

const tags = ['admin-units'];

/** Administrative units as of a date, with their paths, successions and versions; scoped to the caller's area. */
export const adminUnitsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.ctx;
  const asOfRequest = async (request: FastifyRequest, date: string | undefined): Promise<AsOf> => {
    const scope = await scopeOf(request);
    return { scope, graph: await app.ctx.graph(), date: asOf(date) };
  };

  app.get(
    '/admin-units',
    { schema: { tags, summary: 'Đơn vị hành chính theo ngày / units valid on a date', querystring: listQuery, response: { 200: unitList } } },
    async (request) => {
      const { date, ...query } = request.query;
      return listUnitsAsOf(db, await asOfRequest(request, date), query);
    },
  );

  app.get(
    '/admin-units/:code',
    {
      schema: { tags, summary: 'Một đơn vị và đường dẫn / one unit with its path', params: codeParams, querystring: dateQuery, response: { 200: unitDetail } },
    },
    async (request) => {
      const v = await asOfRequest(request, request.query.date);
      const row = await resolveUnit(db, v, request.params.code);
      const path = await unitPath(db, v, row);
      return { ...path[path.length - 1], path };
    },
  );

  app.get(
    '/admin-units/:code/path',
    { schema: { tags, summary: 'Tỉnh → … → đơn vị / province to unit', params: codeParams, querystring: dateQuery, response: { 200: unitItems } } },
    async (request) => {
      const v = await asOfRequest(request, request.query.date);
      return { items: await unitPath(db, v, await resolveUnit(db, v, request.params.code)) };
    },
  );

  for (const direction of ['successors', 'predecessors'] as const) {
    app.get(
      `/admin-units/:code/${direction}`,
      {
        schema: {
          tags,
          summary: direction === 'successors' ? 'Đơn vị kế thừa / what the unit became' : 'Đơn vị tiền thân / what the unit was made from',
          params: codeParams,
          querystring: dateQuery,
          response: { 200: unitLinksShape },
        },
      },
      async (request) => {
        const v = await asOfRequest(request, request.query.date);
        return unitLinks(db, v, await resolveUnit(db, v, request.params.code), direction);
      },
    );
  }

  app.get(
    '/admin-units/:code/versions',
    {
      schema: {
        tags,
        summary: 'Các đơn vị từng mang mã này / every unit that carried the code',
        params: codeParams,
        querystring: z.strictObject({}),
        response: { 200: unitItems },
      },
    },
    async (request) => ({ items: await codeVersions(db, await asOfRequest(request, undefined), request.params.code) }),
  );

  await app.register(reorganisationsRoutes);
};
