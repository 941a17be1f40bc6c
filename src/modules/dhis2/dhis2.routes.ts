import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AppError, requestLanguage } from '../../server/errors.js';
import { requirePermission, requireUser, scopeOf } from '../../server/scope.js';
import { actorOf } from '../audit/audit.service.js';
import { importDocument } from '../reporting-metadata/metadata.service.js';
import { accessOf } from '../reporting-metadata/metadata.owner.js';
import type { DocumentResponse } from '../reporting-metadata/reporting-metadata.schema.js';
import { parseDhis2Csv, toDhis2Csv } from './dhis2.csv.js';
import { exportDataValues } from './dhis2.export.js';
import { parseXml, readDxf, toDhis2Xml, XmlBody } from './dhis2.xml.js';
import { AdxCategories, readAdx, toAdx } from './dhis2.adx.js';
import { Dhis2Ids } from './dhis2.ids.js';
import { importDataValueSet, type Strategy } from './dhis2.import.js';
import type { InternalSet, PreConflict } from './dhis2.resolve.js';
import { dataValueSet, exportQuery, exportResponse, importQuery, importSummaryResponse, metadataImportResponse, schemesOf } from './dhis2.schema.js';
import { convertDhis2Metadata, dhis2Metadata } from './dhis2.metadata.js';

const tags = ['dhis2'];
const BODY_LIMIT = 10 * 1024 * 1024;
const CSV_TYPES = ['text/csv', 'application/csv'];
const XML_TYPES = ['application/xml', 'text/xml', 'application/adx+xml', 'application/dxf+xml'];
/** DHIS2's older strategy names. */
const STRATEGY: Record<string, Strategy> = { NEW_AND_UPDATES: 'CREATE_AND_UPDATE', NEW: 'CREATE', UPDATES: 'UPDATE' };

/** The format asked for: `?format=`, else the path suffix, else the Accept header; JSON by default. */
function formatOf(request: FastifyRequest, format: string | undefined) {
  if (format) return format;
  const path = request.url.split('?')[0];
  if (path.endsWith('.csv')) return 'csv';
  if (path.endsWith('.xml')) return 'xml';
  const accept = request.headers.accept ?? '';
  if (/\b(text|application)\/csv\b/.test(accept)) return 'csv';
  if (/adx\+xml/.test(accept)) return 'adx';
  if (/\b(application|text)\/xml\b/.test(accept) && !/json/.test(accept)) return 'xml';
  return 'json';
}

/**
 * DHIS2 exchange is the province's work: sending values in takes `manage_reporting` (administrators and
 * provincial officers); reading them out is refused to commune officers, who enter reports on the grid.
 */
function requireExchange(request: FastifyRequest, write: boolean) {
  if (write) return requirePermission(request, 'manage_reporting');
  const user = requireUser(request);
  if (user.role === 'commune_officer') throw new AppError(403, 'forbidden');
  return user;
}

