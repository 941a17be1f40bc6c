import { z } from 'zod';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError, requestLanguage } from '../../server/errors.js';
import { can, inReach, reachIds, requirePermission, requireUser, scopeOf } from '../../server/scope.js';
import { idParams } from '../../shared/ids.js';
import { actorOf } from '../audit/audit.service.js';
import { isAggregatesOnly, userNamesByIds } from '../accounts/user-names.service.js';
import { suppressionThreshold } from '../analytics/visualisations.service.js';
import { limitedParts, partBytes } from '../uploads/uploads.read.js';
import { presentAppUser, presentForm, presentSubmission } from './surveys.presenter.js';
import {
  appUserList,
  assignBody,
  attachmentParams,
  createAppUserBody,
  createdAppUser,
  createdForm,
  crossQuery,
  crossResponse,
  editBody,
  exportFile,
  exportQuery,
  formIdParams,
  formStateBody,
  mappingBody,
  pointsResponse,
  reviewBody,
  submissionDetail,
  submissionList,
  submissionQuery,
  summaryQuery,
  summaryResponse,
  surveyFormDetail,
  surveyFormList,
} from './surveys.schema.js';
import * as svc from './surveys.service.js';
import { crossTable, resultPoints, surveyResults } from './results.service.js';

/** Documentation only: the parts are read as a stream (Fastify hands the validator an empty body). */
const formUploadDoc = z
  .object({
    file: z.any().meta({ type: 'string', format: 'binary' }).describe('XLSForm (.xlsx, .csv) hoặc XForm (.xml) / the form'),
    provinceId: z.string().optional().describe('id of the province the form belongs to (default: your own)'),
  })
  .catchall(z.any().meta({ type: 'string', format: 'binary' }).describe('a media file or CSV the form uses'))
  .nullish();
import { crossTableXlsx, csvExport, geojsonExport, xlsxExport } from './surveys.writer.js';

const tags = ['surveys'];
const noContent = z.null().describe('Done');

/** The public address of this server, as the browser reached it (for the key URL given to ODK Collect). */
const originOf = (request: FastifyRequest) => `${request.protocol}://${request.host}`;

const FILE_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  geojson: 'application/geo+json',
} as const;

/** Sends a download: its type from the extension and a file name safe in the header. */
function sendFile(reply: FastifyReply, name: string, ext: keyof typeof FILE_TYPES, body: unknown) {
  reply.header('content-type', FILE_TYPES[ext]).header('content-disposition', `attachment; filename="${name.replace(/[^\w.-]/g, '_')}.${ext}"`);
  return reply.send(body as never);
}

