import { z } from 'zod';

export const loginBody = z.strictObject({
  /** Login name, case-insensitive. */
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(256),
});

export const changePasswordBody = z.strictObject({
  currentPassword: z.string().min(1).max(256),
  newPassword: z.string().min(1).max(256),
});

export const languageBody = z.strictObject({ language: z.enum(['vi', 'en']) });

export const meResponse = z.object({
  id: z.number(),
  username: z.string(),
  fullName: z.string(),
  role: z.string(),
  language: z.enum(['vi', 'en']),
  csrfToken: z.string(),
  permissions: z.array(z.string()),
  scope: z
    .object({ id: z.number(), code: z.string(), name: z.string(), type: z.string(), level: z.string(), validFrom: z.string().nullable(), validTo: z.string().nullable() })
    .nullable(),
});
