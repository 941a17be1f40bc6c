import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { scopeOf } from '../../server/scope.js';
import { todayVN } from '../../shared/dates.js';
import { requirePurpose, writeAccess } from './register.access.js';
import { communeFilter, registerWriter } from './units.service.js';
import { personDetail } from './persons-detail.service.js';
import { presentPerson } from './persons.presenter.js';
import {
  createBody,
  deleteQuery,
  detailQuery,
  idParams,
  idResponse,
  listQuery,
  patchBody,
  personDetail as detailSchema,
  personList,
} from './persons.schema.js';
import { createPerson, deletePerson, listPersons, patchPerson, restorePerson } from './persons.service.js';

const tags = ['persons'];

export const personsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.ctx;

  app.get(
    '/persons',
    { schema: { tags, summary: 'Danh sách nhân khẩu / persons', querystring: listQuery, response: { 200: personList } } },
    async (request) => {
      const q = request.query;
      const scope = await scopeOf(request);
      const communeIds = await communeFilter(db, await app.ctx.graph(), scope, q.commune, q.date ?? todayVN());
      const { rows, total } = await listPersons(db, {
        communeIds,
        date: q.date,
        q: q.q,
        ethnic: q.ethnic,
        sex: q.sex,
        status: q.status ?? 'all',
        page: q.page,
        pageSize: q.pageSize,
      });
      return { items: rows.map(presentPerson), total, page: q.page, pageSize: q.pageSize };
    },
  );

  app.get(
    '/persons/:id',
    {
      schema: {
        tags,
        summary: 'Hồ sơ nhân khẩu (ghi nhật ký truy cập) / a person record (access logged)',
        params: idParams,
        querystring: detailQuery,
        response: { 200: detailSchema },
      },
    },
    async (request) => {
      const purpose = requirePurpose(request.query.purpose);
      const role = request.user!.role;
      const detail = await personDetail(db, await scopeOf(request), request.params.id, request.query.date ?? todayVN(), {
        canEdit: role !== 'viewer',
        isAdmin: role === 'admin',
      });
      await writeAccess(db, request, {
        action: 'view_person',
        entity: 'person',
        entityId: request.params.id,
        purpose,
        details: request.query.date ? { date: request.query.date } : {},
      });
      return detail;
    },
  );

  app.post(
    '/persons',
    { schema: { tags, summary: 'Thêm nhân khẩu vào hộ / add a person to a household', body: createBody, response: { 201: idResponse } } },
    async (request, reply) => {
      const id = await createPerson(await registerWriter(request), request.body);
      return reply.status(201).send({ id });
    },
  );

  app.patch(
    '/persons/:id',
    { schema: { tags, summary: 'Sửa nhân khẩu / change a person', params: idParams, body: patchBody, response: { 200: idResponse } } },
    async (request) => {
      await patchPerson(await registerWriter(request), request.params.id, request.body);
      return { id: request.params.id };
    },
  );

  app.delete(
    '/persons/:id',
    { schema: { tags, summary: 'Xóa (mềm) nhân khẩu / delete a person', params: idParams, querystring: deleteQuery, response: { 200: idResponse } } },
    async (request) => {
      await deletePerson(await registerWriter(request), request.params.id, request.query.reason);
      return { id: request.params.id };
    },
  );

  app.post(
    '/persons/:id/restore',
    { schema: { tags, summary: 'Khôi phục nhân khẩu / restore a person', params: idParams, response: { 200: idResponse } } },
    async (request) => {
      await restorePerson(await registerWriter(request), request.params.id);
      return { id: request.params.id };
    },
  );
};
