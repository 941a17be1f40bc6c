import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requirePermission, requireUser, scopeOf } from '../../server/scope.js';
import { actorOf } from '../audit/audit.service.js';
import { isAggregatesOnly } from '../accounts/user-names.service.js';
import { presentIndicator, presentVisualisation } from './analytics.presenter.js';
import {
  analyticsAnswer,
  analyticsQuery,
  catalogueAnswer,
  checkAnswer,
  checkBody,
  idParams,
  indicator,
  indicatorBody,
  indicatorList,
  settingsBody,
  visualisation,
  visualisationBody,
  visualisationList,
  visualisationPatch,
} from './analytics.schema.js';
import { analyticsCatalogue, changeIndicator, checkExpression, createIndicator, listIndicators, removeIndicator } from './indicators.service.js';
import { runQuery } from './query.service.js';
import {
  changeThreshold,
  changeVisualisation,
  openVisualisation,
  removeVisualisation,
  saveVisualisation,
  suppressionThreshold,
  visualisationsOf,
} from './visualisations.service.js';

const tags = ['analytics'];
const ok = z.object({ ok: z.literal(true) });

/** Indicators, the pivot query and saved visualisations. */
export const analyticsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.ctx;

  app.get(
    '/analytics/catalogue',
    { schema: { tags, summary: 'Dữ liệu có thể phân tích / what can be analysed', response: { 200: catalogueAnswer } } },
    async (request) => {
      const user = requireUser(request);
      return analyticsCatalogue(db, user.language, await suppressionThreshold(db), await isAggregatesOnly(db, user.id));
    },
  );

  app.post(
    '/analytics/query',
    { schema: { tags, summary: 'Bảng tổng hợp / pivot query', body: analyticsQuery, response: { 200: analyticsAnswer } } },
    async (request) => {
      const user = requireUser(request);
      return runQuery(db, await app.ctx.graph(), await scopeOf(request), user, request.body);
    },
  );

  app.get('/analytics/indicators', { schema: { tags, summary: 'Chỉ tiêu / indicators', response: { 200: indicatorList } } }, async (request) => {
    requireUser(request);
    return { items: (await listIndicators(db)).map(presentIndicator) };
  });

  app.post(
    '/analytics/indicators/check',
    { schema: { tags, summary: 'Kiểm tra công thức / check a formula', body: checkBody, response: { 200: checkAnswer } } },
    async (request) => {
      requireUser(request);
      return checkExpression(db, request.body.expression);
    },
  );

  app.post(
    '/analytics/indicators',
    { schema: { tags, summary: 'Thêm chỉ tiêu / add an indicator', body: indicatorBody, response: { 201: indicator } } },
    async (request, reply) => {
      requirePermission(request, 'manage_reporting');
      reply.code(201);
      return presentIndicator(await createIndicator(db, actorOf(request), request.body));
    },
  );

  app.put(
    '/analytics/indicators/:id',
    { schema: { tags, summary: 'Sửa chỉ tiêu / change an indicator', params: idParams, body: indicatorBody, response: { 200: indicator } } },
    async (request) => {
      requirePermission(request, 'manage_reporting');
      return presentIndicator(await changeIndicator(db, actorOf(request), request.params.id, request.body));
    },
  );

  app.delete(
    '/analytics/indicators/:id',
    { schema: { tags, summary: 'Xóa chỉ tiêu / delete an indicator', params: idParams, response: { 200: ok } } },
    async (request) => {
      requirePermission(request, 'manage_reporting');
      await removeIndicator(db, actorOf(request), request.params.id);
      return { ok: true as const };
    },
  );

  app.get(
    '/analytics/visualisations',
    { schema: { tags, summary: 'Biểu đồ đã lưu / saved visualisations', response: { 200: visualisationList } } },
    async (request) => {
      const user = requireUser(request);
      const { rows, names } = await visualisationsOf(db, user);
      return { items: rows.map((r) => presentVisualisation(r, names, user.id)) };
    },
  );

  app.get(
    '/analytics/visualisations/:id',
    { schema: { tags, summary: 'Mở biểu đồ / open a visualisation', params: idParams, response: { 200: visualisation } } },
    async (request) => {
      const user = requireUser(request);
      const { row, names } = await openVisualisation(db, user, request.params.id);
      return presentVisualisation(row, names, user.id);
    },
  );

  app.post(
    '/analytics/visualisations',
    { schema: { tags, summary: 'Lưu biểu đồ / save a visualisation', body: visualisationBody, response: { 201: visualisation } } },
    async (request, reply) => {
      const user = requireUser(request);
      const { row, names } = await saveVisualisation(db, user, actorOf(request), request.body);
      reply.code(201);
      return presentVisualisation(row, names, user.id);
    },
  );

  app.patch(
    '/analytics/visualisations/:id',
    {
      schema: {
        tags,
        summary: 'Đổi tên, sửa hoặc chia sẻ biểu đồ / rename, change or share',
        params: idParams,
        body: visualisationPatch,
        response: { 200: visualisation },
      },
    },
    async (request) => {
      const user = requireUser(request);
      const { row, names } = await changeVisualisation(db, user, actorOf(request), request.params.id, request.body);
      return presentVisualisation(row, names, user.id);
    },
  );

  app.delete(
    '/analytics/visualisations/:id',
    { schema: { tags, summary: 'Xóa biểu đồ / delete a visualisation', params: idParams, response: { 200: ok } } },
    async (request) => {
      const user = requireUser(request);
      await removeVisualisation(db, user, actorOf(request), request.params.id);
      return { ok: true as const };
    },
  );

  app.put(
    '/analytics/settings',
    { schema: { tags, summary: 'Ngưỡng che số nhỏ / disclosure threshold', body: settingsBody, response: { 200: ok } } },
    async (request) => {
      requirePermission(request, 'manage_users');
      await changeThreshold(db, actorOf(request), request.body.threshold);
      return { ok: true as const };
    },
  );
};
