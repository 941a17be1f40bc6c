import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError } from '../../server/errors.js';
import { requireUser, scopeOf } from '../../server/scope.js';
import { todayVN } from '../../shared/dates.js';
import { communeFilter } from '../register/units.service.js';
import { columnChoices } from './register-export.columns.js';
import { columnsResponse, EXPORT_TYPES, exportFile, householdExportQuery, personExportQuery } from './register-export.schema.js';
import { HOUSEHOLD_COLUMNS, householdBatches, PERSON_COLUMNS, personBatches, sendExport } from './register-export.service.js';

const tags = ['register'];

/** Exports of the filtered household and person lists, with the same filters and scope as the lists. */
export const registerExportRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.ctx;

  app.get(
    '/register/export/columns',
    { schema: { tags, summary: 'Các cột có thể xuất / exportable columns', response: { 200: columnsResponse } } },
    async (request) => {
      const { role } = requireUser(request);
      return { households: columnChoices(HOUSEHOLD_COLUMNS, role), persons: columnChoices(PERSON_COLUMNS, role) };
    },
  );

  app.get(
    '/households/export',
    {
      schema: {
        tags: ['households'],
        summary: 'Xuất danh sách hộ (ghi nhật ký) / export households (logged)',
        querystring: householdExportQuery,
        produces: EXPORT_TYPES,
        response: { 200: exportFile },
      },
    },
    async (request, reply) => {
      const q = request.query;
      const user = requireUser(request);
      const date = q.date ?? todayVN();
      const scope = await scopeOf(request);
      const deleted = q.deleted === 'true';
      if (deleted && user.role !== 'admin') throw new AppError(403, 'forbidden');
      const communeIds = await communeFilter(db, await app.ctx.graph(), scope, q.commune, date);
      const year = q.year ?? Number(date.slice(0, 4));
      const filter = {
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
        page: 1,
        pageSize: 1,
      };
      return sendExport(request, reply, {
        entity: 'household',
        fileName: 'danh-sach-ho',
        sheetName: 'Danh sách hộ',
        allColumns: HOUSEHOLD_COLUMNS,
        query: q,
        rows: householdBatches(db, filter),
      });
    },
  );

  app.get(
    '/persons/export',
    {
      schema: {
        tags: ['persons'],
        summary: 'Xuất danh sách nhân khẩu (ghi nhật ký) / export persons (logged)',
        querystring: personExportQuery,
        produces: EXPORT_TYPES,
        response: { 200: exportFile },
      },
    },
    async (request, reply) => {
      const q = request.query;
      const scope = await scopeOf(request);
      const communeIds = await communeFilter(db, await app.ctx.graph(), scope, q.commune, q.date ?? todayVN());
      const filter = { communeIds, date: q.date, q: q.q, ethnic: q.ethnic, sex: q.sex, status: q.status ?? 'all', page: 1, pageSize: 1 } as const;
      return sendExport(request, reply, {
        entity: 'person',
        fileName: 'danh-sach-nhan-khau',
        sheetName: 'Nhân khẩu',
        allColumns: PERSON_COLUMNS,
        query: q,
        rows: personBatches(db, filter),
      });
    },
  );
};
