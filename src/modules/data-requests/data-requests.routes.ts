import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError } from '../../server/errors.js';
import { reachIds, requireUser, scopeOf } from '../../server/scope.js';
import { todayVN } from '../../shared/dates.js';
import { actorOf } from '../audit/audit.service.js';
import { csvStream, xlsxStream } from '../register-export/register-export.writer.js';
import { presentRequest } from './data-requests.presenter.js';
import {
  approveBody,
  createRequestBody,
  dataRequest,
  extractFile,
  extractQuery,
  extractRows,
  fieldList,
  idParams,
  issueTokenBody,
  listQuery,
  reasonBody,
  requestList,
  rowsQuery,
  tokenIssued,
} from './data-requests.schema.js';
import {
  approveRequest,
  completeAccess,
  expireDueRequests,
  extractBatches,
  extractColumns,
  fileRequest,
  isDecider,
  issueToken,
  listOf,
  logUse,
  openAccess,
  presentContext,
  refuseRequest,
  requestableFields,
  revokeRequest,
  visibleRequest,
} from './data-requests.service.js';

const tags = ['data-requests'];

/** A data-use token reaches only its request's data: every other route of this module refuses it. */
function noToken(request: FastifyRequest) {
  const user = requireUser(request);
  if (user.token) throw new AppError(403, 'token_scope_missing');
  return user;
}

