/**
 * Periodic reporting, metadata side: data elements, disaggregations (categories, options, combos and
 * their generated option combinations), report forms with sections and assigned units, validation
 * rules and the mapping to DHIS2 identifiers. Rows are deactivated, never deleted, once used.
 */
const stamps = `dhis2_uid text,
    active boolean NOT NULL DEFAULT true,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()`;

export const statements = [
  `CREATE TABLE category (
    id serial PRIMARY KEY,
    code text NOT NULL UNIQUE,
    name_vi text NOT NULL,
    name_en text NOT NULL DEFAULT '',
    ${stamps}
  )`,
  `CREATE TABLE category_option (
    id serial PRIMARY KEY,
    category_id int NOT NULL REFERENCES category(id),
    code text NOT NULL,
    name_vi text NOT NULL,
    name_en text NOT NULL DEFAULT '',
    sort_order int NOT NULL DEFAULT 0,
    ${stamps},
    UNIQUE (category_id, code)
  )`,
  `CREATE TABLE category_combo (
    id serial PRIMARY KEY,
    code text NOT NULL UNIQUE,
    name_vi text NOT NULL,
    name_en text NOT NULL DEFAULT '',
    ${stamps}
  )`,
  `CREATE TABLE category_combo_category (
    category_combo_id int NOT NULL REFERENCES category_combo(id),
    category_id int NOT NULL REFERENCES category(id),
    position int NOT NULL,
    PRIMARY KEY (category_combo_id, category_id)
  )`,
  // One row per combination of options; option_key (option ids in the combo's category order) keeps
  // a combination's id stable when options are added.
  `CREATE TABLE category_option_combo (
    id serial PRIMARY KEY,
    category_combo_id int NOT NULL REFERENCES category_combo(id),
    code text NOT NULL,
    option_key text NOT NULL,
    name_vi text NOT NULL,
    name_en text NOT NULL DEFAULT '',
    ${stamps},
    UNIQUE (category_combo_id, option_key),
    UNIQUE (category_combo_id, code)
  )`,
  `CREATE TABLE category_option_combo_option (
    category_option_combo_id int NOT NULL REFERENCES category_option_combo(id),
    category_option_id int NOT NULL REFERENCES category_option(id),
    PRIMARY KEY (category_option_combo_id, category_option_id)
  )`,
  `CREATE TABLE data_element (
    id serial PRIMARY KEY,
    code text NOT NULL UNIQUE,
    name_vi text NOT NULL,
    name_en text NOT NULL DEFAULT '',
    short_name text NOT NULL DEFAULT '',
    value_type text NOT NULL CHECK (value_type IN ('integer', 'number', 'percentage', 'boolean', 'text', 'date')),
    unit text NOT NULL DEFAULT '',
    aggregation text NOT NULL DEFAULT 'sum' CHECK (aggregation IN ('sum', 'average', 'last')),
    min_value double precision,
    max_value double precision,
    category_combo_id int NOT NULL REFERENCES category_combo(id),
    description text NOT NULL DEFAULT '',
    ${stamps}
  )`,
  `CREATE TABLE data_set (
    id serial PRIMARY KEY,
    code text NOT NULL UNIQUE,
    name_vi text NOT NULL,
    name_en text NOT NULL DEFAULT '',
    description text NOT NULL DEFAULT '',
    period_type text NOT NULL CHECK (period_type IN ('monthly', 'quarterly', 'six_monthly', 'nine_monthly', 'yearly')),
    cutoff text NOT NULL DEFAULT 'calendar' CHECK (cutoff IN ('calendar', 'nd09')),
    deadline_days int NOT NULL DEFAULT 10,
    approval_role text NOT NULL DEFAULT 'province_officer' CHECK (approval_role IN ('admin', 'province_officer')),
    -- Units that must report: every unit of this level valid on the period's dates (within
    -- assign_within, a province code, when given), plus the unit codes in data_set_unit.
    assign_level text CHECK (assign_level IN ('province', 'district', 'commune')),
    assign_within text,
    ${stamps}
  )`,
  `CREATE TABLE data_set_section (
    id serial PRIMARY KEY,
    data_set_id int NOT NULL REFERENCES data_set(id) ON DELETE CASCADE,
    code text NOT NULL,
    name_vi text NOT NULL,
    name_en text NOT NULL DEFAULT '',
    position int NOT NULL,
    UNIQUE (data_set_id, code)
  )`,
  `CREATE TABLE data_set_element (
    data_set_id int NOT NULL REFERENCES data_set(id) ON DELETE CASCADE,
    section_id int NOT NULL REFERENCES data_set_section(id) ON DELETE CASCADE,
    data_element_id int NOT NULL REFERENCES data_element(id),
    position int NOT NULL,
    PRIMARY KEY (data_set_id, data_element_id)
  )`,
  `CREATE TABLE data_set_unit (
    data_set_id int NOT NULL REFERENCES data_set(id) ON DELETE CASCADE,
    unit_code text NOT NULL,
    PRIMARY KEY (data_set_id, unit_code)
  )`,
  `CREATE TABLE validation_rule (
    id serial PRIMARY KEY,
    code text NOT NULL UNIQUE,
    name_vi text NOT NULL,
    name_en text NOT NULL DEFAULT '',
    left_expr text NOT NULL,
    operator text NOT NULL CHECK (operator IN ('==', '!=', '<', '<=', '>', '>=')),
    right_expr text NOT NULL,
    importance text NOT NULL DEFAULT 'medium' CHECK (importance IN ('high', 'medium', 'low')),
    message_vi text NOT NULL DEFAULT '',
    message_en text NOT NULL DEFAULT '',
    ${stamps}
  )`,
  `CREATE TABLE validation_rule_data_set (
    validation_rule_id int NOT NULL REFERENCES validation_rule(id) ON DELETE CASCADE,
    data_set_id int NOT NULL REFERENCES data_set(id),
    PRIMARY KEY (validation_rule_id, data_set_id)
  )`,
  `CREATE TABLE dhis2_mapping (
    id serial PRIMARY KEY,
    kind text NOT NULL CHECK (kind IN ('data_element', 'category_option', 'category_option_combo', 'org_unit', 'data_set')),
    -- Our code: a data element / data set / unit code, 'CATEGORY.OPTION' or 'COMBO.OPTION_COMBO'.
    local_code text NOT NULL,
    dhis2_id text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (kind, local_code)
  )`,
  `CREATE INDEX dhis2_mapping_remote ON dhis2_mapping (kind, dhis2_id)`,
  `CREATE INDEX category_option_combo_option_option ON category_option_combo_option (category_option_id)`,
  // The combination every undisaggregated value is stored under.
  `INSERT INTO category_combo (code, name_vi, name_en) VALUES ('none', 'Không phân tổ', 'None')`,
  `INSERT INTO category_option_combo (category_combo_id, code, option_key, name_vi, name_en)
    SELECT id, 'none', '', 'Không phân tổ', 'None' FROM category_combo WHERE code = 'none'`,
];
