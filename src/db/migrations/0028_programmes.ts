/**
 * Programmes and policies: the library of legal documents (with the policies they set, the areas
 * those apply to and the links between documents), the programme tree (programme → project →
 * sub-project → activity) with output indicators and yearly targets per unit, and the money:
 * allocations by source, commitments and disbursements, in đồng as BIGINT.
 */
export const statements: string[] = [
  `CREATE TABLE legal_document (
    id serial PRIMARY KEY,
    number text NOT NULL,
    doc_type text NOT NULL CHECK (doc_type IN ('luat', 'nghi_dinh', 'quyet_dinh', 'thong_tu', 'nghi_quyet', 'cong_van', 'khac')),
    title text NOT NULL,
    issuer text NOT NULL,
    signed_on date,
    effective_from date,
    expires_on date,
    summary text NOT NULL DEFAULT '',
    is_public boolean NOT NULL DEFAULT false,
    owner_unit_id int REFERENCES admin_unit(id),
    search_text text NOT NULL,
    file_name text,
    file_type text,
    file_data bytea,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CHECK (effective_from IS NULL OR expires_on IS NULL OR effective_from <= expires_on)
  )`,
  `CREATE UNIQUE INDEX legal_document_number ON legal_document (lower(number))`,
  `CREATE INDEX legal_document_search ON legal_document USING gin (search_text gin_trgm_ops)`,
  `CREATE TABLE legal_document_link (
    id serial PRIMARY KEY,
    from_document_id int NOT NULL REFERENCES legal_document(id) ON DELETE CASCADE,
    to_document_id int NOT NULL REFERENCES legal_document(id) ON DELETE CASCADE,
    kind text NOT NULL CHECK (kind IN ('amends', 'replaces', 'guides')),
    effective_on date,
    note text NOT NULL DEFAULT '',
    CHECK (from_document_id <> to_document_id),
    UNIQUE (from_document_id, to_document_id, kind)
  )`,
  `CREATE INDEX legal_document_link_to ON legal_document_link (to_document_id)`,
  `CREATE TABLE policy (
    id serial PRIMARY KEY,
    document_id int NOT NULL REFERENCES legal_document(id) ON DELETE CASCADE,
    name text NOT NULL,
    target_groups text NOT NULL DEFAULT '',
    benefits text NOT NULL DEFAULT '',
    valid_from date,
    valid_to date,
    search_text text NOT NULL,
    CHECK (valid_from IS NULL OR valid_to IS NULL OR valid_from <= valid_to)
  )`,
  `CREATE INDEX policy_document ON policy (document_id)`,
  `CREATE INDEX policy_search ON policy USING gin (search_text gin_trgm_ops)`,
  `CREATE TABLE policy_area (
    policy_id int NOT NULL REFERENCES policy(id) ON DELETE CASCADE,
    unit_id int NOT NULL REFERENCES admin_unit(id),
    PRIMARY KEY (policy_id, unit_id)
  )`,
  `CREATE TABLE programme_node (
    id serial PRIMARY KEY,
    parent_id int REFERENCES programme_node(id),
    kind text NOT NULL CHECK (kind IN ('programme', 'project', 'sub_project', 'activity')),
    code text NOT NULL,
    name text NOT NULL,
    document_id int REFERENCES legal_document(id) ON DELETE SET NULL,
    start_year int,
    end_year int,
    sort_order int NOT NULL DEFAULT 0,
    owner_unit_id int REFERENCES admin_unit(id),
    created_at timestamptz NOT NULL DEFAULT now(),
    CHECK ((kind = 'programme') = (parent_id IS NULL)),
    CHECK (start_year IS NULL OR end_year IS NULL OR start_year <= end_year)
  )`,
  `CREATE UNIQUE INDEX programme_node_code ON programme_node (code)`,
  `CREATE INDEX programme_node_parent ON programme_node (parent_id, sort_order)`,
  `CREATE TABLE programme_indicator (
    id serial PRIMARY KEY,
    node_id int NOT NULL REFERENCES programme_node(id) ON DELETE CASCADE,
    code text NOT NULL,
    name text NOT NULL,
    measure text NOT NULL DEFAULT '',
    data_element_code text,
    UNIQUE (node_id, code)
  )`,
  `CREATE TABLE programme_target (
    indicator_id int NOT NULL REFERENCES programme_indicator(id) ON DELETE CASCADE,
    unit_id int NOT NULL REFERENCES admin_unit(id),
    year int NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    target bigint NOT NULL CHECK (target >= 0),
    PRIMARY KEY (indicator_id, unit_id, year)
  )`,
  `CREATE TABLE programme_money (
    id serial PRIMARY KEY,
    node_id int NOT NULL REFERENCES programme_node(id),
    unit_id int NOT NULL REFERENCES admin_unit(id),
    year int NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    source text NOT NULL CHECK (source IN ('central', 'local', 'loan', 'other')),
    kind text NOT NULL CHECK (kind IN ('allocation', 'commitment', 'disbursement')),
    amount bigint NOT NULL CHECK (amount > 0),
    on_date date NOT NULL,
    note text NOT NULL DEFAULT '',
    created_by int REFERENCES app_user(id) ON DELETE SET NULL,
    created_at timestamptz NOT NULL DEFAULT now()
  )`,
  `CREATE INDEX programme_money_key ON programme_money (node_id, unit_id, year, source, kind)`,
  `CREATE INDEX programme_money_unit ON programme_money (unit_id, year)`,
];
