import { z } from 'zod';
import { isoDate } from '../../shared/dates.js';
import { unitCode } from './register.fields.js';

export const profileQuery = z.strictObject({
  /** A commune, district or province code valid on `date` (default: the caller's own unit). */
  commune: unitCode.optional(),
  /** The register as of this day (default today). */
  date: isoDate.optional(),
  /** Poverty classification year (default the year of `date`). */
  year: z.coerce.number().int().min(1990).max(2100).optional(),
});

const counts = {
  households: z.number(),
  persons: z.number(),
  male: z.number(),
  female: z.number(),
  poor: z.number(),
  nearPoor: z.number(),
  /** Percent of households, one decimal; null when there are no households. */
  poorRate: z.number().nullable(),
  nearPoorRate: z.number().nullable(),
};

export const AGE_BANDS = ['0-5', '6-14', '15-17', '18-59', '60+'] as const;

export const profileResponse = z.object({
  unit: z.object({ id: z.number(), code: z.string(), name: z.string(), level: z.string() }),
  date: z.string(),
  year: z.number(),
  /** True when the figures include synthetic demo records. */
  isDemo: z.boolean(),
  totals: z.object(counts),
  /** Households by the head's ethnic group, persons by their own; code null = households without a head. */
  byEthnic: z.array(z.object({ code: z.string().nullable(), name: z.string(), ...counts })),
  byAgeSex: z.array(z.object({ band: z.enum(AGE_BANDS), male: z.number(), female: z.number() })),
});
export type Profile = z.infer<typeof profileResponse>;
