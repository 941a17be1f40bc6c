import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { reachIds, requirePermission, scopeOf } from '../../server/scope.js';
import { presentAccess } from './access-log.presenter.js';
import { accessEntries } from './access-log.service.js';
import { accessList, accessQuery } from './access-log.schema.js';

/** Stored actions behind each API action. */
const ACTIONS: Record<'view' | 'export', string[]> = { view: ['view_person'], export: ['export'] };

export const accessLogRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/access-log',
    {
      schema: {
        tags: ['audit'],
        summary: 'Nhật ký truy cập dữ liệu cá nhân / personal data access log',
        querystring: accessQuery,
        response: { 200: accessList },
      },
    },
    async (request) => {
      // Administrators and provincial officers, as for the audit log.
      requirePermission(request, 'read_audit');
      const q = request.query;
      const scope = await scopeOf(request);
      const { rows, total } = await accessEntries(app.ctx.db, { ...q, actions: q.action ? ACTIONS[q.action] : undefined }, reachIds(scope));
      return {
        items: rows.map(presentAccess),
        total,
        page: q.page,
        pageSize: q.pageSize,
      };
    },
  );
};
