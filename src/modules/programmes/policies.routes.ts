import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError, requestLanguage } from '../../server/errors.js';
import { requireUser, scopeOf, type Scope } from '../../server/scope.js';
import { todayVN } from '../../shared/dates.js';
import { readUpload } from '../admin-units/upload.js';
import { actorOf } from '../audit/audit.service.js';
import { fileResponse } from '../spreadsheets/spreadsheet.schema.js';
import { presentDocument } from './programmes.presenter.js';
import {
  addLink,
  addPolicy,
  assertOwnerWritable,
  attachFile,
  changeDocument,
  createDocument,
  documentFile,
  linksOf,
  mayManage,
  ownerReadable,
  ownersOf,
  policiesOf,
  policyChoicesFor,
  readableDocument,
  removeLink,
  removePolicy,
  searchDocuments,
  statusOn,
  type DocumentRow,
} from './policies.service.js';
import {
  created,
  documentBody,
  documentItem,
  documentList,
  documentQuery,
  idParams,
  linkBody,
  policyBody,
  policyChoiceList,
  subParams,
} from './policies.schema.js';

const tags = ['programmes'];
const fileDoc = z.strictObject({ file: z.any().meta({ type: 'string', format: 'binary' }).describe('PDF, Word hoặc ảnh / PDF, Word or image') }).nullish();

