import fs from 'node:fs';
import { pipeline } from 'node:stream/promises';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError } from '../../server/errors.js';
import { requireUser } from '../../server/scope.js';
import { idParams } from '../../shared/ids.js';
import { pagedResponse } from '../../shared/paging.js';
import { fileResponse } from '../spreadsheets/spreadsheet.schema.js';
import { formFlag } from '../spreadsheets/spreadsheet.service.js';
import { XLSX_TYPE } from '../spreadsheets/spreadsheet.schema.js';
import { registerWriter } from '../register/units.service.js';
import { importMaxMb } from '../uploads/uploads.limits.js';
import { importFolder, newUploadPath, precheckUpload, removeLeftovers } from './register-import.files.js';
import { importListQuery, importQueued, importUploadDoc, importView, templateQuery } from './register-import.schema.js';
import { errorReport, importDetail, listImports, queueImport, recoverAtStart, templateEthnicNames } from './register-import.service.js';
import { csvTemplate, xlsxTemplate } from './register-import.template.js';

const tags = ['register-import'];

export { importMaxMb };

export const registerImportRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, config } = app.ctx;
  const folder = importFolder(config.dataDir);

  // Imports cut short by a restart cannot resume: their file and transaction are gone.
  app.addHook('onReady', async () => {
    removeLeftovers(folder);
    await recoverAtStart(db);
  });

  app.get(
    '/register/import/template',
    {
      schema: {
        tags,
        summary: 'Mẫu nhập sổ hộ / register import template',
        querystring: templateQuery,
        response: {
          200: {
            content: {
              [XLSX_TYPE]: { schema: fileResponse('Mẫu XLSX / XLSX template') },
              'text/csv': { schema: fileResponse('Mẫu CSV (UTF-8) / CSV template (UTF-8)') },
            },
          },
        },
      },
    },
    async (request, reply) => {
      requireUser(request);
      if (request.query.format === 'csv') {
        reply.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="mau-nhap-so-ho.csv"');
        return reply.send(csvTemplate());
      }
      const ethnic = await templateEthnicNames(db);
      reply.header('content-type', XLSX_TYPE).header('content-disposition', 'attachment; filename="mau-nhap-so-ho.xlsx"');
      return reply.send(await xlsxTemplate(ethnic));
    },
  );

  // The file goes straight to disk (no memory to guard) and is parsed by the one-at-a-time import queue.
  app.post(
    '/register/imports',
    {
      config: { uploadGate: false },
      schema: {
        tags,
        summary: 'Tải tệp nhập sổ hộ / upload a register file',
        consumes: ['multipart/form-data'],
        body: importUploadDoc,
        response: { 202: importQueued },
      },
    },
    async (request, reply) => {
      const w = await registerWriter(request);
      const user = requireUser(request);
      fs.mkdirSync(folder, { recursive: true });
      const fields: Record<string, string> = {};
      let file: { name: string; path: string; size: number } | null = null;
      const max = importMaxMb();
      try {
        for await (const part of request.parts({ limits: { fileSize: max * 1024 * 1024, files: 1 } })) {
          if (part.type === 'file') {
            const target = newUploadPath(folder);
            file = { name: part.filename ?? 'upload', path: target, size: 0 };
            await pipeline(part.file, fs.createWriteStream(target));
            if (part.file.truncated) throw new AppError(413, 'import_file_too_large', { max });
            file.size = fs.statSync(target).size;
          } else fields[part.fieldname] = String(part.value ?? '');
        }
      } catch (e) {
        if (file) fs.rmSync(file.path, { force: true });
        if ((e as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw new AppError(413, 'import_file_too_large', { max });
        throw e;
      }
      if (!file) throw new AppError(400, 'file_required');
      const accepted = file;
      await precheckUpload(accepted.path).catch((e) => {
        fs.rmSync(accepted.path, { force: true });
        throw e;
      });
      const dryRun = fields.dryRun === undefined ? true : formFlag(fields.dryRun);
      const onlyValid = formFlag(fields.onlyValid);
      const queued = await queueImport(db, user.id, {
        path: file.path,
        fileName: file.name,
        bytesTotal: file.size,
        dryRun,
        onlyValid,
        actor: w.actor,
        scope: w.scope,
      });
      return reply.status(202).send(queued);
    },
  );

  app.get(
    '/register/imports',
    { schema: { tags, summary: 'Các lần nhập / imports', querystring: importListQuery, response: { 200: pagedResponse(importView) } } },
    async (request) => {
      const user = requireUser(request);
      const { page, pageSize } = request.query;
      return { ...(await listImports(db, user, page, pageSize)), page, pageSize };
    },
  );

  app.get(
    '/register/imports/:id',
    { schema: { tags, summary: 'Tiến độ và kết quả nhập / import progress and result', params: idParams, response: { 200: importView } } },
    async (request) => importDetail(db, requireUser(request), request.params.id),
  );

  app.get(
    '/register/imports/:id/errors.xlsx',
    {
      schema: {
        tags,
        summary: 'Tệp báo lỗi nhập / import error report',
        params: idParams,
        response: { 200: { content: { [XLSX_TYPE]: { schema: fileResponse('Báo cáo lỗi XLSX / XLSX error report') } } } },
      },
    },
    async (request, reply) => {
      const data = await errorReport(db, requireUser(request), request.params.id);
      reply.header('content-type', XLSX_TYPE).header('content-disposition', `attachment; filename="loi-nhap-so-ho-${request.params.id}.xlsx"`);
      return reply.send(data);
    },
  );
};
