import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError } from '../../server/errors.js';
import { reachIds, requirePermission, scopeOf } from '../../server/scope.js';
import { actorOf } from '../audit/audit.service.js';
import { personHistory, personParams, reportList, reportQuery, retentionBody, retentionParams, retentionReview } from './data-protection.schema.js';
import { accessReport, personAccessHistory, retentionReview as review, setRetention } from './data-protection.service.js';
import { visibleRequest } from './data-requests.service.js';

const tags = ['data-protection'];
const ACTIONS: Record<'view' | 'export', string[]> = { view: ['view_person'], export: ['export'] };

/** The data-protection report: uses of personal data, a person's access history, data past its retention. */
export const dataProtectionRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.ctx;

  /** The retention review of the caller's area. */
  async function reviewInArea(request: FastifyRequest, now: number) {
    const ids = reachIds(await scopeOf(request));
    const graph = await app.ctx.graph();
    const communes = ids === null ? null : ids.filter((id) => graph.units.get(id)?.level === 'commune');
    return review(db, communes, ids, now);
  }

  app.get(
    '/data-protection/accesses',
    {
      schema: {
        tags,
        summary: 'Ai đã đọc, xuất dữ liệu cá nhân nào, khi nào, vì sao / who read or exported which personal data',
        querystring: reportQuery,
        response: { 200: reportList },
      },
    },
    async (request) => {
      const user = requirePermission(request, 'read_audit');
      const q = request.query;
      const scope = await scopeOf(request);
      let unitIds = reachIds(scope);
      // A request's own uses are shown whole to whoever may see the request (its area is in reach).
      if (q.requestId) {
        await visibleRequest(db, user, scope, q.requestId);
        unitIds = null;
      }
      const { items, total } = await accessReport(db, { ...q, actions: q.action ? ACTIONS[q.action] : undefined }, unitIds);
      return { items, total, page: q.page, pageSize: q.pageSize };
    },
  );

  app.get(
    '/data-protection/persons/:id/accesses',
    {
      schema: {
        tags,
        summary: 'Lịch sử truy cập dữ liệu của một người / one person’s access history',
        params: personParams,
        response: { 200: personHistory },
      },
    },
    async (request) => {
      requirePermission(request, 'read_audit');
      return personAccessHistory(db, await app.ctx.graph(), await scopeOf(request), request.params.id);
    },
  );

  app.get(
    '/data-protection/retention',
    { schema: { tags, summary: 'Dữ liệu cá nhân quá thời hạn lưu giữ / personal data past its retention', response: { 200: retentionReview } } },
    async (request) => {
      requirePermission(request, 'read_audit');
      return reviewInArea(request, app.ctx.auth.now());
    },
  );

  app.put(
    '/data-protection/retention/:kind',
    {
      schema: {
        tags,
        summary: 'Đặt thời hạn lưu giữ / set a retention period',
        params: retentionParams,
        body: retentionBody,
        response: { 200: retentionReview },
      },
    },
    async (request) => {
      const user = requirePermission(request, 'manage_users');
      if (user.token) throw new AppError(403, 'token_scope_missing');
      // The periods hold in every province: only a national administrator sets them.
      if (user.scopeUnitId !== null) throw new AppError(403, 'forbidden');
      const now = app.ctx.auth.now();
      await setRetention(db, user, actorOf(request), request.params.kind, request.body.days, now);
      return reviewInArea(request, now);
    },
  );
};
