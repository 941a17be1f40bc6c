import { z } from 'zod';
import { headlineShape } from '../boundaries/maps.schema.js';

/** A report period of a form: window, due day and its name in the caller's language. */
const period = z.object({ id: z.string(), start: z.string(), end: z.string(), deadline: z.string(), name: z.string() });

/** How many units reported a period (as GET /data-entry/completeness counts them). */
const totals = z.object({
  expected: z.number(),
  reported: z.number(),
  approved: z.number(),
  onTime: z.number(),
  late: z.number(),
  missing: z.number(),
  notDue: z.number(),
  returned: z.number(),
  /** Percent, one decimal; null when nothing is expected. */
  completeness: z.number().nullable(),
  timeliness: z.number().nullable(),
});

export const overviewResponse = z.object({
  /** Today in Vietnam. */
  date: z.string(),
  /** Counts of the register in the caller's area, as the lists give them. */
  register: z.object({ households: z.number(), persons: z.number(), openDuplicates: z.number(), isDemo: z.boolean() }),
  /** Headline figures of the area today: persons and households living there, minority share, poverty rate of this year. */
  headline: headlineShape,
  /** Each active form the area reports on: the last ended period and the one open now. */
  reports: z.array(
    z.object({
      dataSet: z.object({ code: z.string(), name: z.string(), nameEn: z.string().nullable(), periodType: z.string() }),
      due: z.object({
        period,
        totals,
        /** For a caller with one unit: that unit's report. */
        unit: z
          .object({
            code: z.string(),
            name: z.string(),
            status: z.string(),
            timeliness: z.string(),
            /** False while nobody has saved anything for the report. */
            started: z.boolean(),
            /** The comment given when the report was returned for correction (status returned). */
            returnComment: z.string().nullable(),
            /** When it was returned. */
            decidedAt: z.string().nullable(),
          })
          .nullable(),
      }),
      current: period.nullable(),
    }),
  ),
});
