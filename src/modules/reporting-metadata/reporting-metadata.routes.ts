import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../server/errors.js';
import { requirePermission } from '../../server/scope.js';
import { searchKey } from '../../shared/text.js';
import { actorOf } from '../audit/audit.service.js';
import { READERS, readMappings } from './catalogue.service.js';
import { accessOf, mayEdit, type MetaAccess } from './metadata.owner.js';
import { mappingEditable } from './mappings.owner.js';
import { exportDocument, importDocument, removeMapping, saveItem } from './metadata.service.js';
import {
  codeParams,
  importQuery,
  documentResponse,
  importResponse,
  INPUTS,
  ITEM_RESPONSES,
  listQuery,
  listResponse,
  MAPPING_KINDS,
  mappingListResponse,
  mappingResponse,
  metadataDocument,
  type DocumentResponse,
  type Kind,
} from './reporting-metadata.schema.js';
import { periodRoutes } from './periods.routes.js';

const tags = ['reporting'];
type Item = {
  id: number;
  code: string;
  nameVi: string;
  nameEn: string;
  active: boolean;
  owner: string | null;
  ownerName: string | null;
  ownerId: number | null;
};
const readKind = (db: Parameters<(typeof READERS)['categories']>[0], kind: Exclude<Kind, 'dhis2Mappings'>, a: MetaAccess, code?: string) =>
  READERS[kind](db, code, a) as Promise<Item[]>;
/** An item as the API shows it: with the caller's right to change it, without internal ids of its owner. */
const present = (a: MetaAccess, { ownerId, ...item }: Item): Presented => ({ ...item, canEdit: mayEdit(a, ownerId) });
type Presented = Omit<Item, 'ownerId'> & { canEdit: boolean };
type Mapping = Awaited<ReturnType<typeof readMappings>>[number];
const presentMapping = (a: MetaAccess, { ownerId: _o, unitIds: _u, found: _f, ...m }: Mapping) => ({
  ...m,
  canEdit: mappingEditable(a, { ownerId: _o, unitIds: _u, found: _f }),
});
const PATHS: Record<Exclude<Kind, 'dhis2Mappings'>, string> = {
  categories: 'categories',
  categoryCombos: 'category-combos',
  dataElements: 'data-elements',
  dataSets: 'data-sets',
  validationRules: 'validation-rules',
};

