import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError, errorHandler, requestLanguage } from '../../server/errors.js';
import { translate } from '../../server/messages.js';
import { uploadGate } from '../uploads/uploads.gate.js';
import { formListXml, manifestXml, openRosaMessage } from './openrosa.presenter.js';
import * as svc from './surveys.service.js';

const MB = 1024 * 1024;
/** Largest submission Collect may send in one request (XML and attachments together); Collect splits larger ones. */
export const SUBMISSION_MAX_BYTES = Number(process.env.SURVEY_SUBMISSION_MAX_MB ?? 50) * MB;
/** Requests a minute for one key. */
const perMinute = () => Number(process.env.SURVEY_RATE_PER_MINUTE ?? 1200);

const keyParams = z.strictObject({ token: z.string().min(20).max(100), projectId: z.coerce.number().int().positive().max(2147483647) });
const formParams = keyParams.extend({ xmlFormId: z.string().min(1).max(200) });
const mediaParams = formParams.extend({ name: z.string().min(1).max(255) });
const xmlText = z.string().describe('OpenRosa XML');
/** Documentation only: the parts are read as a stream (Fastify hands the validator an empty body). */
const submissionUploadDoc = z
  .object({ xml_submission_file: z.any().meta({ type: 'string', format: 'binary' }).describe('the submission XML') })
  .catchall(z.any().meta({ type: 'string', format: 'binary' }).describe('an attachment named in the answers'))
  .nullish();

const openRosa = (reply: FastifyReply) =>
  reply.header('X-OpenRosa-Version', '1.0').header('X-OpenRosa-Accept-Content-Length', String(SUBMISSION_MAX_BYTES)).header('Date', new Date().toUTCString());

/**
 * ODK Collect's OpenRosa calls under an app user's key URL, `/v1/key/<token>/projects/<province>/…`
 * (the shape of ODK Central's app-user URLs): form list, form download, manifest with media and the
 * households entity list, media download, HEAD and POST submission. Mounted at /v1.
 */
