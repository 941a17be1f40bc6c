import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError } from '../../server/errors.js';
import { requireUser, scopeOf } from '../../server/scope.js';
import { idParams } from '../../shared/ids.js';
import { actorOf } from '../audit/audit.service.js';
import { limitedParts, partBytes } from '../uploads/uploads.read.js';
import { collectFormList, collectMediaParams, collectReceipt, collectSubmissionDoc } from './collect.schema.js';
import * as svc from './surveys.service.js';

const tags = ['surveys'];

/**
 * The web collection (the installed app, offline): the forms a signed-in surveyor fills, their XForm
 * and media, and the submission, which takes the same multipart as ODK Collect's (session cookie and
 * CSRF token like every other web call).
 */
export const collectRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.ctx;

  app.get(
    '/surveys/collect/forms',
    { schema: { tags, summary: 'Biểu mẫu để thu thập trên web / forms for the web collection', response: { 200: collectFormList } } },
    async (request) => {
      const user = requireUser(request);
      const scope = await scopeOf(request);
      const graph = await app.ctx.graph();
      const items = [];
      for (const f of await svc.collectForms(db, scope)) {
        const media = await (await svc.collectMedia(db, graph, scope, user.scopeUnitId, f)).list();
        items.push({
          id: f.id,
          xmlFormId: f.xml_form_id,
          title: f.title,
          version: f.version,
          hash: `md5:${f.md5}`,
          provinceName: f.province_name,
          media: media.map((m) => ({ name: m.name, hash: `md5:${m.md5}`, type: m.contentType })),
        });
      }
      return { items };
    },
  );

  app.get(
    '/surveys/collect/forms/:id/xform',
    { schema: { tags, summary: 'XForm của biểu mẫu / the XForm', params: idParams, produces: ['text/xml'], response: { 200: z.string() } } },
    async (request, reply) => {
      requireUser(request);
      const f = await svc.collectForm(db, await scopeOf(request), request.params.id);
      if (!f.xform) throw new AppError(404, 'not_found');
      return reply.type('text/xml; charset=utf-8').send(f.xform);
    },
  );

  app.get(
    '/surveys/collect/forms/:id/media/:name',
    {
      schema: {
        tags,
        summary: 'Tệp đính kèm của biểu mẫu / a media file',
        params: collectMediaParams,
        produces: ['application/octet-stream'],
        response: { 200: z.string() },
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      const scope = await scopeOf(request);
      const f = await svc.collectForm(db, scope, request.params.id);
      const file = await (await svc.collectMedia(db, await app.ctx.graph(), scope, user.scopeUnitId, f)).file(request.params.name);
      return reply.type(file.contentType).send(file.bytes as never);
    },
  );

  app.post(
    '/surveys/collect/submission',
    {
      schema: {
        tags,
        summary: 'Gửi phiếu từ thu thập trên web (như ODK Collect: xml_submission_file và ảnh) / send a submission',
        consumes: ['multipart/form-data'],
        body: collectSubmissionDoc,
        response: { 200: collectReceipt, 201: collectReceipt },
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      if (user.token) throw new AppError(403, 'token_scope_missing');
      if (!request.isMultipart()) throw new AppError(400, 'survey_submission_file');
      let xml: string | null = null;
      const files: svc.UploadedFile[] = [];
      for await (const part of limitedParts(request)) {
        if (part.type === 'field') continue;
        const bytes = await partBytes(request, part);
        if (part.fieldname === 'xml_submission_file') xml = bytes.toString('utf8');
        else files.push({ name: part.filename || part.fieldname, type: part.mimetype, bytes });
      }
      if (xml === null) throw new AppError(400, 'survey_submission_file');
      const scope = await scopeOf(request);
      const r = await svc.receiveWebSubmission(db, await app.ctx.graph(), scope, user.scopeUnitId, actorOf(request), xml, files);
      return reply.status(r.created ? 201 : 200).send(r);
    },
  );
};