/** DHIS2-compatible exchange: `/api/dataValueSets` (also `.json`, `.csv`, `.xml`) and `/api/dhis2/metadata`. */
export const dhis2Routes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.ctx;

  app.addContentTypeParser(CSV_TYPES, { parseAs: 'string', bodyLimit: BODY_LIMIT }, (_req, body, done) => {
    try {
      done(null, parseDhis2Csv(String(body)));
    } catch (e) {
      done(e as Error, undefined);
    }
  });
  app.addContentTypeParser(XML_TYPES, { parseAs: 'string', bodyLimit: BODY_LIMIT }, (_req, body, done) => {
    try {
      done(null, new XmlBody(parseXml(String(body))));
    } catch (e) {
      done(e as Error, undefined);
    }
  });

  for (const suffix of ['', '.json', '.csv', '.xml']) {
    app.post(
      `/dataValueSets${suffix}`,
      {
        bodyLimit: BODY_LIMIT,
        schema: {
          hide: suffix !== '',
          tags,
          summary: 'Nhập dữ liệu DHIS2 / import a DHIS2 data value set (JSON, CSV, dxf2 XML, ADX)',
          querystring: importQuery,
          body: z.union([dataValueSet, z.instanceof(XmlBody)]),
          response: { 200: importSummaryResponse },
        },
      },
      async (request) => {
        requireExchange(request, true);
        const q = request.query;
        const body = request.body;
        const adx = q.format === 'adx' || /adx\+xml/i.test(request.headers['content-type'] ?? '');
        const wantsXml = adx || q.format === 'xml' || suffix === '.xml';
        if (wantsXml && !(body instanceof XmlBody)) throw new AppError(415, 'dhis2_format_mismatch', { format: adx ? 'ADX' : 'XML' });
        // DHIS2 reads ADX by code unless told otherwise.
        const schemes = schemesOf(q, adx ? 'CODE' : 'UID');
        let set: InternalSet;
        let pre: Map<number, PreConflict> | undefined;
        if (body instanceof XmlBody)
          ({ set, pre } = adx ? readAdx(body.root, await Dhis2Ids.load(db), await AdxCategories.load(db), schemes) : readDxf(body.root));
        else set = body;
        const strategy = q.importStrategy ?? 'CREATE_AND_UPDATE';
        return importDataValueSet(db, await app.ctx.graph(), await scopeOf(request), actorOf(request), set, {
          dryRun: q.dryRun ?? false,
          importStrategy: STRATEGY[strategy] ?? (strategy as Strategy),
          atomicMode: q.atomicMode ?? 'ALL',
          schemes,
          lang: requestLanguage(request),
          pre,
        });
      },
    );

    app.get(
      `/dataValueSets${suffix}`,
      {
        schema: {
          hide: suffix !== '',
          tags,
          summary: 'Xuất dữ liệu theo chuẩn DHIS2 / export data values as DHIS2 (JSON, CSV, dxf2 XML, ADX)',
          querystring: exportQuery,
          response: exportResponse,
        },
      },
      async (request, reply) => {
        requireExchange(request, false);
        const q = request.query;
        const format = formatOf(request, q.format);
        const schemes = schemesOf(q, format === 'adx' ? 'CODE' : 'UID');
        const out = await exportDataValues(db, await app.ctx.graph(), await scopeOf(request), q, schemes);
        if (format === 'adx')
          return reply
            .type('application/adx+xml; charset=utf-8')
            .send(toAdx(out.forms, out.raw, await Dhis2Ids.load(db), await AdxCategories.load(db), schemes));
        if (format === 'csv') return reply.type('text/csv; charset=utf-8').send(toDhis2Csv(out.values));
        if (format === 'xml') return reply.type('application/xml; charset=utf-8').send(toDhis2Xml(out.values, out.dataSet));
        return { ...(out.dataSet ? { dataSet: out.dataSet } : {}), dataValues: out.values };
      },
    );
  }

  app.post(
    '/dhis2/metadata',
    {
      bodyLimit: 20 * 1024 * 1024,
      schema: {
        tags,
        summary: 'Nhập metadata DHIS2 / import DHIS2 metadata JSON (dryRun reports without writing)',
        querystring: z.strictObject({ dryRun: z.enum(['true', 'false']).optional() }),
        body: dhis2Metadata,
        response: { 200: metadataImportResponse },
      },
    },
    async (request) => {
      requirePermission(request, 'manage_reporting');
      const dryRun = request.query.dryRun === 'true';
      const { doc, unmatchedOrgUnits } = await convertDhis2Metadata(db, request.body);
      const result = await importDocument(db, actorOf(request), doc, dryRun, await accessOf(request));
      // The converted document carries no option combinations (they are generated when imported).
      return { ...result, unmatchedOrgUnits, ...(dryRun ? { document: doc as DocumentResponse } : {}) };
    },
  );
};
