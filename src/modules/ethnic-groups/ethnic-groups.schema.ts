import { z } from 'zod';

export const ethnicGroup = z.object({
  /** Official GSO code, 01–54; 55 = foreigners. */
  code: z.string(),
  name: z.string(),
  /** Other names and local names, used by search. */
  otherNames: z.array(z.string()),
  languageGroup: z.string(),
  /** Every group but Kinh (01) and foreigners (55) is an ethnic minority. */
  isMinority: z.boolean(),
});

export const listQuery = z.strictObject({
  /** Search in code, name and other names, ignoring diacritics and case. */
  q: z.string().max(100).optional(),
  minority: z.enum(['true', 'false']).optional(),
  sort: z.enum(['code', 'name']).optional(),
});

export const codeParams = z.strictObject({ code: z.string().regex(/^\d{2}$/) });
