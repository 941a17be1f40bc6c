import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../server/errors.js';
import { requireUser, scopeOf } from '../../server/scope.js';
import { actorOf } from '../audit/audit.service.js';
import { cachedAnswer } from './answer-cache.js';
import { idParams } from './analytics.schema.js';
import { presentDashboard, presentDashboardSummary, presentMap } from './dashboards.presenter.js';
import {
  dashboard,
  dashboardBody,
  dashboardFilter,
  dashboardList,
  dashboardPatch,
  itemData,
  itemParams,
  openQuery,
  openedDashboard,
  mapBody,
  mapPatch,
  savedMap,
  savedMapList,
} from './dashboards.schema.js';
import {
  changeDashboard,
  changeMap,
  dashboardItemData,
  itemCacheKey,
  itemDataOf,
  dashboardsOf,
  mapsOf,
  openDashboard,
  openMap,
  removeDashboard,
  removeMap,
  saveDashboard,
  saveMap,
} from './dashboards.service.js';

const tags = ['analytics'];
const ok = z.object({ ok: z.literal(true) });

/** Saved maps and dashboards (saved visualisations and maps in a grid, with one filter for all). */
export const dashboardsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.ctx;

  app.get('/analytics/maps', { schema: { tags, summary: 'Bản đồ đã lưu / saved maps', response: { 200: savedMapList } } }, async (request) => {
    const user = requireUser(request);
    const { rows, names } = await mapsOf(db, user);
    return { items: rows.map((r) => presentMap(r, names, user.id)) };
  });

  app.get(
    '/analytics/maps/:id',
    { schema: { tags, summary: 'Mở bản đồ đã lưu / open a saved map', params: idParams, response: { 200: savedMap } } },
    async (request) => {
      const user = requireUser(request);
      const { row, names } = await openMap(db, user, request.params.id);
      return presentMap(row, names, user.id);
    },
  );

  app.post('/analytics/maps', { schema: { tags, summary: 'Lưu bản đồ / save a map', body: mapBody, response: { 201: savedMap } } }, async (request, reply) => {
    const user = requireUser(request);
    const { row, names } = await saveMap(db, user, actorOf(request), request.body);
    reply.code(201);
    return presentMap(row, names, user.id);
  });

  app.patch(
    '/analytics/maps/:id',
    {
      schema: {
        tags,
        summary: 'Đổi tên, sửa hoặc chia sẻ bản đồ / rename, change or share a map',
        params: idParams,
        body: mapPatch,
        response: { 200: savedMap },
      },
    },
    async (request) => {
      const user = requireUser(request);
      const { row, names } = await changeMap(db, user, actorOf(request), request.params.id, request.body);
      return presentMap(row, names, user.id);
    },
  );

  app.delete(
    '/analytics/maps/:id',
    { schema: { tags, summary: 'Xóa bản đồ / delete a saved map', params: idParams, response: { 200: ok } } },
    async (request) => {
      const user = requireUser(request);
      await removeMap(db, user, actorOf(request), request.params.id);
      return { ok: true as const };
    },
  );

  app.get('/dashboards', { schema: { tags, summary: 'Bảng điều khiển / dashboards', response: { 200: dashboardList } } }, async (request) => {
    const user = requireUser(request);
    const { rows, names, units } = await dashboardsOf(db, user, await scopeOf(request));
    return { items: rows.map((r) => presentDashboardSummary(r, names, units, user.id)) };
  });

  app.get(
    '/dashboards/:id',
    { schema: { tags, summary: 'Mở bảng điều khiển / open a dashboard', params: idParams, response: { 200: dashboard } } },
    async (request) => {
      const user = requireUser(request);
      return presentDashboard(await openDashboard(db, user, await scopeOf(request), request.params.id), user.id);
    },
  );

  app.post(
    '/dashboards',
    { schema: { tags, summary: 'Tạo bảng điều khiển / create a dashboard', body: dashboardBody, response: { 201: dashboard } } },
    async (request, reply) => {
      const user = requireUser(request);
      const d = await saveDashboard(db, user, await scopeOf(request), actorOf(request), request.body);
      reply.code(201);
      return presentDashboard(d, user.id);
    },
  );

  app.patch(
    '/dashboards/:id',
    {
      schema: {
        tags,
        summary: 'Sửa, sắp xếp hoặc chia sẻ bảng điều khiển / change, arrange or share a dashboard',
        params: idParams,
        body: dashboardPatch,
        response: { 200: dashboard },
      },
    },
    async (request) => {
      const user = requireUser(request);
      return presentDashboard(await changeDashboard(db, user, await scopeOf(request), actorOf(request), request.params.id, request.body), user.id);
    },
  );

  app.delete(
    '/dashboards/:id',
    { schema: { tags, summary: 'Xóa bảng điều khiển / delete a dashboard', params: idParams, response: { 200: ok } } },
    async (request) => {
      const user = requireUser(request);
      await removeDashboard(db, user, await scopeOf(request), actorOf(request), request.params.id);
      return { ok: true as const };
    },
  );

  app.post(
    '/dashboards/:id/items/:itemId/data',
    {
      schema: {
        tags,
        summary: 'Số liệu một mục với bộ lọc của bảng / one item with the dashboard filter',
        description:
          'For a visualisation: its query with the filter’s periods and unit in place of its own, run in the caller’s area. For a map: its settings with the year of the last period and the unit as parent, and its values. Headline figures, reporting completeness and programme disbursement likewise. An answer is kept until the database next changes (header `x-answer-cache: hit` when it was).',
        params: itemParams,
        body: dashboardFilter,
        response: { 200: itemData },
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      const { id, itemId } = request.params;
      const { value, hit } = await cachedAnswer(db, itemCacheKey(user, id, itemId, request.body), async () =>
        dashboardItemData(db, await app.ctx.graph(), await scopeOf(request), user, id, itemId, request.body),
      );
      reply.header('x-answer-cache', hit ? 'hit' : 'miss');
      return value;
    },
  );

  app.get(
    '/dashboards/open',
    {
      schema: {
        tags,
        summary: 'Mở bảng điều khiển cùng số liệu mọi mục / a dashboard with every item’s data',
        description:
          'The dashboard `id` (default: the first the caller may open, as listed) and the filter (`periods` comma-separated, `unit`) with the data of each of its items under the filter, as `POST /dashboards/{id}/items/{itemId}/data` gives them one by one; `dashboard` is null when the caller may open none. Answers are kept until the database next changes.',
        querystring: openQuery,
        response: { 200: openedDashboard },
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      const scope = await scopeOf(request);
      const { id: asked, periods, unit } = request.query;
      const filter = { ...(periods ? { periods } : {}), ...(unit ? { unit } : {}) };
      const id = asked ?? (await dashboardsOf(db, user, scope)).rows[0]?.id;
      if (id === undefined) return { dashboard: null, items: {} };
      const d = await openDashboard(db, user, scope, id);
      const graph = await app.ctx.graph();
      const items: Record<string, Awaited<ReturnType<typeof itemDataOf>>> = {};
      let hits = 0;
      // One after the other: the embedded engine answers one query at a time anyway.
      for (const item of d.row.items as { id: string; kind: string }[]) {
        if (item.kind === 'text') continue;
        try {
          const r = await cachedAnswer(db, itemCacheKey(user, id, item.id, filter), () => itemDataOf(db, graph, scope, user, d, item.id, filter));
          items[item.id] = r.value;
          if (r.hit) hits++;
        } catch (e) {
          // An item that cannot be drawn (deleted visualisation, refused query) is left out: the page asks for it alone and shows why.
          if (!(e instanceof AppError)) throw e;
        }
      }
      reply.header('x-answer-cache', `${hits}/${Object.keys(items).length}`);
      return { dashboard: presentDashboard(d, user.id), items };
    },
  );
};
