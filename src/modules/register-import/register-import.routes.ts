import fs from 'node:fs';
import { idParams } from '../../shared/ids.js';
import { pipeline } from 'node:stream/promises';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../server/errors.js';
import { requireUser } from '../../server/scope.js';
import { formFlag, XLSX_TYPE } from '../../shared/xlsx-import.js';
import { pagedResponse, pagingFields } from '../../shared/paging.js';
import { registerWriter } from '../register/units.service.js';
import { enqueue } from './register-import.jobs.js';
import { recoverImports } from './register-import.undo.js';
import { errorReport, importDetail, importView, listImports } from './register-import.presenter.js';
import { csvTemplate, xlsxTemplate } from './register-import.template.js';
import { importFolder, newUploadPath, precheckUpload, removeLeftovers } from './register-import.files.js';
import { importMaxMb } from '../uploads/uploads.limits.js';

const tags = ['register-import'];

export { importMaxMb };

export const registerImportRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, config } = app.ctx;
  const folder = importFolder(config.dataDir);

  // Imports cut short by a restart cannot resume: their file and transaction are gone.
  app.addHook('onReady', async () => {
    removeLeftovers(folder);
    const cut = await db.selectFrom('register_import').select('file_path').where('status', 'in', ['queued', 'running']).execute();
    for (const c of cut) if (c.file_path) fs.rmSync(c.file_path, { force: true });
    await recoverImports(db);
    await db
      .updateTable('register_import')
      .set({ status: 'failed', failure: JSON.stringify({ code: 'import_interrupted' }), finished_at: new Date() })
      .where('status', 'in', ['queued', 'running'])
      .execute();
  });

  app.get(
    '/register/import/template',
    {
      schema: { tags, summary: 'Mẫu nhập sổ hộ / register import template', querystring: z.strictObject({ format: z.enum(['xlsx', 'csv']).default('xlsx') }) },
    },
    async (request, reply) => {
      requireUser(request);
      if (request.query.format === 'csv') {
        reply.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="mau-nhap-so-ho.csv"');
        return reply.send(csvTemplate());
      }
      const ethnic = await db.selectFrom('ethnic_group').select('name').orderBy('code').execute();
      reply.header('content-type', XLSX_TYPE).header('content-disposition', 'attachment; filename="mau-nhap-so-ho.xlsx"');
      return reply.send(await xlsxTemplate(ethnic.map((e) => e.name)));
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
        response: { 202: z.object({ id: z.number(), status: z.string() }) },
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
      const row = await db
        .insertInto('register_import')
        .values({ user_id: user.id, file_name: file.name.slice(0, 255), file_path: file.path, dry_run: dryRun, only_valid: onlyValid, bytes_total: file.size })
        .returning(['id', 'status'])
        .executeTakeFirstOrThrow()
        .catch((e) => {
          fs.rmSync(accepted.path, { force: true });
          throw e;
        });
      enqueue(db, { id: row.id, path: file.path, fileName: file.name, bytesTotal: file.size, dryRun, onlyValid, actor: w.actor, scope: w.scope });
      return reply.status(202).send({ id: row.id, status: 'queued' });
    },
  );

  app.get(
    '/register/imports',
    { schema: { tags, summary: 'Các lần nhập / imports', querystring: z.strictObject(pagingFields), response: { 200: pagedResponse(importView) } } },
    async (request) => {
      const user = requireUser(request);
      const { page, pageSize } = request.query;
      return { ...(await listImports(db, user, page, pageSize)), page, pageSize };
    },
  );

  app.get(
    '/register/imports/:id',
    { schema: { tags, summary: 'Tiến độ và kết quả nhập / import progress and result', params: idParams, response: { 200: importView } } },
    async (request) => {
      return importDetail(db, requireUser(request), request.params.id);
    },
  );

  app.get(
    '/register/imports/:id/errors.xlsx',
    { schema: { tags, summary: 'Tệp báo lỗi nhập / import error report', params: idParams } },
    async (request, reply) => {
      const data = await errorReport(db, requireUser(request), request.params.id);
      reply.header('content-type', XLSX_TYPE).header('content-disposition', `attachment; filename="loi-nhap-so-ho-${request.params.id}.xlsx"`);
      return reply.send(data);
    },
  );
};
