import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { requestLanguage } from '../../server/errors.js';
import { scopeOf, requirePermission } from '../../server/scope.js';
import { asOf } from '../admin-units/as-of.js';
import { resolveUnit, selectUnits, type AsOf } from '../admin-units/admin-units.service.js';
import { readUpload } from '../admin-units/upload.js';
import { actorOf } from '../audit/audit.service.js';
import { featureCollection, shapesQuery, sourcesResponse, uploadDoc, uploadForm, uploadResult } from './boundaries.schema.js';
import { listShapes, listSources, replaceBoundaries } from './boundaries.service.js';
import { SHIPPED_BOUNDARIES } from './boundaries.sources.js';

const tags = ['boundaries'];

/** Unit shapes as GeoJSON for maps drawn without a tile server; uploads replace shapes (administrators). */
export const boundariesRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.ctx;

  app.get(
    '/boundaries',
    {
      schema: {
        tags,
        summary: 'Ranh giới (GeoJSON FeatureCollection) / unit shapes as GeoJSON',
        description:
          'Features carry `bbox` and properties `code, name, type, level, unitId`. Same unit selection as GET /admin-units; `code` gives that one unit.',
        querystring: shapesQuery,
        response: { 200: featureCollection },
      },
    },
    async (request, reply) => {
      const { date, level, parent, code } = request.query;
      const v: AsOf = { scope: await scopeOf(request), graph: await app.ctx.graph(), date: asOf(date) };
      const one = code ? await resolveUnit(db, v, code) : null;
      const selection = one ? { level: one.level, ids: [one.id] } : await selectUnits(db, v, { level, parent });
      const rows = await listShapes(db, { date: v.date, ...selection });
      // Geometry goes out as the stored JSON text: parsing and re-serialising ~1 MB per request buys nothing.
      const features = rows.map((r) => {
        const properties = JSON.stringify({ code: r.code, name: r.name, type: r.type, level: r.level, unitId: r.id });
        return `{"type":"Feature","id":${JSON.stringify(r.code)},"bbox":${r.bbox},"properties":${properties},"geometry":${r.geometry}}`;
      });
      // A string with a JSON content type is sent as is: the schema documents the shape, no serializer runs.
      const body = `{"type":"FeatureCollection","features":[${features.join(',')}]}`;
      return reply.type('application/json; charset=utf-8').send(body as unknown as z.infer<typeof featureCollection>);
    },
  );

  app.get(
    '/boundaries/sources',
    { schema: { tags, summary: 'Nguồn, giấy phép, ghi công / sources, licences, attribution', response: { 200: sourcesResponse } } },
    async (request) => {
      const lang = requestLanguage(request);
      const rows = await listSources(db);
      const items = rows.map((r) => ({
        source: r.source,
        licence: r.licence,
        attribution: r.attribution,
        units: r.units,
        levels: r.levels,
        loadedAt: new Date(r.loaded_at).toISOString(),
        notes: SHIPPED_BOUNDARIES.find((s) => s.source === r.source)?.notes[lang] ?? '',
      }));
      return { items };
    },
  );

  app.post(
    '/boundaries',
    {
      schema: {
        tags,
        summary: 'Tải lên ranh giới (GeoJSON) / upload shapes',
        consumes: ['multipart/form-data'],
        body: uploadDoc,
        response: { 200: uploadResult },
      },
    },
    async (request) => {
      requirePermission(request, 'manage_reference');
      const { fields, files } = await readUpload(request, ['file'], uploadForm);
      return replaceBoundaries(db, await scopeOf(request), actorOf(request), {
        file: files.file,
        level: fields.level,
        date: asOf(fields.date),
        source: fields.source,
        licence: fields.licence,
        attribution: fields.attribution,
      });
    },
  );
};
