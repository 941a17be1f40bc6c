import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AppError, requestLanguage } from '../../server/errors.js';
import { requirePermission, requireUser, scopeOf } from '../../server/scope.js';
import { actorOf } from '../audit/audit.service.js';
import { importDocument } from '../reporting-metadata/metadata.service.js';
import { accessOf } from '../reporting-metadata/metadata.owner.js';
import type { DocumentResponse } from '../reporting-metadata/reporting-metadata.schema.js';
import { parseDhis2Csv, toDhis2Csv } from './dhis2.csv.js';
import { exportDataValues } from './dhis2.export.js';
import { parseXml, readDxf, toDhis2Xml, webMessageXml, XmlBody } from './dhis2.xml.js';
import { AdxCategories, readAdx, toAdx } from './dhis2.adx.js';
import { Dhis2Ids } from './dhis2.ids.js';
import { importDataValueSet, readSingleValue, type ImportOptions, type Strategy } from './dhis2.import.js';
import { ImportJobs, JOB_TYPE } from './dhis2.jobs.js';
import { webMessageOf } from './dhis2.summary.js';
import type { InternalSet, PreConflict } from './dhis2.resolve.js';
import {
  dataValueSet,
  exportQuery,
  exportResponse,
  importQuery,
  importSummary,
  importSummaryResponse,
  jobResponse,
  metadataImportResponse,
  notification,
  plainWebMessage,
  schemesOf,
  singleValueBody,
  singleValueQuery,
} from './dhis2.schema.js';
import { convertDhis2Metadata, dhis2Metadata } from './dhis2.metadata.js';
import { importIndicators } from '../analytics/indicators.service.js';

const tags = ['dhis2'];
const BODY_LIMIT = 10 * 1024 * 1024;
const CSV_TYPES = ['text/csv', 'application/csv'];
const XML_TYPES = ['application/xml', 'text/xml', 'application/adx+xml', 'application/dxf+xml'];
/** DHIS2's older strategy names. */
const STRATEGY: Record<string, Strategy> = { NEW_AND_UPDATES: 'CREATE_AND_UPDATE', NEW: 'CREATE', UPDATES: 'UPDATE' };
const STRATEGIES = new Set<string>(['CREATE_AND_UPDATE', 'CREATE', 'UPDATE', 'DELETE']);
const SCHEME_KEYS = [
  'idScheme',
  'dataElementIdScheme',
  'orgUnitIdScheme',
  'categoryOptionComboIdScheme',
  'dataSetIdScheme',
  'categoryIdScheme',
  'categoryOptionIdScheme',
] as const;

/** Identifier schemes written in a file's header (XML attributes or JSON fields): UID or CODE, any case. */
function upperSchemes(header: Record<string, unknown>) {
  const out: Partial<Record<(typeof SCHEME_KEYS)[number], 'UID' | 'CODE'>> = {};
  for (const k of SCHEME_KEYS) {
    const v = header[k];
    if (v === undefined || v === null || v === '') continue;
    const up = String(v).toUpperCase();
    if (up !== 'UID' && up !== 'CODE') throw new AppError(400, 'dhis2_bad_parameter', { name: k, value: String(v) });
    out[k] = up;
  }
  return out;
}

/** The format asked for: `?format=`, else the path suffix, else the Accept header; JSON by default. */
function formatOf(request: FastifyRequest, format: string | undefined) {
  if (format) return format;
  const path = request.url.split('?')[0];
  if (path.endsWith('.csv')) return 'csv';
  if (path.endsWith('.xml')) return 'xml';
  if (path.endsWith('.adx')) return 'adx';
  const accept = request.headers.accept ?? '';
  if (/\b(text|application)\/csv\b/.test(accept)) return 'csv';
  if (/adx\+xml/.test(accept)) return 'adx';
  if (/\b(application|text)\/xml\b/.test(accept) && !/json/.test(accept)) return 'xml';
  return 'json';
}

