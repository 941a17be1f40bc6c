import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../server/errors.js';
import { findEthnicGroup, listEthnicGroups } from './ethnic-groups.service.js';
import { presentEthnicGroup } from './ethnic-groups.presenter.js';
import { codeParams, ethnicGroup, listQuery } from './ethnic-groups.schema.js';

export const ethnicGroupsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/ethnic-groups',
    {
      schema: {
        tags: ['reference'],
        summary: 'Danh mục 54 dân tộc',
        querystring: listQuery,
        response: { 200: z.object({ items: z.array(ethnicGroup), total: z.number() }) },
      },
    },
    async (request) => {
      const { q, minority, sort } = request.query;
      const rows = await listEthnicGroups(app.ctx.db, { q, sort, minority: minority === undefined ? undefined : minority === 'true' });
      return { items: rows.map(presentEthnicGroup), total: rows.length };
    },
  );

  app.get('/ethnic-groups/:code', { schema: { tags: ['reference'], params: codeParams, response: { 200: ethnicGroup } } }, async (request) => {
    const row = await findEthnicGroup(app.ctx.db, request.params.code);
    if (!row) throw new AppError(404, 'unknown_ethnic_group', { code: request.params.code });
    return presentEthnicGroup(row);
  });
};
