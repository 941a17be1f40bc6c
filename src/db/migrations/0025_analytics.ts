/**
 * Analytics: indicators defined as formulas (numerator / denominator × factor over data elements,
 * register measures and constants), saved visualisations (a pivot query, its chart, owner and
 * sharing), constants `C{…}` of formulas, the disclosure-control threshold, and users who may see aggregates only.
 */
export const statements: string[] = [
  `CREATE TABLE analytics_indicator (
    id serial PRIMARY KEY,
    code text NOT NULL UNIQUE CHECK (code ~ '^[A-Za-z0-9_]{1,50}$'),
    name_vi text NOT NULL,
    name_en text NOT NULL DEFAULT '',
    description_vi text NOT NULL DEFAULT '',
    description_en text NOT NULL DEFAULT '',
    numerator text NOT NULL,
    denominator text NOT NULL DEFAULT '1',
    factor double precision NOT NULL DEFAULT 1,
    decimals int NOT NULL DEFAULT 1 CHECK (decimals BETWEEN 0 AND 6),
    dhis2_uid text UNIQUE,
    version int NOT NULL DEFAULT 1,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    updated_by int REFERENCES app_user(id) ON DELETE SET NULL
  )`,
  `CREATE TABLE analytics_visualisation (
    id serial PRIMARY KEY,
    name text NOT NULL,
    query jsonb NOT NULL,
    chart_type text NOT NULL CHECK (chart_type IN ('table', 'bar', 'stacked_bar', 'line', 'pie', 'single_value')),
    owner_id int NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
    shared_roles jsonb NOT NULL DEFAULT '[]',
    shared_user_ids jsonb NOT NULL DEFAULT '[]',
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
  )`,
  `CREATE INDEX analytics_visualisation_owner ON analytics_visualisation (owner_id, name)`,
  `CREATE TABLE analytics_setting (
    id int PRIMARY KEY CHECK (id = 1),
    suppression_threshold int NOT NULL DEFAULT 10 CHECK (suppression_threshold BETWEEN 1 AND 1000),
    updated_at timestamptz NOT NULL DEFAULT now()
  )`,
  `INSERT INTO analytics_setting (id) VALUES (1)`,
  `CREATE TABLE analytics_constant (
    code text PRIMARY KEY CHECK (code ~ '^[A-Za-z0-9_]{1,50}$'),
    name_vi text NOT NULL,
    value double precision NOT NULL,
    dhis2_uid text UNIQUE,
    updated_at timestamptz NOT NULL DEFAULT now()
  )`,
  `ALTER TABLE app_user ADD COLUMN aggregates_only boolean NOT NULL DEFAULT false`,
  // Values of one element over units and periods: the pivot reads them by element first.
  `CREATE INDEX data_value_element_unit_period ON data_value (data_element_id, unit_id, period_id)`,
  `INSERT INTO analytics_indicator (code, name_vi, name_en, description_vi, description_en, numerator, denominator, factor, decimals) VALUES
    ('TY_LE_HO_NGHEO', 'Tỷ lệ hộ nghèo (%)', 'Poverty rate (%)',
     'Số hộ nghèo trong năm chia cho tổng số hộ, theo sổ hộ.', 'Poor households of the year over all households, from the register.',
     'R{poor_households}', 'R{households}', 100, 1),
    ('TY_LE_HO_CAN_NGHEO', 'Tỷ lệ hộ cận nghèo (%)', 'Near-poverty rate (%)',
     'Số hộ cận nghèo trong năm chia cho tổng số hộ, theo sổ hộ.', 'Near-poor households of the year over all households, from the register.',
     'R{near_poor_households}', 'R{households}', 100, 1),
    ('TY_LE_NGUOI_DTTS', 'Tỷ lệ người dân tộc thiểu số (%)', 'Share of minority persons (%)',
     'Số người dân tộc thiểu số chia cho tổng dân số, theo sổ hộ.', 'Ethnic-minority persons over all persons, from the register.',
     'R{persons.minority}', 'R{persons}', 100, 1),
    ('TY_LE_HO_NUOC_SACH', 'Tỷ lệ hộ dùng nước sinh hoạt hợp vệ sinh (%)', 'Share of households with clean water (%)',
     'Số hộ dùng nước sinh hoạt hợp vệ sinh chia cho tổng số hộ trên địa bàn, theo báo cáo thống kê hằng năm.',
     'Households using hygienic water over all households, from the annual statistics report.',
     '#{HT_HO_NUOC_SACH}', '#{DS_HO_TONG}', 100, 1)`,
];
