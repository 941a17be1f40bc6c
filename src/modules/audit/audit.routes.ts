import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { reachIds, requirePermission, scopeOf } from '../../server/scope.js';
import { presentAudit } from './audit.presenter.js';
import { auditList, auditQuery } from './audit.schema.js';
import { auditEntries } from './audit.service.js';
import { describeEntries } from './audit-names.service.js';

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/audit',
    { schema: { tags: ['audit'], summary: 'Nhật ký thay đổi / audit log', querystring: auditQuery, response: { 200: auditList } } },
    async (request) => {
      const user = requirePermission(request, 'read_audit');
      const scope = await scopeOf(request);
      const { rows, total } = await auditEntries(app.ctx.db, { ...request.query, unitIds: reachIds(scope), selfId: user.id });
      const names = await describeEntries(app.ctx.db, rows, user.language);
      return { items: rows.map((r, i) => presentAudit(r, names[i])), total, page: request.query.page, pageSize: request.query.pageSize };
    },
  );
};
