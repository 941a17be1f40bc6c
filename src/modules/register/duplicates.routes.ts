import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError } from '../../server/errors.js';
import { inReach, scopeOf } from '../../server/scope.js';
import { todayVN } from '../../shared/dates.js';
import { communeFilter, registerWriter } from './units.service.js';
import { duplicateItem, duplicateList, idParams, listQuery, mergeBody, mergeResponse, notDuplicateBody, scanBody, scanResponse } from './duplicates.schema.js';
import { getPair, listPairs, markNotDuplicate, mergePair, presentPairs, scan } from './duplicates.service.js';

const tags = ['duplicates'];

/** The review queue of persons who may be recorded twice. */
export const duplicatesRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.ctx;

  app.get(
    '/duplicates',
    { schema: { tags, summary: 'Hàng đợi nghi trùng nhân khẩu / possible duplicate persons', querystring: listQuery, response: { 200: duplicateList } } },
    async (request) => {
      const q = request.query;
      const scope = await scopeOf(request);
      const communeIds = await communeFilter(db, await app.ctx.graph(), scope, q.commune, todayVN());
      const { rows, total } = await listPairs(db, { communeIds, status: q.status ?? 'open', page: q.page, pageSize: q.pageSize });
      return { items: await presentPairs(db, rows), total, page: q.page, pageSize: q.pageSize };
    },
  );

  app.post(
    '/duplicates/scan',
    {
      // The answer waits for a background job: job steps must not wait for this request to end.
      config: { waitsForJob: true },
      schema: { tags, summary: 'Rà soát trùng trong địa bàn / scan the area for duplicates', body: scanBody, response: { 200: scanResponse } },
    },
    async (request) => {
      const w = await registerWriter(request);
      const code = request.body.communeCode;
      const communeIds = await communeFilter(db, w.graph, w.scope, code, todayVN());
      return scan(w, communeIds, code);
    },
  );

  app.post(
    '/duplicates/:id/merge',
    { schema: { tags, summary: 'Gộp hai hồ sơ / merge the pair', params: idParams, body: mergeBody, response: { 200: mergeResponse } } },
    async (request) => {
      return mergePair(await registerWriter(request), request.params.id, request.body.keepPersonId);
    },
  );

  app.post(
    '/duplicates/:id/not-duplicate',
    { schema: { tags, summary: 'Xác nhận không trùng / mark as not a duplicate', params: idParams, body: notDuplicateBody, response: { 200: duplicateItem } } },
    async (request) => {
      const w = await registerWriter(request);
      await markNotDuplicate(w, request.params.id, request.body.note);
      const pair = await getPair(db, request.params.id);
      if (!pair) throw new AppError(404, 'not_found');
      const [item] = await presentPairs(db, [pair]);
      if (!inReach(w.scope, item.a.commune.id) || !inReach(w.scope, item.b.commune.id)) throw new AppError(404, 'not_found');
      return item;
    },
  );
};
