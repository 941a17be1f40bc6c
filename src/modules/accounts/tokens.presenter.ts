/** A stored token as the API shows it (never its hash). */
export function presentToken(
  row: {
    id: number;
    userId: number;
    username: string;
    name: string;
    prefix: string;
    scopes: unknown;
    origin: string;
    createdAt: Date | string;
    expiresAt: Date | string;
    revokedAt: Date | string | null;
    lastUsedAt: Date | string | null;
    lastUsedIp: string | null;
  },
  now: number,
) {
  const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());
  const scopes = (typeof row.scopes === 'string' ? JSON.parse(row.scopes) : row.scopes) as string[];
  const status: 'active' | 'expired' | 'revoked' = row.revokedAt ? 'revoked' : new Date(row.expiresAt).getTime() <= now ? 'expired' : 'active';
  return {
    id: row.id,
    userId: row.userId,
    username: row.username,
    name: row.name,
    prefix: row.prefix,
    scopes,
    origin: row.origin,
    createdAt: iso(row.createdAt)!,
    expiresAt: iso(row.expiresAt)!,
    revokedAt: iso(row.revokedAt),
    lastUsedAt: iso(row.lastUsedAt),
    lastUsedIp: row.lastUsedIp,
    status,
  };
}
