import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../server/errors.js';
import { requireUser } from '../../server/scope.js';
import { isoDate } from '../../shared/paging.js';
import {
  CUTOFFS,
  parsePeriod,
  PERIOD_TYPES,
  periodName,
  periodRange,
  periodsBetween,
  toDhis2,
  type Cutoff,
  type Period,
  type PeriodType,
} from '../reporting-periods/periods.js';
import { periodListResponse, periodResponse } from './reporting-metadata.schema.js';

const cutoff = z.enum(CUTOFFS as [Cutoff, ...Cutoff[]]).default('calendar');
const present = (p: Period, c: Cutoff) => ({
  id: p.id,
  type: p.type,
  ...periodRange(p, c),
  nameVi: periodName(p, 'vi'),
  nameEn: periodName(p, 'en'),
  dhis2: toDhis2(p),
});

/** Period look-ups for forms and the UI. */
export const periodRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/reporting/periods',
    {
      schema: {
        tags: ['reporting'],
        summary: 'Periods of a type overlapping a date range',
        querystring: z.strictObject({ type: z.enum(PERIOD_TYPES as [PeriodType, ...PeriodType[]]), from: isoDate, to: isoDate, cutoff }),
        response: { 200: periodListResponse },
      },
    },
    async (request) => {
      requireUser(request);
      const { type, from, to, cutoff: c } = request.query;
      const items = periodsBetween(type, from, to, c)
        .slice(0, 1000)
        .map((p) => present(p, c));
      return { items, total: items.length, page: 1, pageSize: items.length };
    },
  );
  app.get(
    '/reporting/periods/:id',
    {
      schema: {
        tags: ['reporting'],
        summary: 'One period',
        params: z.strictObject({ id: z.string().max(10) }),
        querystring: z.strictObject({ cutoff }),
        response: { 200: periodResponse },
      },
    },
    async (request) => {
      requireUser(request);
      const p = parsePeriod(request.params.id);
      if (!p) throw new AppError(400, 'validation_failed', {}, [{ field: 'id', code: 'reporting_bad_period', params: { id: request.params.id } }]);
      return present(p, request.query.cutoff);
    },
  );
};
