import { z } from 'zod';

/** `page` (1-based) and `pageSize` query fields shared by every list. */
export const pagingFields = {
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
};

/** A paged list response around an item schema. */
export function pagedResponse<T extends z.ZodTypeAny>(item: T) {
  return z.object({ items: z.array(item), total: z.number(), page: z.number(), pageSize: z.number() });
}

/** A `YYYY-MM-DD` date within 1900–2100 (what the API accepts everywhere). */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'YYYY-MM-DD' })
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s && s >= '1900-01-01' && s <= '2100-12-31';
  }, { message: '1900-01-01 … 2100-12-31' });

/** Today in Vietnam (UTC+7) as YYYY-MM-DD. */
export function todayVN(): string {
  return new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
}
