import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError } from '../../server/errors.js';
import { inReach, reachIds, requirePermission, scopeOf } from '../../server/scope.js';
import { todayVN } from '../../shared/dates.js';
import { formFlag, importResult, readUpload, sendErrorReport } from '../spreadsheets/spreadsheet.service.js';
import { errorReportResponse, importFormFields, importReport, importUploadDoc, reportTokenParams } from '../spreadsheets/spreadsheet.schema.js';
import { openTable, readAll } from '../spreadsheets/sheet.parse.js';
import { actorOf } from '../audit/audit.service.js';
import { findUnitOn as findUnitOnDate } from '../admin-units/admin-units.lookup.js';
import { entryColumns, importEntries } from './classifications.import.js';
import { presentEntry, presentList } from './classifications.presenter.js';
import { asOfQuery, classificationList, createListBody, entriesQuery, entriesResponse, idParams, listsQuery, listsResponse } from './classifications.schema.js';
import { assertListWritable, countEntries, createList, findEntries, findLists, listVisible, visibleList } from './classifications.service.js';

const tags = ['classifications'];

export const classificationsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.ctx;

  app.get(
    '/classification-lists',
    { schema: { tags, summary: 'Danh sách phân loại theo thời kỳ / dated classification lists', querystring: listsQuery, response: { 200: listsResponse } } },
    async (request) => {
      const { date, kind, page, pageSize } = request.query;
      const scope = await scopeOf(request);
      const lists = (await findLists(db, { date, kind })).filter((l) => listVisible(scope, l));
      const shown = lists.slice((page - 1) * pageSize, page * pageSize);
      const counts = await countEntries(
        db,
        shown.map((l) => l.id),
        reachIds(scope),
      );
      return { items: shown.map((l) => presentList(l, counts.get(l.id) ?? 0)), total: lists.length, page, pageSize };
    },
  );

  app.get(
    '/classification-lists/:id',
    { schema: { tags, summary: 'Một danh sách / one list', params: idParams, response: { 200: classificationList } } },
    async (request) => {
      const scope = await scopeOf(request);
      const list = await visibleList(db, scope, request.params.id);
      const counts = await countEntries(db, [list.id], reachIds(scope));
      return presentList(list, counts.get(list.id) ?? 0);
    },
  );

  app.post(
    '/classification-lists',
    { schema: { tags, summary: 'Tạo danh sách / create a list', body: createListBody, response: { 201: classificationList } } },
    async (request, reply) => {
      const user = requirePermission(request, 'edit_classifications');
      const scope = await scopeOf(request);
      const list = await createList({ db, actor: actorOf(request), scope, scopeUnitId: user.scopeUnitId }, request.body);
      return reply.status(201).send(presentList(list, 0));
    },
  );

  app.get(
    '/classification-lists/:id/entries',
    {
      schema: { tags, summary: 'Nội dung một danh sách / what a list holds', params: idParams, querystring: entriesQuery, response: { 200: entriesResponse } },
    },
    async (request) => {
      const scope = await scopeOf(request);
      const list = await visibleList(db, scope, request.params.id);
      const { q, page, pageSize } = request.query;
      const { rows, total } = await findEntries(db, { listId: list.id, reach: reachIds(scope), q, page, pageSize });
      return { items: rows.map(presentEntry), total, page, pageSize };
    },
  );

  app.post(
    '/classification-lists/:id/import',
    {
      schema: {
        tags,
        summary: 'Nhập danh sách từ XLSX/CSV / import entries',
        params: idParams,
        consumes: ['multipart/form-data'],
        body: importUploadDoc,
        response: { 200: importReport },
      },
    },
    async (request, reply) => {
      requirePermission(request, 'edit_classifications');
      const scope = await scopeOf(request);
      const list = await visibleList(db, scope, request.params.id);
      assertListWritable(scope, list);
      const { file, fields } = await readUpload(request);
      const form = importFormFields.parse(fields);
      // Units are looked up as they were when the list took effect, unless told otherwise.
      const opts = { date: form.date ?? list.valid_from, dryRun: formFlag(form.dryRun), skipInvalid: formFlag(form.skipInvalid), filename: file.filename };
      const columns = entryColumns(list);
      const table = await openTable(file, columns, { maxRows: 20_000 });
      const rows = await readAll(table);
      const graph = await app.ctx.graph();
      const outcome = await importEntries({ db, actor: actorOf(request), scope, graph }, list, rows, table.labels, opts);
      return importResult(request, reply, {
        columns,
        labels: table.labels,
        rows,
        ...outcome,
        ...opts,
        reportPath: '/api/classification-lists/import-errors/',
        filename: 'loi-nhap-phan-loai.xlsx',
      });
    },
  );

  app.get(
    '/classification-lists/import-errors/:token',
    { schema: { tags, summary: 'Tệp báo lỗi nhập / import error report', params: reportTokenParams, response: errorReportResponse } },
    async (request, reply) => sendErrorReport(request, reply, request.params.token),
  );

  app.get(
    '/classifications',
    { schema: { tags, summary: 'Phân loại vào một ngày / classifications as of a date', querystring: asOfQuery, response: { 200: entriesResponse } } },
    async (request) => {
      const { kind, q, unit, page, pageSize } = request.query;
      const date = request.query.date ?? todayVN();
      const scope = await scopeOf(request);
      let unitId: number | undefined;
      if (unit) {
        const found = await findUnitOnDate(db, unit, date);
        if (!found) throw new AppError(404, 'unknown_unit', { code: unit, date });
        if (!inReach(scope, found.id)) throw new AppError(404, 'not_found');
        unitId = found.id;
      }
      const { rows, total } = await findEntries(db, { date, kind, unitId, reach: reachIds(scope), q, page, pageSize });
      return { items: rows.map(presentEntry), total, page, pageSize };
    },
  );
};
