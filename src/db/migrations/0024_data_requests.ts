/**
 * Requests to use register data (Decree 13/2023/NĐ-CP): another agency or a researcher asks for
 * fields of the person register in an area and period, for a purpose, on a legal basis, to keep for
 * a time; a provincial officer or administrator approves (possibly fewer fields) or refuses with
 * reasons. An approval gives time-limited access: an extract of the approved fields and/or an API
 * token that reaches only this request. Also the retention settings of personal data by kind, and the
 * server secret that makes pseudonymous ids.
 */
export const statements: string[] = [
  `CREATE TABLE data_request (
    id serial PRIMARY KEY,
    requester_id int NOT NULL REFERENCES app_user(id),
    organisation text NOT NULL,
    title text NOT NULL,
    fields jsonb NOT NULL,
    identities boolean NOT NULL DEFAULT false,
    area_unit_id int NOT NULL REFERENCES admin_unit(id),
    period_from date NOT NULL,
    period_to date NOT NULL,
    purpose text NOT NULL,
    legal_basis text NOT NULL,
    retention_days int NOT NULL CHECK (retention_days BETWEEN 1 AND 3660),
    access_kind text NOT NULL CHECK (access_kind IN ('extract', 'token', 'both')),
    access_days int NOT NULL CHECK (access_days BETWEEN 1 AND 366),
    status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'refused', 'revoked', 'expired')),
    created_at timestamptz NOT NULL DEFAULT now(),
    decided_by int REFERENCES app_user(id),
    decided_at timestamptz,
    decision_reason text,
    approved_fields jsonb,
    approved_identities boolean,
    access_until timestamptz,
    token_id int REFERENCES api_token(id) ON DELETE SET NULL,
    ended_at timestamptz,
    CHECK (period_from <= period_to)
  )`,
  `CREATE INDEX data_request_requester ON data_request (requester_id, created_at)`,
  `CREATE INDEX data_request_status ON data_request (status, access_until)`,
  `CREATE TABLE data_retention_rule (
    kind text PRIMARY KEY,
    days int NOT NULL CHECK (days BETWEEN 1 AND 36600),
    updated_at timestamptz NOT NULL DEFAULT now(),
    updated_by int REFERENCES app_user(id) ON DELETE SET NULL
  )`,
  `CREATE TABLE data_use_key (
    id int PRIMARY KEY CHECK (id = 1),
    secret text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
  )`,
];
