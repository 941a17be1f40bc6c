import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError } from '../../server/errors.js';
import { requirePermission } from '../../server/scope.js';
import { actorOf } from '../audit/audit.service.js';
import { checkDate } from './as-of.js';
import { applyReorganisation, listReorganisations, type CrosswalkRow, type UnitRow } from './reorganisations.service.js';
import { reorganisationForm, reorganisationList, reorganisationQuery, reorganisationResult, reorganisationUploadDoc } from './reorganisations.schema.js';
import { readCsvUpload, readUpload } from './upload.js';

const tags = ['admin-units'];
const UNIT_COLUMNS = ['code', 'name', 'level', 'type', 'parent_code'] as const;
const CROSSWALK_COLUMNS = ['old_code', 'new_code', 'merge_type'] as const;

/** Reorganisations of administrative units: the list, and loading a new one (administrators). */
export const reorganisationsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.ctx;

  app.get(
    '/admin-reorganisations',
    {
      schema: {
        tags,
        summary: 'Các lần sắp xếp đơn vị hành chính / reorganisations loaded',
        querystring: reorganisationQuery,
        response: { 200: reorganisationList },
      },
    },
    async (request) => {
      const { page, pageSize } = request.query;
      const { rows, total } = await listReorganisations(db, page, pageSize);
      const items = rows.map((r) => ({
        id: r.id,
        name: r.name,
        effectiveDate: r.effective_date,
        basis: r.basis,
        unitCount: r.unit_count,
        linkCount: r.link_count,
        loadedAt: new Date(r.loaded_at).toISOString(),
      }));
      return { items, total, page, pageSize };
    },
  );

  app.post(
    '/admin-reorganisations',
    {
      schema: {
        tags,
        summary: 'Nạp một lần sắp xếp (danh sách đơn vị mới + bảng chuyển đổi) / load a reorganisation',
        consumes: ['multipart/form-data'],
        body: reorganisationUploadDoc,
        response: { 200: reorganisationResult, 201: reorganisationResult },
      },
    },
    async (request, reply) => {
      requirePermission(request, 'manage_reference');
      const { fields, files } = await readUpload(request, ['units', 'crosswalk'], reorganisationForm);
      const effectiveDate = checkDate(fields.effectiveDate, 'effectiveDate');
      const units = readCsvUpload('units', files.units.data, UNIT_COLUMNS) as unknown as UnitRow[];
      const crosswalk = readCsvUpload('crosswalk', files.crosswalk.data, CROSSWALK_COLUMNS) as unknown as CrosswalkRow[];
      const result = await applyReorganisation(
        db,
        actorOf(request),
        { name: fields.name, basis: fields.basis ?? '', effectiveDate, units, crosswalk },
        { dryRun: fields.dryRun },
      ).catch((e) => {
        // The same files sent twice at once: the second commit meets the first one's checksum.
        if ((e as { code?: string }).code === '23505') throw new AppError(409, 'conflict');
        throw e;
      });
      if (!result.alreadyLoaded && !result.dryRun) app.ctx.invalidateGraph();
      return reply.status(result.alreadyLoaded || result.dryRun ? 200 : 201).send(result);
    },
  );
};