/** Metadata of periodic reporting: any logged-in user reads, `manage_reporting` writes. */
export const reportingMetadataRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.ctx;
  await app.register(periodRoutes);

  for (const [kind, path] of Object.entries(PATHS) as [Exclude<Kind, 'dhis2Mappings'>, string][]) {
    const body = INPUTS[kind] as z.ZodType<{ code: string; active: boolean }>;
    const base = `/reporting/${path}`;
    // Each kind has its own exact item schema; the handlers build items generically, so TypeScript sees the common fields only.
    const itemResponse = ITEM_RESPONSES[kind] as unknown as z.ZodType<Presented>;
    const pageResponse = listResponse(itemResponse);

    app.get(base, { schema: { tags, summary: `List ${path}`, querystring: listQuery, response: { 200: pageResponse } } }, async (request) => {
      const a = await accessOf(request);
      const { q, active, page, pageSize } = request.query;
      let items = await readKind(db, kind, a);
      if (active !== 'all') items = items.filter((i) => i.active === (active === 'true'));
      if (q) {
        const key = searchKey(q);
        items = items.filter((i) => searchKey(`${i.code} ${i.nameVi} ${i.nameEn}`).includes(key));
      }
      return { items: items.slice((page - 1) * pageSize, page * pageSize).map((i) => present(a, i)), total: items.length, page, pageSize };
    });

    app.get(`${base}/:code`, { schema: { tags, summary: `One of ${path}`, params: codeParams, response: { 200: itemResponse } } }, async (request) => {
      const a = await accessOf(request);
      const [item] = await readKind(db, kind, a, request.params.code);
      if (!item) throw new AppError(404, 'not_found');
      return present(a, item);
    });

    app.post(base, { schema: { tags, summary: `Create one of ${path}`, body, response: { 201: itemResponse } } }, async (request, reply) => {
      requirePermission(request, 'manage_reporting');
      const a = await accessOf(request);
      const item = (await saveItem(db, actorOf(request), a, kind, request.body, 'create')).item as Item;
      return reply.status(201).send(present(a, item));
    });

    app.put(
      `${base}/:code`,
      { schema: { tags, summary: `Update one of ${path}`, params: codeParams, body, response: { 200: itemResponse } } },
      async (request) => {
        requirePermission(request, 'manage_reporting');
        if (request.body.code !== request.params.code) {
          throw new AppError(400, 'validation_failed', {}, [{ field: 'code', code: 'reporting_code_mismatch', params: { code: request.params.code } }]);
        }
        const a = await accessOf(request);
        return present(a, (await saveItem(db, actorOf(request), a, kind, request.body, 'update')).item as Item);
      },
    );

    app.post(
      `${base}/:code/deactivate`,
      { schema: { tags, summary: `Deactivate one of ${path}`, params: codeParams, response: { 200: itemResponse } } },
      async (request) => {
        requirePermission(request, 'manage_reporting');
        const a = await accessOf(request);
        const [item] = await readKind(db, kind, a, request.params.code);
        if (!item) throw new AppError(404, 'not_found');
        const input = body.parse({ ...stripRead(item), active: false });
        return present(a, (await saveItem(db, actorOf(request), a, kind, input, 'update', 'deactivate')).item as Item);
      },
    );
  }

  const mappingKey = z.strictObject({ kind: z.enum(MAPPING_KINDS), code: z.string().min(1).max(110) });
  app.get(
    '/reporting/dhis2-mappings',
    {
      schema: {
        tags,
        summary: 'DHIS2 mappings',
        querystring: z.strictObject({ kind: z.enum(MAPPING_KINDS).optional() }),
        response: { 200: mappingListResponse },
      },
    },
    async (request) => {
      const a = await accessOf(request);
      const items = (await readMappings(db, request.query.kind, undefined, a)).map((m) => presentMapping(a, m));
      return { items, total: items.length, page: 1, pageSize: items.length };
    },
  );
  app.put(
    '/reporting/dhis2-mappings',
    { schema: { tags, summary: 'Set a DHIS2 mapping', body: INPUTS.dhis2Mappings, response: { 200: mappingResponse } } },
    async (request) => {
      requirePermission(request, 'manage_reporting');
      const a = await accessOf(request);
      return presentMapping(a, (await saveItem(db, actorOf(request), a, 'dhis2Mappings', request.body, 'upsert')).item as Mapping);
    },
  );
  app.delete(
    '/reporting/dhis2-mappings/:kind/:code',
    { schema: { tags, summary: 'Remove a DHIS2 mapping', params: mappingKey, response: { 204: z.null().describe('Removed') } } },
    async (request, reply) => {
      requirePermission(request, 'manage_reporting');
      const a = await accessOf(request);
      await removeMapping(db, actorOf(request), a, request.params.kind, request.params.code);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/reporting/metadata',
    { schema: { tags, summary: 'Export all reporting metadata as one JSON document', response: { 200: documentResponse } } },
    async (request, reply) => {
      const a = await accessOf(request);
      reply.header('content-disposition', 'attachment; filename="reporting-metadata.json"');
      return (await exportDocument(db, a)) as DocumentResponse;
    },
  );
  app.post(
    '/reporting/metadata',
    {
      bodyLimit: 20 * 1024 * 1024,
      schema: {
        tags,
        summary: 'Import a metadata document (by code; dryRun reports without writing)',
        querystring: importQuery,
        body: metadataDocument,
        response: { 200: importResponse },
      },
    },
    async (request) => {
      requirePermission(request, 'manage_reporting');
      const dryRun = request.query.dryRun === 'true' || request.query.dryRun === '1';
      return importDocument(db, actorOf(request), request.body, dryRun, await accessOf(request));
    },
  );
};

/** A read item back into input shape (ids and generated parts dropped). */
function stripRead(item: Record<string, unknown>) {
  const { id: _id, optionCombos: _o, ownerId: _i, ownerName: _n, canEdit: _c, ...rest } = item;
  if (Array.isArray(rest.options)) rest.options = rest.options.map(({ id: _i, ...o }: Record<string, unknown>) => o);
  return rest;
}
