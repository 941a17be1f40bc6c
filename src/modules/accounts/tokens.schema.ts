import { z } from 'zod';

const area = z.enum(['register', 'reporting', 'dhis2', 'reference', 'admin']);

export const createTokenBody = z.strictObject({
  name: z.string().trim().min(1).max(80),
  /** API areas the token may call; `write` includes reading. */
  scopes: z
    .array(z.strictObject({ area, access: z.enum(['read', 'write']) }))
    .min(1)
    .max(10),
  /** Days until the token stops working (at most 366). */
  expiresInDays: z.number().int().min(1).max(366),
});

export const tokenShape = z.object({
  id: z.number().int(),
  userId: z.number().int(),
  username: z.string(),
  name: z.string(),
  /** First characters of the secret, to recognise it. */
  prefix: z.string(),
  scopes: z.array(z.string()),
  origin: z.string(),
  createdAt: z.string(),
  expiresAt: z.string(),
  revokedAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
  lastUsedIp: z.string().nullable(),
  status: z.enum(['active', 'expired', 'revoked']),
});

export const tokenList = z.object({ items: z.array(tokenShape) });
/** The new token with its secret, shown this once. */
export const createdToken = z.object({ token: tokenShape, secret: z.string() });
export const tokenIdParams = z.strictObject({ id: z.coerce.number().int().positive() });