/** Requests to use register data: filing, deciding, and the approved access (extract file, rows for a token). */
export const dataRequestsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.ctx;
  const now = () => app.ctx.auth.now();

  async function present(request: FastifyRequest, id: number) {
    const user = requireUser(request);
    const scope = await scopeOf(request);
    const r = await visibleRequest(db, user, scope, id);
    return presentRequest(r, await presentContext(db, [r]), user, scope, now());
  }

  app.get(
    '/data-requests/fields',
    { schema: { tags, summary: 'Các trường có thể yêu cầu / fields that can be requested', response: { 200: fieldList } } },
    async (request) => {
      noToken(request);
      return { items: requestableFields() };
    },
  );

  app.get(
    '/data-requests',
    { schema: { tags, summary: 'Yêu cầu sử dụng dữ liệu / data-use requests', querystring: listQuery, response: { 200: requestList } } },
    async (request) => {
      const user = noToken(request);
      const q = request.query;
      const scope = await scopeOf(request);
      await expireDueRequests(db, now());
      if (q.view === 'review' && !isDecider(user)) throw new AppError(403, 'forbidden');
      const { rows, total } = await listOf(db, {
        ...(q.view === 'mine' ? { requesterId: user.id } : { areaUnitIds: reachIds(scope) }),
        status: q.status,
        page: q.page,
        pageSize: q.pageSize,
      });
      const ctx = await presentContext(db, rows);
      return { items: rows.map((r) => presentRequest(r, ctx, user, scope, now())), total, page: q.page, pageSize: q.pageSize };
    },
  );

  app.post(
    '/data-requests',
    { schema: { tags, summary: 'Gửi yêu cầu sử dụng dữ liệu / file a data-use request', body: createRequestBody, response: { 201: dataRequest } } },
    async (request, reply) => {
      const user = noToken(request);
      const id = await fileRequest(db, user, actorOf(request), request.body, now());
      return reply.code(201).send(await present(request, id));
    },
  );

  app.get(
    '/data-requests/:id',
    { schema: { tags, summary: 'Một yêu cầu sử dụng dữ liệu / one data-use request', params: idParams, response: { 200: dataRequest } } },
    async (request) => {
      noToken(request);
      await expireDueRequests(db, now());
      return present(request, request.params.id);
    },
  );

  app.post(
    '/data-requests/:id/approve',
    { schema: { tags, summary: 'Duyệt yêu cầu / approve a request', params: idParams, body: approveBody, response: { 200: dataRequest } } },
    async (request) => {
      const user = noToken(request);
      await approveRequest(db, user, await scopeOf(request), actorOf(request), request.params.id, request.body, now());
      return present(request, request.params.id);
    },
  );

  app.post(
    '/data-requests/:id/refuse',
    { schema: { tags, summary: 'Từ chối yêu cầu / refuse a request', params: idParams, body: reasonBody, response: { 200: dataRequest } } },
    async (request) => {
      const user = noToken(request);
      await refuseRequest(db, user, await scopeOf(request), actorOf(request), request.params.id, request.body.reason, now());
      return present(request, request.params.id);
    },
  );

  app.post(
    '/data-requests/:id/revoke',
    { schema: { tags, summary: 'Thu hồi quyền truy cập / revoke access', params: idParams, body: reasonBody, response: { 200: dataRequest } } },
    async (request) => {
      const user = noToken(request);
      await revokeRequest(db, user, await scopeOf(request), actorOf(request), request.params.id, request.body.reason, now());
      return present(request, request.params.id);
    },
  );

  app.post(
    '/data-requests/:id/token',
    {
      schema: {
        tags,
        summary: 'Cấp khóa API của yêu cầu (hiện một lần) / issue the request token (shown once)',
        params: idParams,
        body: issueTokenBody,
        response: { 201: tokenIssued },
      },
    },
    async (request, reply) => {
      const user = noToken(request);
      await expireDueRequests(db, now());
      const secret = await issueToken(db, user, actorOf(request), request.params.id, now());
      return reply.code(201).send({ secret, request: await present(request, request.params.id) });
    },
  );

  app.get(
    '/data-requests/:id/extract',
    {
      schema: {
        tags,
        summary: 'Tải tệp trích xuất đã duyệt (ghi nhật ký) / download the approved extract (logged)',
        params: idParams,
        querystring: extractQuery,
        produces: ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
        response: { 200: extractFile },
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      await expireDueRequests(db, now());
      const r = await openAccess(db, user, request.params.id, now());
      const columns = await extractColumns(db, r);
      const format = request.query.format;
      const details = { format, rows: null as number | null };
      const logId = await logUse(db, actorOf(request), r, details);
      const graph = await app.ctx.graph();
      const batches = (async function* () {
        let n = 0;
        for await (const rows of extractBatches(db, graph, r, columns)) {
          n += rows.length;
          yield rows;
        }
        await completeAccess(db, logId, { ...details, dataRequestId: r.id, areaUnitId: r.area_unit_id, fields: r.approved_fields, rows: n });
      })();
      const name = `yeu-cau-du-lieu-${r.id}-${todayVN().replace(/-/g, '')}`;
      const headers = columns.map((c) => c.vi);
      if (format === 'csv') {
        reply.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${name}.csv"`);
        // The schema describes the file; the body is a stream.
        return reply.send(csvStream(headers, batches) as unknown as string);
      }
      const text = columns.map((c, i) => (['pseudonym', 'cccd', 'communeCode', 'householdCode'].includes(c.key) ? i : -1)).filter((i) => i >= 0);
      reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="${name}.xlsx"`);
      return reply.send(xlsxStream('Trích xuất', headers, text, batches) as unknown as string);
    },
  );

  app.get(
    '/data-requests/:id/rows',
    {
      schema: {
        tags,
        summary: 'Dữ liệu đã duyệt theo trang, cho khóa API (ghi nhật ký) / approved rows by page, for the token (logged)',
        params: idParams,
        querystring: rowsQuery,
        response: { 200: extractRows },
      },
    },
    async (request) => {
      const user = requireUser(request);
      await expireDueRequests(db, now());
      const r = await openAccess(db, user, request.params.id, now());
      const columns = await extractColumns(db, r);
      const { page, pageSize } = request.query;
      const graph = await app.ctx.graph();
      // Pages are cut from the name-ordered stream; an extract is bounded by its area.
      const rows: (string | number | boolean | null)[][] = [];
      let total = 0;
      const from = (page - 1) * pageSize;
      for await (const batch of extractBatches(db, graph, r, columns)) {
        for (const cells of batch) {
          if (total >= from && rows.length < pageSize) rows.push(cells);
          total++;
        }
      }
      await logUse(db, actorOf(request), r, { format: 'json', page, pageSize, rows: rows.length });
      return { columns: columns.map(({ key, vi, en }) => ({ key, vi, en })), rows, total, page, pageSize };
    },
  );
};