/** Survey forms, app users (ODK Collect keys), submissions: review, export, summary and map. */
export const surveysRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.ctx;

  async function manager(request: FastifyRequest) {
    const user = requirePermission(request, 'manage_reporting');
    if (user.token) throw new AppError(403, 'token_scope_missing');
    return { user, scope: await scopeOf(request), graph: await app.ctx.graph(), actor: actorOf(request) };
  }

  /** Disclosure control as analytics applies it: small counts hidden for users who may see only aggregates. */
  async function disclosureFor(request: FastifyRequest) {
    const user = requireUser(request);
    return { applied: await isAggregatesOnly(db, user.id), threshold: await suppressionThreshold(db) };
  }

  /**
   * Single submissions (list, detail, attachments, row exports, review and edits) are refused to users
   * who may see only aggregates; summaries, crosstabs and points stay open with disclosure control.
   */
  async function rowReader(request: FastifyRequest) {
    const user = requireUser(request);
    if (await isAggregatesOnly(db, user.id)) throw new AppError(403, 'survey_aggregates_only');
    return user;
  }

  async function formFor(request: FastifyRequest, id: number) {
    requireUser(request);
    const scope = await scopeOf(request);
    return { scope, form: await svc.visibleForm(db, scope, id) };
  }

  app.get('/surveys/forms', { schema: { tags, summary: 'Biểu mẫu khảo sát / survey forms', response: { 200: surveyFormList } } }, async (request) => {
    const user = requireUser(request);
    const scope = await scopeOf(request);
    const rows = await svc.listForms(db, null);
    return {
      items: rows
        .filter((f) => scope.all || scope.visible.has(f.province_id) || scope.reach.has(f.province_id))
        .map((f) => presentForm(f, can(user, 'manage_reporting') && inReach(scope, f.province_id))),
    };
  });

  app.post(
    '/surveys/forms',
    {
      schema: {
        tags,
        summary: 'Tải lên biểu mẫu XForm (.xml) và tệp đính kèm; cùng mã biểu mẫu thì thành phiên bản mới / upload an XForm and its media',
        consumes: ['multipart/form-data'],
        body: formUploadDoc,
        response: { 201: createdForm },
      },
    },
    async (request, reply) => {
      const { user, scope, graph, actor } = await manager(request);
      let form: svc.UploadedFile | null = null;
      const attachments: svc.UploadedFile[] = [];
      let provinceId: number | undefined;
      for await (const part of limitedParts(request)) {
        if (part.type === 'field') {
          if (part.fieldname === 'provinceId' && /^\d{1,9}$/.test(String(part.value))) provinceId = Number(part.value);
          continue;
        }
        const file = { name: part.filename, type: part.mimetype, bytes: await partBytes(request, part) };
        if (part.fieldname === 'file') form = file;
        else attachments.push(file);
      }
      if (!form) throw new AppError(400, 'survey_form_file_missing', {}, [{ field: 'file', code: 'survey_form_file_missing' }]);
      const province = svc.formProvince(graph, scope, user, provinceId);
      const id = await svc.uploadForm(db, actor, province, await svc.xformOf(form, requestLanguage(request)), attachments);
      return reply.status(201).send({ id });
    },
  );

  app.get(
    '/surveys/forms/:id',
    { schema: { tags, summary: 'Một biểu mẫu: câu hỏi, phiên bản, tệp đính kèm / one form', params: formIdParams, response: { 200: surveyFormDetail } } },
    async (request) => {
      const user = requireUser(request);
      const { scope, form } = await formFor(request, request.params.id);
      const shape = svc.shapeOf(form.fields);
      const versions = await svc.versionsOf(db, form.id);
      const attachments = form.current_version_id ? await svc.formAttachmentsOf(db, form.current_version_id) : [];
      return {
        ...presentForm(form, can(user, 'manage_reporting') && inReach(scope, form.province_id)),
        fields: shape.fields,
        media: shape.media,
        mapping: form.register_mapping as svc.MappingEntry[],
        versions: versions.map((v) => ({ id: v.id, version: v.version, hash: `md5:${v.md5}`, createdAt: new Date(v.created_at).toISOString() })),
        attachments: attachments.map((a) => ({ name: a.name, hash: `md5:${a.md5}` })),
      };
    },
  );

  app.put(
    '/surveys/forms/:id/state',
    { schema: { tags, summary: 'Công bố, đóng biểu mẫu / publish or close a form', params: formIdParams, body: formStateBody, response: { 204: noContent } } },
    async (request, reply) => {
      const { scope, actor } = await manager(request);
      await svc.setFormState(db, actor, scope, request.params.id, request.body.state);
      return reply.status(204).send(null);
    },
  );

  app.put(
    '/surveys/forms/:id/mapping',
    {
      schema: {
        tags,
        summary: 'Câu trả lời cập nhật trường nào của sổ hộ khi duyệt / register fields updated on approval',
        params: formIdParams,
        body: mappingBody,
        response: { 204: noContent },
      },
    },
    async (request, reply) => {
      const { scope, actor } = await manager(request);
      await svc.setMapping(db, actor, scope, request.params.id, request.body.mapping);
      return reply.status(204).send(null);
    },
  );

  // ---- app users ----
  app.get(
    '/surveys/app-users',
    { schema: { tags, summary: 'Điều tra viên dùng ODK Collect / app users', response: { 200: appUserList } } },
    async (request) => {
      const { scope } = await manager(request);
      return { items: (await svc.listAppUsers(db, reachIds(scope))).map(presentAppUser) };
    },
  );

  app.post(
    '/surveys/app-users',
    {
      schema: { tags, summary: 'Tạo điều tra viên và mã QR cho ODK Collect / create an app user', body: createAppUserBody, response: { 201: createdAppUser } },
    },
    async (request, reply) => {
      const { scope, graph, actor } = await manager(request);
      const { id, token } = await svc.createAppUser(db, graph, actor, scope, request.body);
      const a = (await svc.getAppUser(db, id))!;
      const province = svc.provinceOf(graph, a.area_unit_id)!;
      const serverUrl = svc.keyUrl(originOf(request), token, province);
      const qrSettings = svc.collectSettings(serverUrl, `Khảo sát – ${a.area_name}`);
      return reply.status(201).send({ appUser: presentAppUser(a), serverUrl, qrSettings, qrImage: await svc.settingsQr(qrSettings) });
    },
  );

  app.put(
    '/surveys/app-users/:id/forms',
    { schema: { tags, summary: 'Giao biểu mẫu cho điều tra viên / assign forms', params: idParams, body: assignBody, response: { 204: noContent } } },
    async (request, reply) => {
      const { scope, graph, actor } = await manager(request);
      await svc.assignForms(db, graph, actor, scope, request.params.id, request.body.formIds);
      return reply.status(204).send(null);
    },
  );

  app.delete(
    '/surveys/app-users/:id',
    { schema: { tags, summary: 'Thu hồi mã truy cập của điều tra viên / revoke an app user', params: idParams, response: { 204: noContent } } },
    async (request, reply) => {
      const { scope, actor } = await manager(request);
      await svc.revokeAppUser(db, actor, scope, request.params.id, new Date(app.ctx.auth.now()));
      return reply.status(204).send(null);
    },
  );

  // ---- submissions ----
  const filterOf = (
    formId: number,
    scope: Awaited<ReturnType<typeof scopeOf>>,
    q: { state?: svc.SubmissionFilter['state']; unit?: number; ethnic?: string; from?: string; to?: string },
  ) => ({
    formId,
    unitIds: reachIds(scope),
    state: q.state,
    unitId: q.unit,
    ethnic: q.ethnic,
    from: q.from,
    to: q.to,
  });

  app.get(
    '/surveys/forms/:id/submissions',
    { schema: { tags, summary: 'Phiếu đã nhận / submissions', params: formIdParams, querystring: submissionQuery, response: { 200: submissionList } } },
    async (request) => {
      await rowReader(request);
      const { scope, form } = await formFor(request, request.params.id);
      const q = request.query;
      const shape = svc.shapeOf(form.fields);
      const { items, total } = await svc.listSubmissions(db, filterOf(form.id, scope, q), q.page, q.pageSize);
      return { items: items.map((s) => presentSubmission(s, shape)), total, page: q.page, pageSize: q.pageSize };
    },
  );

  app.get(
    '/surveys/forms/:id/summary',
    {
      schema: {
        tags,
        summary: 'Tổng hợp theo câu hỏi / summary per question',
        params: formIdParams,
        querystring: summaryQuery,
        response: { 200: summaryResponse },
      },
    },
    async (request) => {
      const { scope, form } = await formFor(request, request.params.id);
      return surveyResults(db, svc.shapeOf(form.fields), filterOf(form.id, scope, request.query), await disclosureFor(request));
    },
  );

  app.get(
    '/surveys/forms/:id/points',
    {
      schema: { tags, summary: 'Vị trí của phiếu / submission locations', params: formIdParams, querystring: summaryQuery, response: { 200: pointsResponse } },
    },
    async (request) => {
      const { scope, form } = await formFor(request, request.params.id);
      return resultPoints(db, filterOf(form.id, scope, request.query), await disclosureFor(request));
    },
  );

  app.get(
    '/surveys/forms/:id/crosstab',
    {
      schema: {
        tags,
        summary: 'Kết quả theo dân tộc hoặc theo xã (JSON hoặc XLSX) / results by ethnic group or commune',
        params: formIdParams,
        querystring: crossQuery,
        produces: ['application/json', FILE_TYPES.xlsx],
        response: { 200: crossResponse.or(exportFile) },
      },
    },
    async (request, reply) => {
      const { scope, form } = await formFor(request, request.params.id);
      const q = request.query;
      const shape = svc.shapeOf(form.fields);
      const t = await crossTable(db, shape, filterOf(form.id, scope, q), q.by, await disclosureFor(request));
      if (q.format === 'json') return t;
      await svc.auditExport(db, actorOf(request), form.id, form.province_id, { format: 'crosstab', by: q.by, state: q.state, unit: q.unit, ethnic: q.ethnic });
      return sendFile(reply, `${form.xml_form_id}-${q.by}`, 'xlsx', await crossTableXlsx(t, shape, requestLanguage(request), form.xml_form_id));
    },
  );

  app.get(
    '/surveys/forms/:id/export',
    {
      schema: {
        tags,
        summary: 'Xuất phiếu CSV, XLSX (mỗi nhóm lặp một trang) hoặc GeoJSON (ghi nhật ký) / export submissions',
        params: formIdParams,
        querystring: exportQuery,
        produces: Object.values(FILE_TYPES).map((t) => t.split(';')[0]),
        response: { 200: exportFile },
      },
    },
    async (request, reply) => {
      await rowReader(request);
      const { scope, form } = await formFor(request, request.params.id);
      const q = request.query;
      const shape = svc.shapeOf(form.fields);
      if (q.repeat && !shape.fields.some((f) => f.type === 'repeat' && f.path === q.repeat)) throw new AppError(400, 'survey_edit_path', { path: q.repeat });
      const filter = filterOf(form.id, scope, q);
      const o = { choices: q.choices, lang: requestLanguage(request) };
      await svc.auditExport(db, actorOf(request), form.id, form.province_id, {
        format: q.format,
        choices: q.choices,
        state: q.state,
        unit: q.unit,
        ethnic: q.ethnic,
        from: q.from,
        to: q.to,
      });
      const name = `${form.xml_form_id}${q.repeat ? `-${q.repeat.split('/').pop()}` : ''}`;
      const body =
        q.format === 'csv'
          ? csvExport(db, shape, filter, q.repeat ?? null, o)
          : q.format === 'geojson'
            ? geojsonExport(db, shape, filter, o)
            : xlsxExport(db, shape, filter, o, form.xml_form_id);
      return sendFile(reply, name, q.format, body);
    },
  );

  app.get(
    '/surveys/submissions/:id',
    {
      schema: {
        tags,
        summary: 'Một phiếu: câu trả lời, tệp, ý kiến duyệt, các bản sửa / one submission',
        params: idParams,
        response: { 200: submissionDetail },
      },
    },
    async (request) => {
      await rowReader(request);
      const scope = await scopeOf(request);
      const { s, attachments, comments, versions } = await svc.submissionDetail(db, scope, request.params.id);
      const shape = await svc.shapeOfVersion(db, s.version_id);
      const names = await userNamesByIds(
        db,
        comments.map((c) => c.user_id).filter((x): x is number => x !== null),
      );
      return {
        ...presentSubmission(s, shape),
        formId: s.form_id,
        xml: s.xml,
        data: s.data,
        attachments: attachments.map((a) => ({
          name: a.name,
          contentType: a.content_type,
          size: Number(a.size),
          hash: `md5:${a.md5}`,
          receivedAt: new Date(a.received_at).toISOString(),
        })),
        comments: comments.map((c) => ({
          id: c.id,
          userId: c.user_id,
          userName: c.user_id === null ? null : (names.get(c.user_id)?.fullName ?? null),
          stateFrom: c.state_from,
          stateTo: c.state_to,
          body: c.body,
          createdAt: new Date(c.created_at).toISOString(),
        })),
        versions: versions.map((v) => ({ edit: v.edit, xml: v.xml, createdAt: new Date(v.created_at).toISOString() })),
      };
    },
  );

  app.get(
    '/surveys/submissions/:id/attachments/:name',
    {
      schema: {
        tags,
        summary: 'Tệp đính kèm của phiếu / a submission attachment',
        params: attachmentParams,
        produces: ['application/octet-stream'],
        response: { 200: exportFile },
      },
    },
    async (request, reply) => {
      await rowReader(request);
      const scope = await scopeOf(request);
      await svc.readableSubmission(db, scope, request.params.id);
      const a = await svc.submissionAttachment(db, request.params.id, request.params.name);
      if (!a) throw new AppError(404, 'not_found');
      reply.header('content-type', a.content_type).header('content-disposition', `inline; filename="${encodeURIComponent(a.name)}"`);
      return reply.send(Buffer.from(a.bytes) as never);
    },
  );

  app.post(
    '/surveys/submissions/:id/review',
    {
      schema: {
        tags,
        summary: 'Duyệt phiếu: đã nhận, cần xem lại, đã duyệt, từ chối / review a submission',
        params: idParams,
        body: reviewBody,
        response: { 204: noContent },
      },
    },
    async (request, reply) => {
      const user = requirePermission(request, 'approve_data');
      if (user.token) throw new AppError(403, 'token_scope_missing');
      await rowReader(request);
      await svc.reviewSubmission(db, await app.ctx.graph(), actorOf(request), await scopeOf(request), request.params.id, request.body);
      return reply.status(204).send(null);
    },
  );

  app.put(
    '/surveys/submissions/:id/values',
    {
      schema: {
        tags,
        summary: 'Sửa câu trả lời (giữ bản trước) / edit answers, keeping the earlier version',
        params: idParams,
        body: editBody,
        response: { 204: noContent },
      },
    },
    async (request, reply) => {
      const user = requirePermission(request, 'approve_data');
      if (user.token) throw new AppError(403, 'token_scope_missing');
      await rowReader(request);
      await svc.editSubmission(db, actorOf(request), await scopeOf(request), request.params.id, request.body.values);
      return reply.status(204).send(null);
    },
  );
};