/** Whether the caller's Accept header asks for XML rather than JSON (DHIS2 answers in the format asked for). */
const wantsXmlAnswer = (request: FastifyRequest) => {
  const accept = request.headers.accept ?? '';
  return /\b(application|text)\/xml\b/.test(accept) && !/json/.test(accept);
};

/** Sends a WebMessage with its HTTP status, as XML when asked. */
function sendMessage(
  request: FastifyRequest,
  reply: FastifyReply,
  msg: { httpStatusCode: number; httpStatus: string; status: string; message: string; response?: unknown },
) {
  reply.code(msg.httpStatusCode);
  if (wantsXmlAnswer(request)) return reply.type('application/xml; charset=utf-8').send(webMessageXml(msg));
  return reply.send(msg);
}

const truthy = (v: unknown) => v === true || v === 'true';
/** A WebMessage response in JSON or (Accept: application/xml) XML. */
const messageContent = <T extends z.ZodType>(schema: T) => ({
  content: { 'application/json': { schema }, 'application/xml': { schema: z.string().describe('The same WebMessage as XML') } },
});

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

  const jobs = new ImportJobs();
  app.addHook('onClose', async () => jobs.idle());
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 64 * 1024 }, (_req, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(String(body))));
  });

  for (const suffix of ['', '.json', '.csv', '.xml', '.adx']) {
    app.post(
      `/dataValueSets${suffix}`,
      {
        bodyLimit: BODY_LIMIT,
        schema: {
          hide: suffix !== '',
          tags,
          summary: 'Nhập dữ liệu DHIS2 / import a DHIS2 data value set (JSON, CSV, dxf2 XML, ADX); 409 when values conflict, async=true runs it as a job',
          querystring: importQuery,
          body: z.union([dataValueSet, z.instanceof(XmlBody)]),
          response: { 200: messageContent(z.union([importSummaryResponse, jobResponse])), 409: messageContent(importSummaryResponse) },
        },
      },
      async (request, reply) => {
        const user = requireExchange(request, true);
        const q = request.query;
        const body = request.body;
        const adx = q.format === 'adx' || suffix === '.adx' || /adx\+xml/i.test(request.headers['content-type'] ?? '');
        const wantsXml = adx || q.format === 'xml' || suffix === '.xml';
        if (wantsXml && !(body instanceof XmlBody)) throw new AppError(415, 'dhis2_format_mismatch', { format: adx ? 'ADX' : 'XML' });
        let set: InternalSet;
        let pre: Map<number, PreConflict> | undefined;
        // As in DHIS2, identifier schemes, dryRun and the strategy written in the file take precedence over the query.
        let header: Record<string, string | undefined> = {};
        if (body instanceof XmlBody) {
          header = body.root.attrs;
          const schemes = schemesOf(q, adx ? 'CODE' : 'UID', upperSchemes(header));
          ({ set, pre } = adx ? readAdx(body.root, await Dhis2Ids.load(db), await AdxCategories.load(db), schemes) : readDxf(body.root));
        } else {
          set = body;
          const { dataValues: _values, attributeCategoryOptions: options, ...rest } = body;
          header = { ...rest, dryRun: body.dryRun === undefined ? undefined : String(body.dryRun) } as unknown as Record<string, string | undefined>;
          // Attribute options name an attribute option combo by its options; only DHIS2's default (none) is kept here.
          if (options?.length && !set.attributeOptionCombo) set = { ...set, attributeOptionCombo: options.join(',') };
        }
        // DHIS2 reads ADX by code unless told otherwise.
        const schemes = schemesOf(q, adx ? 'CODE' : 'UID', upperSchemes(header));
        const strategy = header.strategy ?? header.importStrategy ?? q.importStrategy ?? 'CREATE_AND_UPDATE';
        const opts: ImportOptions = {
          dryRun: header.dryRun !== undefined ? truthy(header.dryRun) : (q.dryRun ?? false),
          importStrategy: STRATEGY[strategy] ?? (strategy as Strategy),
          atomicMode: q.atomicMode ?? 'NONE',
          async: q.async ?? false,
          reportMode: q.importReportMode ?? 'FULL',
          skipAudit: q.skipAudit ?? false,
          strictPeriods: q.strictPeriods ?? false,
          force: q.force ?? false,
          schemes,
          lang: requestLanguage(request),
          pre,
          publish: true,
        };
        if (!STRATEGIES.has(opts.importStrategy)) throw new AppError(400, 'dhis2_bad_parameter', { name: 'importStrategy', value: strategy });
        const graph = await app.ctx.graph();
        const scope = await scopeOf(request);
        const actor = actorOf(request);
        if (opts.async) {
          const job = jobs.start(user.id, (progress) => importDataValueSet(db, graph, scope, actor, set, { ...opts, progress }));
          return sendMessage(request, reply, { httpStatus: 'OK', httpStatusCode: 200, status: 'OK', message: 'Initiated dataValueImport', response: job });
        }
        const summary = await importDataValueSet(db, graph, scope, actor, set, opts);
        return sendMessage(request, reply, webMessageOf(summary));
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

  const taskParams = z.strictObject({ id: z.string().max(20) });
  app.get(
    `/system/tasks/${JOB_TYPE}`,
    {
      schema: {
        tags,
        summary: 'Tiến độ các tác vụ nhập / progress of your data value import jobs (DHIS2 style)',
        response: { 200: z.record(z.string(), z.array(notification)) },
      },
    },
    async (request) => jobs.all(requireExchange(request, true).id),
  );
  app.get(
    `/system/tasks/${JOB_TYPE}/:id`,
    {
      schema: {
        tags,
        summary: 'Tiến độ một tác vụ nhập / progress of one import job, newest first',
        params: taskParams,
        response: { 200: z.array(notification) },
      },
    },
    async (request) => {
      const list = jobs.notifications(requireExchange(request, true).id, request.params.id);
      if (!list) throw new AppError(404, 'dhis2_job_not_found', { id: request.params.id });
      return list;
    },
  );
  app.get(
    `/system/taskSummaries/${JOB_TYPE}/:id`,
    {
      schema: {
        tags,
        summary: 'Kết quả một tác vụ nhập / the import summary of a finished job (empty object while it runs)',
        params: taskParams,
        response: { 200: z.union([importSummary, z.object({})]) },
      },
    },
    async (request) => {
      const summary = jobs.summary(requireExchange(request, true).id, request.params.id);
      if (summary === undefined) throw new AppError(404, 'dhis2_job_not_found', { id: request.params.id });
      return summary ?? {};
    },
  );

  /** One value as DHIS2's `/api/dataValues` names it (query, form fields or JSON body). */
  const singleSet = (p: {
    de?: string;
    pe?: string;
    ou?: string;
    co?: string;
    cc?: string;
    cp?: string;
    ds?: string;
    value?: string | null;
    comment?: string | null;
  }) => {
    for (const [k, v] of [
      ['de', p.de],
      ['pe', p.pe],
      ['ou', p.ou],
    ] as const)
      if (!v) throw new AppError(400, 'dhis2_value_missing_param', { field: k });
    // cc + cp name an attribute option combo by its options: only the default one (no options) is kept here.
    const aoc = p.cp ? p.cp : undefined;
    const set: InternalSet = {
      ...(p.ds ? { dataSet: p.ds } : {}),
      dataValues: [
        {
          dataElement: p.de!,
          period: p.pe!,
          orgUnit: p.ou!,
          ...(p.co ? { categoryOptionCombo: p.co } : {}),
          ...(aoc ? { attributeOptionCombo: aoc } : {}),
          value: p.value ?? '',
          ...(p.comment !== undefined ? { comment: p.comment } : {}),
        },
      ],
    };
    return set;
  };
  const refusal = (c: { value: string; errorCode: string }) => ({
    httpStatus: 'Conflict',
    httpStatusCode: 409,
    status: 'ERROR' as const,
    message: c.value,
    errorCode: c.errorCode,
  });

  app.get(
    '/dataValues',
    {
      schema: {
        tags,
        summary: 'Đọc một giá trị (DHIS2) / read one data value: de, pe, ou, co (as DHIS2: a list holding the value)',
        querystring: singleValueQuery,
        response: { 200: z.array(z.string()), 409: messageContent(plainWebMessage) },
      },
    },
    async (request, reply) => {
      requireExchange(request, false);
      const set = singleSet(request.query);
      const got = await readSingleValue(db, await app.ctx.graph(), await scopeOf(request), set, schemesOf(request.query), requestLanguage(request));
      if (got.conflict) return sendMessage(request, reply, refusal(got.conflict));
      if (got.value === null || got.value === undefined) throw new AppError(404, 'dhis2_value_not_found');
      return [got.value];
    },
  );

  const single = async (request: FastifyRequest, reply: FastifyReply, p: Parameters<typeof singleSet>[0], remove: boolean) => {
    requireExchange(request, true);
    const set = singleSet(p);
    const summary = await importDataValueSet(db, await app.ctx.graph(), await scopeOf(request), actorOf(request), set, {
      dryRun: false,
      importStrategy: remove ? 'DELETE' : 'CREATE_AND_UPDATE',
      atomicMode: 'ALL',
      schemes: schemesOf(p as Record<string, never>),
      lang: requestLanguage(request),
    });
    if (summary.conflicts.length) return sendMessage(request, reply, { ...refusal(summary.conflicts[0]), response: summary });
    if (remove && summary.importCount.deleted === 0) throw new AppError(404, 'dhis2_value_not_found');
    return reply.code(remove ? 204 : 201).send();
  };

  app.post(
    '/dataValues',
    {
      schema: {
        tags,
        summary: 'Lưu một giá trị (DHIS2) / save one data value: de, pe, ou, co, value, comment in the query, a form or JSON (dataElement, period, …)',
        querystring: singleValueQuery,
        body: singleValueBody,
        response: { 201: z.null().describe('Saved'), 409: messageContent(plainWebMessage) },
      },
      // DHIS2 clients often send everything in the query and no body at all.
      preValidation: async (request) => {
        request.body ??= {};
      },
    },
    async (request, reply) => {
      const b = request.body;
      const p = {
        ...request.query,
        ...Object.fromEntries(Object.entries(b).filter(([k]) => k.length <= 7 && !['dataElement', 'period', 'orgUnit'].includes(k))),
        ...(b.dataElement ? { de: b.dataElement } : {}),
        ...(b.period ? { pe: b.period } : {}),
        ...(b.orgUnit ? { ou: b.orgUnit } : {}),
        ...(b.categoryOptionCombo ? { co: b.categoryOptionCombo } : {}),
        ...(b.dataSet ? { ds: b.dataSet } : {}),
      };
      return single(request, reply, p as Parameters<typeof singleSet>[0], false);
    },
  );

  app.delete(
    '/dataValues',
    {
      schema: {
        tags,
        summary: 'Xóa một giá trị (DHIS2) / delete one data value: de, pe, ou, co',
        querystring: singleValueQuery,
        response: { 204: z.null().describe('Deleted'), 409: messageContent(plainWebMessage) },
      },
    },
    async (request, reply) => single(request, reply, request.query, true),
  );

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
      const { doc, unmatchedOrgUnits, dropped } = await convertDhis2Metadata(db, request.body);
      const result = await importDocument(db, actorOf(request), doc, dryRun, await accessOf(request));
      // Indicators become analytics indicators once their elements exist; one we cannot read stays dropped.
      const kept = dryRun ? dropped : await importIndicators(db, actorOf(request), request.body.indicators, dropped);
      // The converted document carries no option combinations (they are generated when imported).
      return { ...result, unmatchedOrgUnits, dropped: kept, ...(dryRun ? { document: doc as DocumentResponse } : {}) };
    },
  );
};
