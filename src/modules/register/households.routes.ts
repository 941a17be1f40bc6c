import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError } from '../../server/errors.js';
import { scopeOf } from '../../server/scope.js';
import { todayVN } from '../../shared/dates.js';
import { communeFilter, registerWriter } from './units.service.js';
import { householdDetail } from './households-detail.service.js';
import { deleteHousehold, restoreHousehold } from './households-lifecycle.service.js';
import { putPovertyYear } from './poverty.service.js';
import { presentHousehold } from './households.presenter.js';
import {
  createBody,
  deleteQuery,
  detailQuery,
  householdDetail as detailSchema,
  householdList,
  idParams,
  idResponse,
  listQuery,
  patchBody,
  povertyBody,
  povertyParams,
} from './households.schema.js';
import { createHousehold, listHouseholds, patchHousehold } from './households.service.js';
import { eventBody, eventResponse } from './events.schema.js';
import { recordEvent } from './events.service.js';

const tags = ['households'];

export const householdsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.ctx;

  async function detail(request: Parameters<typeof scopeOf>[0], id: number, date: string) {
    const scope = await scopeOf(request);
    const role = request.user!.role;
    return householdDetail(db, scope, id, date, { canEdit: role !== 'viewer', isAdmin: role === 'admin' });
  }

  app.get(
    '/households',
    { schema: { tags, summary: 'Danh sách hộ / households', querystring: listQuery, response: { 200: householdList } } },
    async (request) => {
      const q = request.query;
      const date = q.date ?? todayVN();
      const scope = await scopeOf(request);
      const deleted = q.deleted === 'true';
      if (deleted && request.user!.role !== 'admin') throw new AppError(403, 'forbidden');
      const communeIds = await communeFilter(db, await app.ctx.graph(), scope, q.commune, date);
      const year = q.year ?? Number(date.slice(0, 4));
      const { rows, total } = await listHouseholds(db, {
        communeIds,
        date,
        q: q.q,
        villageId: q.village,
        ethnic: q.ethnic,
        poverty: q.poverty,
        year,
        housing: q.housing,
        water: q.water,
        internet: q.internet,
        deleted,
        page: q.page,
        pageSize: q.pageSize,
      });
      return { items: rows.map((r) => presentHousehold(r, year)), total, page: q.page, pageSize: q.pageSize };
    },
  );

  app.get(
    '/households/:id',
    {
      schema: {
        tags,
        summary: 'Một hộ vào một ngày / one household as of a date',
        params: idParams,
        querystring: detailQuery,
        response: { 200: detailSchema },
      },
    },
    async (request) => {
      return detail(request, request.params.id, request.query.date ?? todayVN());
    },
  );

  app.post(
    '/households',
    { schema: { tags, summary: 'Thêm hộ / add a household', body: createBody, response: { 201: detailSchema } } },
    async (request, reply) => {
      const id = await createHousehold(await registerWriter(request), request.body);
      return reply.status(201).send(await detail(request, id, todayVN()));
    },
  );

  app.patch(
    '/households/:id',
    { schema: { tags, summary: 'Sửa hộ / change a household', params: idParams, body: patchBody, response: { 200: detailSchema } } },
    async (request) => {
      await patchHousehold(await registerWriter(request), request.params.id, request.body);
      return detail(request, request.params.id, todayVN());
    },
  );

  app.put(
    '/households/:id/poverty/:year',
    {
      schema: {
        tags,
        summary: 'Phân loại nghèo theo năm / poverty classification of a year',
        params: povertyParams,
        body: povertyBody,
        response: { 200: detailSchema },
      },
    },
    async (request) => {
      const { id, year } = request.params;
      const { effectiveDate, ...input } = request.body;
      await putPovertyYear(await registerWriter(request), id, { ...input, year }, effectiveDate ?? todayVN());
      return detail(request, id, todayVN());
    },
  );

  app.delete(
    '/households/:id',
    { schema: { tags, summary: 'Xóa (mềm) hộ / delete a household', params: idParams, querystring: deleteQuery, response: { 200: idResponse } } },
    async (request) => {
      await deleteHousehold(await registerWriter(request), request.params.id, request.query.reason);
      return { id: request.params.id };
    },
  );

  app.post(
    '/households/:id/restore',
    { schema: { tags, summary: 'Khôi phục hộ / restore a household', params: idParams, response: { 200: detailSchema } } },
    async (request) => {
      await restoreHousehold(await registerWriter(request), request.params.id);
      return detail(request, request.params.id, todayVN());
    },
  );

  app.post(
    '/households/:id/events',
    { schema: { tags, summary: 'Ghi sự kiện hộ / record a life event', params: idParams, body: eventBody, response: { 201: eventResponse } } },
    async (request, reply) => reply.status(201).send(await recordEvent(await registerWriter(request), request.params.id, request.body)),
  );
};
