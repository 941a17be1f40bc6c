import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { reachIds, requirePermission, scopeOf } from '../../server/scope.js';
import { listAccess } from './access-log.repository.js';
import { accessList, accessQuery } from './access-log.schema.js';

/** API names of stored actions: every read of a record is a `view`. */
const ACTIONS: Record<'view' | 'export', string[]> = { view: ['view_person'], export: ['export'] };
const presentAction = (stored: string) => (stored.startsWith('view_') ? 'view' : stored);

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
      const { rows, total } = await listAccess(app.ctx.db, { ...q, actions: q.action ? ACTIONS[q.action] : undefined, unitIds: reachIds(scope) });
      return {
        items: rows.map((r) => ({
          id: Number(r.id),
          at: new Date(r.at).toISOString(),
          user: { id: r.user_id, username: r.username, fullName: r.full_name ?? null },
          action: presentAction(r.action),
          entity: r.entity,
          entityId: r.entity_id,
          purpose: r.purpose,
          details: r.details ?? {},
        })),
        total,
        page: q.page,
        pageSize: q.pageSize,
      };
    },
  );
};
