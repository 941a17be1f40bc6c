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
export { isoDate, todayVN } from './dates.js';
