import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../../server/errors.js';
import { requirePermission, requireUser, scopeOf } from '../../server/scope.js';
import { fetchReport } from '../spreadsheets/report.writer.js';
import { fileKind, openTable, readAll, type SheetRow } from '../spreadsheets/sheet.parse.js';
import { formFlag, importResult, readUpload } from '../spreadsheets/spreadsheet.service.js';
import { errorReportResponse, importReport, reportTokenParams, XLSX_TYPE } from '../spreadsheets/spreadsheet.schema.js';
import { actorOf } from '../audit/audit.service.js';
import { formPeriod, reportUnit } from '../data-entry/data-entry.access.js';
import { loadForm } from '../data-entry/data-entry.form.js';
import { EXCEL_COLUMNS, type ExcelKey } from './excel.columns.js';
import { buildReport } from './excel.report.js';
import { buildTemplate } from './excel.template.js';
import { uploadValues } from './excel.upload.js';
import { reportQuery, templateQuery, uploadDoc, xlsxResponse } from './reporting-excel.schema.js';

const tags = ['reporting'];
const MAX_UNITS = 200;
const attachment = (name: string) => `attachment; filename="${name}"`;

/**
 * With `dataSet` / `period` sent (the page the file is uploaded from), a template of another form
 * or period is refused as a whole, before anything is checked or written.
 */
function expectForm(rows: SheetRow<ExcelKey>[], dataSet: string | undefined, period: string | undefined) {
  const want = { dataSet: dataSet?.trim() || null, period: period?.trim() || null };
  if (!want.dataSet && !want.period) return;
  const other = rows.find((r) => r.values.element && ((want.dataSet && r.values.dataSet !== want.dataSet) || (want.period && r.values.period !== want.period)));
  if (other)
    throw new AppError(400, 'excel_other_form', {
      dataSet: other.values.dataSet,
      period: other.values.period,
      expectedDataSet: want.dataSet ?? other.values.dataSet,
      expectedPeriod: want.period ?? other.values.period,
    });
}

export const reportingExcelRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.ctx;

  async function resolve(request: FastifyRequest, dataSet: string, periodId: string, codes: string[]) {
    requireUser(request);
    const scope = await scopeOf(request);
    const form = await loadForm(db, dataSet, scope);
    const period = formPeriod(form, periodId);
    const graph = await app.ctx.graph();
    const units = [];
    for (const code of codes) {
      const u = await reportUnit(db, graph, scope, form, period, code, 'read');
      units.push({ id: u.id, code: u.code, name: `${u.type} ${u.name}` });
    }
    return { form, period, units };
  }

  app.get(
    '/reporting/excel/template',
    {
      schema: {
        tags,
        summary: 'Tải mẫu nhập Excel / download the XLSX template',
        querystring: templateQuery,
        response: xlsxResponse('Mẫu nhập XLSX / XLSX entry template'),
      },
    },
    async (request, reply) => {
      const codes = [
        ...new Set(
          request.query.units
            .split(',')
            .map((c) => c.trim())
            .filter(Boolean),
        ),
      ];
      if (!codes.length || codes.length > MAX_UNITS || codes.some((c) => !/^\d{2,5}$/.test(c)))
        throw new AppError(400, 'excel_units_count', { max: MAX_UNITS }, [{ field: 'units', code: 'excel_units_count', params: { max: MAX_UNITS } }]);
      const r = await resolve(request, request.query.dataSet, request.query.period, codes);
      const data = await buildTemplate(db, r.form, r.period, r.units);
      return reply
        .type(XLSX_TYPE)
        .header('content-disposition', attachment(`mau-nhap-${r.form.code}-${r.period.id}.xlsx`))
        .send(data);
    },
  );

  app.post(
    '/reporting/excel/upload',
    {
      schema: {
        tags,
        summary: 'Nhập số liệu từ Excel / upload a filled template',
        consumes: ['multipart/form-data'],
        body: uploadDoc,
        response: { 200: importReport },
      },
    },
    async (request, reply) => {
      requirePermission(request, 'enter_data');
      const { file, fields } = await readUpload(request);
      const dryRun = formFlag(fields.dryRun);
      if (file.data.length === 0) throw new AppError(400, 'file_empty');
      if (fileKind(file) !== 'xlsx') throw new AppError(400, 'excel_not_xlsx');
      const table = await openTable(file, EXCEL_COLUMNS, { maxRows: 50_000 }).catch((e: unknown) => {
        // Any other workbook: say it is not our template rather than list the coded columns.
        if (e instanceof AppError && e.code === 'missing_columns') throw new AppError(400, 'excel_not_template', e.params, e.details);
        throw e;
      });
      const rows = await readAll(table);
      expectForm(rows, fields.dataSet, fields.period);
      const outcome = await uploadValues(db, await app.ctx.graph(), await scopeOf(request), actorOf(request), rows, table.labels, dryRun);
      return importResult(request, reply, {
        columns: EXCEL_COLUMNS,
        labels: table.labels,
        rows: rows.filter((r) => r.values.element),
        ...outcome,
        dryRun,
        skipInvalid: false,
        reportPath: '/api/reporting/excel/upload-errors/',
        filename: 'loi-nhap-bieu.xlsx',
      });
    },
  );

  app.get(
    '/reporting/excel/upload-errors/:token',
    { schema: { tags, summary: 'Tệp báo lỗi / error report', params: reportTokenParams, response: errorReportResponse } },
    async (request, reply) => {
      const user = requireUser(request);
      const r = fetchReport(user.id, request.params.token);
      if (!r) throw new AppError(404, 'not_found');
      return reply.type(XLSX_TYPE).header('content-disposition', attachment(r.filename)).send(r.data);
    },
  );

  app.get(
    '/reporting/excel/report',
    { schema: { tags, summary: 'Báo cáo in / print-ready report', querystring: reportQuery, response: xlsxResponse('Báo cáo XLSX / XLSX report') } },
    async (request, reply) => {
      const r = await resolve(request, request.query.dataSet, request.query.period, [request.query.unit]);
      const data = await buildReport(db, r.form, r.period, r.units[0]);
      return reply
        .type(XLSX_TYPE)
        .header('content-disposition', attachment(`bao-cao-${r.form.code}-${r.units[0].code}-${r.period.id}.xlsx`))
        .send(data);
    },
  );
};
