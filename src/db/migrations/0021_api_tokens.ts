/**
 * Access for scripts and other systems: personal access tokens (stored as a SHA-256 hash of a
 * random secret, with scopes by API area, an expiry, revocation and last use), and the way a call
 * came in (`token: <name>`, `basic`) on audit and access-log entries.
 */
export const statements: string[] = [
  `CREATE TABLE api_token (
    id serial PRIMARY KEY,
    user_id int NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
    name text NOT NULL,
    secret_hash text NOT NULL UNIQUE,
    prefix text NOT NULL,
    scopes jsonb NOT NULL,
    origin text NOT NULL DEFAULT 'personal',
    created_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL,
    revoked_at timestamptz,
    revoked_by int REFERENCES app_user(id) ON DELETE SET NULL,
    last_used_at timestamptz,
    last_used_ip text
  )`,
  `CREATE INDEX api_token_user ON api_token (user_id, created_at)`,
  `ALTER TABLE audit_log ADD COLUMN via text`,
  `ALTER TABLE access_log ADD COLUMN via text`,
];
