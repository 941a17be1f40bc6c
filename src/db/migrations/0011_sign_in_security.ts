/**
 * Sign-in security: failure counters that leak away with time (per username, per address, per
 * known device, per second-step user) replace the permanent lock; known devices carry a random
 * cookie stored hashed; TOTP two-factor with one-time recovery codes and short-lived second-step
 * challenges.
 */
export const statements: string[] = [
  `CREATE TABLE login_throttle (
    key text PRIMARY KEY,
    score double precision NOT NULL,
    updated_at timestamptz NOT NULL
  )`,
  `CREATE TABLE user_device (
    id text PRIMARY KEY,
    user_id int NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL DEFAULT now(),
    last_used_at timestamptz NOT NULL DEFAULT now()
  )`,
  `CREATE INDEX user_device_user ON user_device (user_id, last_used_at)`,
  `CREATE TABLE login_challenge (
    id text PRIMARY KEY,
    user_id int NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
    expires_at timestamptz NOT NULL,
    attempts int NOT NULL DEFAULT 0
  )`,
  `CREATE TABLE user_recovery_code (
    user_id int NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
    code_hash text NOT NULL,
    used_at timestamptz,
    PRIMARY KEY (user_id, code_hash)
  )`,
  `ALTER TABLE app_user
    ADD COLUMN totp_secret text,
    ADD COLUMN totp_pending_secret text,
    ADD COLUMN totp_enabled_at timestamptz,
    ADD COLUMN totp_last_step bigint`,
  `ALTER TABLE app_user DROP COLUMN failed_logins, DROP COLUMN locked_until`,
];