export const openRosaRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.ctx;
  const rateLimit = { max: perMinute(), timeWindow: 60_000, keyGenerator: (r: FastifyRequest) => `key:${(r.params as { token?: string }).token ?? r.ip}` };
  const config = { rateLimit };

  // Errors as OpenRosa XML, with the same status and translated text as elsewhere.
  app.setErrorHandler((error, request, reply) => {
    openRosa(reply);
    if (error instanceof AppError) {
      return reply
        .status(error.status)
        .type('text/xml; charset=utf-8')
        .send(openRosaMessage(translate(error.code, requestLanguage(request), error.params)));
    }
    return errorHandler(error as Error, request, reply);
  });

  const holder = async (request: FastifyRequest) => {
    const p = request.params as { token: string; projectId: number };
    return svc.keyHolder(db, await app.ctx.graph(), p.token, p.projectId);
  };
  const base = (request: FastifyRequest) => {
    const p = request.params as { token: string; projectId: number };
    return `${request.protocol}://${request.host}/v1/key/${p.token}/projects/${p.projectId}`;
  };

  app.get(
    '/key/:token/projects/:projectId/formList',
    { config, schema: { tags: ['openrosa'], summary: 'OpenRosa form list', params: keyParams, produces: ['text/xml'], response: { 200: xmlText } } },
    async (request, reply) => {
      const k = await holder(request);
      const forms = await svc.formsOfKey(db, k);
      const items = [];
      for (const f of forms) {
        const media = await svc.mediaOf(db, await app.ctx.graph(), k, f.current_version_id!, svc.shapeOf(f.fields));
        items.push({ xmlFormId: f.xml_form_id, title: f.title, version: f.version ?? '', md5: f.md5!, hasManifest: media.length > 0 });
      }
      return openRosa(reply)
        .type('text/xml; charset=utf-8')
        .send(formListXml(base(request), items));
    },
  );

  app.get(
    '/key/:token/projects/:projectId/forms/:xmlFormId',
    {
      config,
      schema: { tags: ['openrosa'], summary: 'XForm download (<formID>.xml)', params: formParams, produces: ['text/xml'], response: { 200: xmlText } },
    },
    async (request, reply) => {
      const k = await holder(request);
      const f = await svc.formOfKey(db, k, request.params.xmlFormId.replace(/\.xml$/, ''));
      return openRosa(reply).type('text/xml; charset=utf-8').send(f.xform);
    },
  );

  app.get(
    '/key/:token/projects/:projectId/forms/:xmlFormId/manifest',
    { config, schema: { tags: ['openrosa'], summary: 'OpenRosa manifest', params: formParams, produces: ['text/xml'], response: { 200: xmlText } } },
    async (request, reply) => {
      const k = await holder(request);
      const f = await svc.formOfKey(db, k, request.params.xmlFormId);
      const media = await svc.mediaOf(db, await app.ctx.graph(), k, f.current_version_id!, svc.shapeOf(f.fields));
      return openRosa(reply)
        .type('text/xml; charset=utf-8')
        .send(manifestXml(base(request), f.xml_form_id, media));
    },
  );

  app.get(
    '/key/:token/projects/:projectId/forms/:xmlFormId/attachments/:name',
    {
      config,
      schema: { tags: ['openrosa'], summary: 'Form media file', params: mediaParams, produces: ['application/octet-stream'], response: { 200: z.string() } },
    },
    async (request, reply) => {
      const k = await holder(request);
      const f = await svc.formOfKey(db, k, request.params.xmlFormId);
      const file = await svc.mediaFile(db, await app.ctx.graph(), k, f.current_version_id!, request.params.name);
      return openRosa(reply).type(file.contentType).send(file.bytes);
    },
  );

  app.route({
    method: 'HEAD',
    url: '/key/:token/projects/:projectId/submission',
    config,
    schema: { tags: ['openrosa'], summary: 'OpenRosa submission preflight (204)', params: keyParams },
    handler: async (request, reply) => {
      await holder(request);
      return openRosa(reply).status(204).send();
    },
  });

  app.post(
    '/key/:token/projects/:projectId/submission',
    {
      config: { ...config, uploadGate: false },
      schema: {
        tags: ['openrosa'],
        summary: 'OpenRosa submission (multipart: xml_submission_file and attachments)',
        params: keyParams,
        consumes: ['multipart/form-data'],
        body: submissionUploadDoc,
        produces: ['text/xml'],
        response: { 200: xmlText, 201: xmlText },
      },
    },
    async (request, reply) => {
      const k = await holder(request);
      if (!request.isMultipart()) throw new AppError(400, 'survey_submission_file');
      // The gate bounds the uploads being read at once; writing waits in the submission writer's line
      // (bounded by bytes), so the slot is given back as soon as the parts are read.
      const release = await uploadGate.acquire();
      let xml: string | null = null;
      const files: svc.UploadedFile[] = [];
      try {
        let total = 0;
        try {
          for await (const part of request.parts({ limits: { fileSize: SUBMISSION_MAX_BYTES, files: 100, parts: 120 } })) {
            if (part.type === 'field') continue;
            const bytes = await part.toBuffer();
            total += bytes.length;
            if (total > SUBMISSION_MAX_BYTES) throw new AppError(413, 'body_too_large', { limit: `${Math.round(SUBMISSION_MAX_BYTES / MB)} MB` });
            if (part.fieldname === 'xml_submission_file') xml = bytes.toString('utf8');
            else files.push({ name: part.filename || part.fieldname, type: part.mimetype, bytes });
          }
        } catch (e) {
          if ((e as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
            throw new AppError(413, 'body_too_large', { limit: `${Math.round(SUBMISSION_MAX_BYTES / MB)} MB` });
          throw e;
        }
      } finally {
        release();
      }
      if (xml === null) throw new AppError(400, 'survey_submission_file');
      await svc.receiveSubmission(db, k, svc.keyActor(k, request.ip), xml, files);
      return openRosa(reply)
        .status(201)
        .type('text/xml; charset=utf-8')
        .send(openRosaMessage(translate('survey_submission_received', requestLanguage(request))));
    },
  );
};
