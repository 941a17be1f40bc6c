import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../../server/errors.js';
import { can, inReach, isVisible, reachIds, requirePermission, requireUser, scopeOf } from '../../server/scope.js';
import { todayVN } from '../../shared/dates.js';
import { formFlag, importResult, readUpload, sendErrorReport } from '../spreadsheets/spreadsheet.service.js';
import { errorReportResponse, importFormFields, importReport, importUploadDoc, reportTokenParams, XLSX_TYPE } from '../spreadsheets/spreadsheet.schema.js';
import { openTable, readAll } from '../spreadsheets/sheet.parse.js';
import { actorOf } from '../audit/audit.service.js';
import { villageDetail } from './villages.history.js';
import { importVillages, VILLAGE_COLUMNS } from './villages.import.js';
import { presentVillage } from './villages.presenter.js';
import {
  createBody,
  deactivateBody,
  idParams,
  listQuery,
  mergeBody,
  mergeResponse,
  patchBody,
  village,
  villageDetail as detailSchema,
  villageList,
  xlsxFile,
} from './villages.schema.js';
import { createVillage, deactivateVillage, findUnitOnDate, listVillages, mergeVillages, patchVillage } from './villages.service.js';
import { templateQuery, villageTemplate } from './villages.template.js';

const tags = ['villages'];

export const villagesRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.ctx;

  /** Communes under a unit code on a day that the caller reaches; null when no code was given. */
  async function communesUnder(request: FastifyRequest, code: string | undefined, date: string): Promise<number[] | null> {
    if (!code) return null;
    const scope = await scopeOf(request);
    const unit = await findUnitOnDate(db, code, date);
    if (!unit) throw new AppError(404, 'unknown_unit', { code, date });
    if (!isVisible(scope, unit.id)) throw new AppError(404, 'not_found');
    const graph = await app.ctx.graph();
    return graph.descendants(unit.id).filter((id) => graph.units.get(id)?.level === 'commune' && inReach(scope, id));
  }

  const writer = async (request: FastifyRequest) => {
    requirePermission(request, 'edit_villages');
    return { db, actor: actorOf(request), scope: await scopeOf(request) };
  };

  app.get('/villages', { schema: { tags, summary: 'Danh sách thôn / villages', querystring: listQuery, response: { 200: villageList } } }, async (request) => {
    const { commune, q, status, page, pageSize } = request.query;
    const date = request.query.date ?? todayVN();
    const scope = await scopeOf(request);
    const communeIds = await communesUnder(request, commune, date);
    const { rows, total } = await listVillages(db, { communeIds, reach: reachIds(scope), date, q, status, page, pageSize });
    return { items: rows.map(presentVillage), total, page, pageSize };
  });

  app.get(
    '/villages/template.xlsx',
    {
      schema: {
        tags,
        summary: 'Mẫu nhập thôn / village template',
        querystring: templateQuery,
        produces: [XLSX_TYPE],
        response: { 200: xlsxFile },
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      const date = request.query.date ?? todayVN();
      const scope = await scopeOf(request);
      let communeIds = await communesUnder(request, request.query.commune, date);
      // A commune officer gets their own villages to correct; others choose a commune.
      if (communeIds === null && user.scopeUnitId !== null && (await app.ctx.graph()).units.get(user.scopeUnitId)?.level === 'commune')
        communeIds = [...scope.reach];
      const prefill = communeIds ? (await listVillages(db, { communeIds, reach: reachIds(scope), date, page: 1, pageSize: 5000 })).rows : [];
      reply.header('content-type', XLSX_TYPE).header('content-disposition', 'attachment; filename="mau-danh-sach-thon.xlsx"');
      // Bytes go out as they are (no serializer runs on a Buffer); the schema documents them as binary.
      return reply.send((await villageTemplate(prefill)) as unknown as string);
    },
  );

  app.get(
    '/villages/import-errors/:token',
    { schema: { tags, summary: 'Tệp báo lỗi nhập / import error report', params: reportTokenParams, response: errorReportResponse } },
    async (request, reply) => sendErrorReport(request, reply, request.params.token),
  );

  app.get(
    '/villages/:id',
    { schema: { tags, summary: 'Một thôn và lịch sử / one village', params: idParams, response: { 200: detailSchema } } },
    async (request) => {
      const scope = await scopeOf(request);
      return villageDetail(db, scope, request.params.id, can(request.user, 'edit_villages'));
    },
  );

  app.post('/villages', { schema: { tags, summary: 'Thêm thôn / add a village', body: createBody, response: { 201: village } } }, async (request, reply) => {
    const created = await createVillage(await writer(request), request.body);
    return reply.status(201).send(presentVillage(created));
  });

  app.patch(
    '/villages/:id',
    { schema: { tags, summary: 'Đổi tên, loại / rename, retype', params: idParams, body: patchBody, response: { 200: village } } },
    async (request) => {
      return presentVillage(await patchVillage(await writer(request), request.params.id, request.body));
    },
  );

  app.post(
    '/villages/:id/deactivate',
    { schema: { tags, summary: 'Ngừng hoạt động / deactivate', params: idParams, body: deactivateBody, response: { 200: village } } },
    async (request) => presentVillage(await deactivateVillage(await writer(request), request.params.id, request.body)),
  );

  app.post(
    '/villages/merge',
    { schema: { tags, summary: 'Sáp nhập thôn / merge villages', body: mergeBody, response: { 200: mergeResponse } } },
    async (request) => {
      const { target, sources } = await mergeVillages(await writer(request), request.body);
      return { target: presentVillage(target), sources: sources.map(presentVillage) };
    },
  );

  app.post(
    '/villages/import',
    {
      schema: {
        tags,
        summary: 'Nhập thôn từ XLSX/CSV / import villages',
        consumes: ['multipart/form-data'],
        body: importUploadDoc,
        response: { 200: importReport },
      },
    },
    async (request, reply) => {
      const w = await writer(request);
      const { file, fields } = await readUpload(request);
      const form = importFormFields.parse(fields);
      const opts = { date: form.date ?? todayVN(), dryRun: formFlag(form.dryRun), skipInvalid: formFlag(form.skipInvalid), filename: file.filename };
      const table = await openTable(file, VILLAGE_COLUMNS, { maxRows: 20_000 });
      const rows = await readAll(table);
      const outcome = await importVillages(w, rows, table.labels, opts);
      return importResult(request, reply, {
        columns: VILLAGE_COLUMNS,
        labels: table.labels,
        rows,
        ...outcome,
        ...opts,
        reportPath: '/api/villages/import-errors/',
        filename: 'loi-nhap-thon.xlsx',
      });
    },
  );
};
