import { z } from 'zod';
import { isoDate, pagedResponse, pagingFields } from '../../shared/paging.js';

const role = z.enum(['admin', 'province_officer', 'commune_officer', 'viewer']);
const username = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9._-]{3,64}$/, { message: 'a-z 0-9 . _ - (3–64)' });

export const userQuery = z.strictObject({
  /** Search in username and full name, ignoring diacritics. */
  q: z.string().max(100).optional(),
  role: role.optional(),
  ...pagingFields,
});

export const createUserBody = z.strictObject({
  username,
  password: z.string().min(1).max(256),
  fullName: z.string().trim().min(1).max(200),
  role,
  /** Code of the unit the user is scoped to; omitted = whole country (admin and viewer only). */
  scopeUnitCode: z
    .string()
    .regex(/^\d{2,5}$/)
    .nullable()
    .optional(),
  /** Which version of the code is meant; default today. */
  scopeUnitDate: isoDate.optional(),
  language: z.enum(['vi', 'en']).optional(),
});

export const updateUserBody = z.strictObject({
  fullName: z.string().trim().min(1).max(200).optional(),
  role: role.optional(),
  scopeUnitCode: z
    .string()
    .regex(/^\d{2,5}$/)
    .nullable()
    .optional(),
  scopeUnitDate: isoDate.optional(),
  language: z.enum(['vi', 'en']).optional(),
  active: z.boolean().optional(),
  /** Sees analytics only as aggregates with small counts suppressed. */
  aggregatesOnly: z.boolean().optional(),
});

export const resetPasswordBody = z.strictObject({ newPassword: z.string().min(1).max(256) });
export { idParams } from '../../shared/ids.js';

export const userShape = z.object({
  id: z.number(),
  username: z.string(),
  fullName: z.string(),
  role,
  language: z.enum(['vi', 'en']),
  active: z.boolean(),
  failedLogins: z.number(),
  lockedUntil: z.string().nullable(),
  twoFactorEnabled: z.boolean(),
  aggregatesOnly: z.boolean(),
  createdAt: z.string(),
  scope: z
    .object({
      id: z.number(),
      code: z.string(),
      name: z.string(),
      type: z.string(),
      level: z.string(),
      validFrom: z.string().nullable(),
      validTo: z.string().nullable(),
    })
    .nullable(),
});

export const userList = pagedResponse(userShape);
