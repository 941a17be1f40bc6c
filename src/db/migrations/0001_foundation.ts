/** Foundation tables: reference data, administrative units, villages, classifications, accounts, audit. */
export const statements = [
  `CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public`,

  `CREATE TABLE app_setting (
    key text PRIMARY KEY,
    value jsonb NOT NULL
  )`,

  `CREATE TABLE ethnic_group (
    code text PRIMARY KEY,
    name text NOT NULL,
    other_names text NOT NULL DEFAULT '',
    language_group text NOT NULL DEFAULT '',
    is_minority boolean NOT NULL,
    search_text text NOT NULL,
    sort_key text NOT NULL
  )`,

  `CREATE TABLE admin_reorganisation (
    id serial PRIMARY KEY,
    name text NOT NULL,
    effective_date date NOT NULL,
    basis text NOT NULL DEFAULT '',
    checksum text NOT NULL UNIQUE,
    unit_count int NOT NULL DEFAULT 0,
    link_count int NOT NULL DEFAULT 0,
    loaded_at timestamptz NOT NULL DEFAULT now()
  )`,

  // A unit's identity is its code plus its validity: codes are reused across reorganisations.
  // valid_from NULL means "since before the earliest list we hold"; valid_to is inclusive.
  `CREATE TABLE admin_unit (
    id serial PRIMARY KEY,
    code text NOT NULL,
    name text NOT NULL,
    type text NOT NULL,
    level text NOT NULL CHECK (level IN ('province', 'district', 'commune')),
    parent_id int REFERENCES admin_unit(id),
    valid_from date,
    valid_to date,
    source text NOT NULL,
    search_text text NOT NULL,
    sort_key text NOT NULL,
    CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from),
    UNIQUE NULLS NOT DISTINCT (code, valid_from)
  )`,
  `CREATE INDEX admin_unit_parent ON admin_unit (parent_id)`,
  `CREATE INDEX admin_unit_code ON admin_unit (code)`,
  `CREATE INDEX admin_unit_level ON admin_unit (level, valid_from, valid_to)`,
  `CREATE INDEX admin_unit_search ON admin_unit USING gin (search_text gin_trgm_ops)`,

  `CREATE TABLE admin_unit_succession (
    old_unit_id int NOT NULL REFERENCES admin_unit(id),
    new_unit_id int NOT NULL REFERENCES admin_unit(id),
    merge_type text NOT NULL CHECK (merge_type IN ('full', 'partial')),
    effective_date date NOT NULL,
    reorganisation_id int REFERENCES admin_reorganisation(id),
    PRIMARY KEY (old_unit_id, new_unit_id)
  )`,
  `CREATE INDEX admin_unit_succession_new ON admin_unit_succession (new_unit_id)`,

  `CREATE TABLE village (
    id serial PRIMARY KEY,
    commune_id int NOT NULL REFERENCES admin_unit(id),
    code text NOT NULL,
    name text NOT NULL,
    type text NOT NULL CHECK (type IN ('thon', 'ban', 'xom', 'to_dan_pho', 'khac')),
    valid_from date,
    valid_to date,
    status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'inactive', 'merged')),
    merged_into_id int REFERENCES village(id),
    predecessor_id int REFERENCES village(id),
    is_demo boolean NOT NULL DEFAULT false,
    search_text text NOT NULL,
    sort_key text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from),
    UNIQUE (commune_id, code)
  )`,
  `CREATE INDEX village_commune ON village (commune_id)`,
  `CREATE INDEX village_search ON village USING gin (search_text gin_trgm_ops)`,

  `CREATE TABLE classification_list (
    id serial PRIMARY KEY,
    kind text NOT NULL CHECK (kind IN ('ethnic_region', 'extremely_difficult_commune', 'extremely_difficult_village')),
    name text NOT NULL,
    basis text NOT NULL DEFAULT '',
    period_label text NOT NULL DEFAULT '',
    valid_from date NOT NULL,
    valid_to date,
    scope_unit_id int REFERENCES admin_unit(id),
    is_demo boolean NOT NULL DEFAULT false,
    created_at timestamptz NOT NULL DEFAULT now(),
    CHECK (valid_to IS NULL OR valid_to >= valid_from)
  )`,
  `CREATE TABLE classification_entry (
    id serial PRIMARY KEY,
    list_id int NOT NULL REFERENCES classification_list(id) ON DELETE CASCADE,
    unit_id int REFERENCES admin_unit(id),
    village_id int REFERENCES village(id),
    category text NOT NULL,
    CHECK ((unit_id IS NULL) <> (village_id IS NULL)),
    UNIQUE (list_id, unit_id),
    UNIQUE (list_id, village_id)
  )`,
  `CREATE INDEX classification_entry_unit ON classification_entry (unit_id)`,
  `CREATE INDEX classification_entry_village ON classification_entry (village_id)`,

  `CREATE TABLE boundary (
    id serial PRIMARY KEY,
    unit_id int NOT NULL UNIQUE REFERENCES admin_unit(id),
    geometry jsonb NOT NULL,
    bbox jsonb NOT NULL,
    source text NOT NULL,
    licence text NOT NULL,
    attribution text NOT NULL DEFAULT '',
    loaded_at timestamptz NOT NULL DEFAULT now()
  )`,

  `CREATE TABLE app_user (
    id serial PRIMARY KEY,
    username text NOT NULL UNIQUE,
    full_name text NOT NULL DEFAULT '',
    password_hash text NOT NULL,
    role text NOT NULL CHECK (role IN ('admin', 'province_officer', 'commune_officer', 'viewer')),
    scope_unit_id int REFERENCES admin_unit(id),
    language text NOT NULL DEFAULT 'vi' CHECK (language IN ('vi', 'en')),
    active boolean NOT NULL DEFAULT true,
    failed_logins int NOT NULL DEFAULT 0,
    locked_until timestamptz,
    password_changed_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
  )`,

  `CREATE TABLE user_session (
    id text PRIMARY KEY,
    user_id int NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
    csrf_token text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL,
    ip text,
    user_agent text
  )`,
  `CREATE INDEX user_session_user ON user_session (user_id)`,

  `CREATE TABLE audit_log (
    id bigserial PRIMARY KEY,
    at timestamptz NOT NULL DEFAULT now(),
    user_id int,
    username text,
    action text NOT NULL,
    entity text NOT NULL,
    entity_id text,
    unit_id int,
    before jsonb,
    after jsonb,
    ip text
  )`,
  `CREATE INDEX audit_log_at ON audit_log (at DESC)`,
  `CREATE INDEX audit_log_entity ON audit_log (entity, entity_id)`,
  `CREATE INDEX audit_log_user ON audit_log (user_id, at DESC)`,
];