/** The policy library: legal documents, their policies and links; a read-only public list for the portal. */
export const policiesRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.ctx;

  /** Documents with their links, policies and status on a day; `scope` null for the public. */
  async function present(request: FastifyRequest, rows: DocumentRow[], scope: Scope | null, date: string) {
    const ids = rows.map((r) => r.id);
    // A link shows only when the caller may read the document at its other end.
    const links = (await linksOf(db, ids)).filter((l) =>
      scope ? ownerReadable(scope, l.from_owner) && ownerReadable(scope, l.to_owner) : l.from_public && l.to_public,
    );
    const { policies, areas } = await policiesOf(db, ids);
    const user = request.user ?? null;
    return rows.map((d) =>
      presentDocument(d, {
        links,
        policies,
        areas,
        status: statusOn(d, links, date),
        date,
        canEdit: !!user && !!scope && mayManage(user) && (d.owner_unit_id === null ? scope.all : scope.all || scope.reach.has(d.owner_unit_id)),
        lang: requestLanguage(request),
      }),
    );
  }

  app.get(
    '/legal-documents',
    { schema: { tags, summary: 'Thư viện văn bản chính sách / policy library', querystring: documentQuery, response: { 200: documentList } } },
    async (request) => {
      requireUser(request);
      const scope = await scopeOf(request);
      const q = request.query;
      const { rows, total } = await searchDocuments(db, {
        owners: ownersOf(scope),
        publicOnly: false,
        q: q.q,
        docType: q.type,
        page: q.page,
        pageSize: q.pageSize,
      });
      return { items: await present(request, rows, scope, q.date ?? todayVN()), total, page: q.page, pageSize: q.pageSize };
    },
  );

  app.get(
    '/policies',
    { schema: { tags, summary: 'Chính sách trong phạm vi để chọn / policies of the area, for pickers', response: { 200: policyChoiceList } } },
    async (request) => {
      requireUser(request);
      const rows = await policyChoicesFor(db, await scopeOf(request));
      return { items: rows.map((p) => ({ id: p.id, name: p.name, documentId: p.document_id, documentNumber: p.document_number })) };
    },
  );

  app.get(
    '/public/legal-documents',
    {
      schema: {
        tags,
        summary: 'Văn bản công khai cho cổng thông tin (không cần đăng nhập) / public documents for the portal (no sign-in)',
        querystring: documentQuery,
        response: { 200: documentList },
      },
    },
    async (request) => {
      const q = request.query;
      const { rows, total } = await searchDocuments(db, {
        owners: { unitIds: null },
        publicOnly: true,
        q: q.q,
        docType: q.type,
        page: q.page,
        pageSize: q.pageSize,
      });
      return { items: await present(request, rows, null, q.date ?? todayVN()), total, page: q.page, pageSize: q.pageSize };
    },
  );

  app.get(
    '/legal-documents/:id',
    {
      schema: {
        tags,
        summary: 'Một văn bản / one document',
        params: idParams,
        querystring: z.strictObject({ date: documentQuery.shape.date }),
        response: { 200: documentItem },
      },
    },
    async (request) => {
      requireUser(request);
      const scope = await scopeOf(request);
      const d = await readableDocument(db, scope, request.params.id);
      return (await present(request, [d], scope, request.query.date ?? todayVN()))[0];
    },
  );

  app.post(
    '/legal-documents',
    { schema: { tags, summary: 'Thêm văn bản / add a document', body: documentBody, response: { 201: created } } },
    async (request, reply) => {
      const user = requireUser(request);
      const id = await createDocument(db, user, await scopeOf(request), actorOf(request), request.body);
      return reply.code(201).send({ id });
    },
  );

  app.put(
    '/legal-documents/:id',
    { schema: { tags, summary: 'Sửa văn bản / change a document', params: idParams, body: documentBody, response: { 200: created } } },
    async (request) => {
      const user = requireUser(request);
      await changeDocument(db, user, await scopeOf(request), actorOf(request), request.params.id, request.body);
      return { id: request.params.id };
    },
  );

  app.post(
    '/legal-documents/:id/file',
    {
      schema: {
        tags,
        summary: 'Đính kèm tệp văn bản / attach the file',
        params: idParams,
        consumes: ['multipart/form-data'],
        body: fileDoc,
        response: { 200: created },
      },
    },
    async (request) => {
      const user = requireUser(request);
      const scope = await scopeOf(request);
      // Refuse before reading the upload when the caller may not change the document.
      assertOwnerWritable(user, scope, (await readableDocument(db, scope, request.params.id)).owner_unit_id);
      const { files } = await readUpload(request, ['file'], z.strictObject({}));
      if (!files.file) throw new AppError(400, 'validation_failed', {}, [{ field: 'file', code: 'required' }]);
      await attachFile(db, user, scope, actorOf(request), request.params.id, { name: files.file.filename, data: files.file.data });
      return { id: request.params.id };
    },
  );

  for (const publicFile of [false, true])
    app.get(
      publicFile ? '/public/legal-documents/:id/file' : '/legal-documents/:id/file',
      {
        schema: {
          tags,
          summary: publicFile ? 'Tệp của văn bản công khai / file of a public document' : 'Tải tệp văn bản / download the file',
          params: idParams,
          response: { 200: { content: { 'application/octet-stream': { schema: fileResponse('PDF, Word hoặc ảnh / PDF, Word or image') } } } },
        },
      },
      async (request, reply) => {
        // The public reach public documents' files; a user, the files of the documents of their area.
        if (!publicFile) requireUser(request);
        const scope = publicFile ? null : await scopeOf(request);
        await readableDocument(db, scope, request.params.id);
        const f = await documentFile(db, request.params.id);
        if (!f?.file_data) throw new AppError(404, 'legal_document_file_missing');
        return reply
          .type(f.file_type ?? 'application/octet-stream')
          .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(f.file_name ?? 'van-ban')}`)
          .send(f.file_data);
      },
    );

  app.post(
    '/legal-documents/:id/links',
    {
      schema: {
        tags,
        summary: 'Liên kết văn bản (sửa đổi, thay thế, hướng dẫn) / link documents',
        params: idParams,
        body: linkBody,
        response: { 201: created },
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      const id = await addLink(db, user, await scopeOf(request), actorOf(request), request.params.id, request.body);
      return reply.code(201).send({ id });
    },
  );

  app.delete(
    '/legal-documents/:id/links/:sub',
    { schema: { tags, summary: 'Bỏ liên kết / remove a link', params: subParams, response: { 200: created } } },
    async (request) => {
      const user = requireUser(request);
      await removeLink(db, user, await scopeOf(request), actorOf(request), request.params.id, request.params.sub);
      return { id: request.params.sub };
    },
  );

  app.post(
    '/legal-documents/:id/policies',
    { schema: { tags, summary: 'Thêm chính sách của văn bản / add a policy', params: idParams, body: policyBody, response: { 201: created } } },
    async (request, reply) => {
      const user = requireUser(request);
      const body = request.body;
      const id = await addPolicy(db, user, await scopeOf(request), actorOf(request), request.params.id, { ...body, areaDate: body.areaDate ?? todayVN() });
      return reply.code(201).send({ id });
    },
  );

  app.delete(
    '/legal-documents/:id/policies/:sub',
    { schema: { tags, summary: 'Xóa chính sách / remove a policy', params: subParams, response: { 200: created } } },
    async (request) => {
      const user = requireUser(request);
      await removePolicy(db, user, await scopeOf(request), actorOf(request), request.params.id, request.params.sub);
      return { id: request.params.sub };
    },
  );
};
