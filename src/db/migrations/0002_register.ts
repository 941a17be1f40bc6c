/**
 * The register of households and persons: households, yearly poverty classification, persons,
 * dated household membership, life events, per-field change history, the access log for personal
 * data and the duplicate review queue.
 *
 * Conventions shared with the foundation: dates are `date` (inclusive on both ends), a validity
 * end of NULL means "still valid"; soft deletion keeps the row (deleted_at/deleted_reason/deleted_by).
 * Denormalised columns that writers must keep in step (the service does; a bulk loader must too):
 * - household.search_text = searchKey(code + ' ' + head's full name)
 * - household.head_ethnic_code = the head's ethnic_code (the list's `ethnic` filter uses it)
 * - person.search_text = searchKey(full_name + ' ' + cccd), person.sort_key = sortKey(full_name)
 * - person.commune_id = the commune of the person's current (or last) household
 * Changes to this file after it first shipped are additive only (new columns, indexes, tables).
 * Change log: person.sort_key is declared COLLATE "C" (sort keys compare byte-wise; writers unaffected).
 */
export const statements = [
  `CREATE TABLE person (
    id serial PRIMARY KEY,
    full_name text NOT NULL,
    sex text NOT NULL CHECK (sex IN ('male', 'female')),
    birth_date date,
    birth_year smallint NOT NULL CHECK (birth_year BETWEEN 1900 AND 2100),
    ethnic_code text NOT NULL REFERENCES ethnic_group(code),
    religion text,
    cccd text CHECK (cccd ~ '^[0-9]{12}$'),
    marital_status text,
    education_level text,
    literate boolean,
    speaks_vietnamese boolean,
    school_enrolment text,
    occupation text,
    health_insurance boolean,
    disability text,
    death_date date,
    commune_id int NOT NULL REFERENCES admin_unit(id),
    deleted_at timestamptz,
    deleted_reason text,
    deleted_by int,
    is_demo boolean NOT NULL DEFAULT false,
    search_text text NOT NULL,
    sort_key text COLLATE "C" NOT NULL,
    version int NOT NULL DEFAULT 1,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CHECK (birth_date IS NULL OR extract(year FROM birth_date) = birth_year)
  )`,
  // One live record per citizen ID; deleted records keep theirs for the history.
  `CREATE UNIQUE INDEX person_cccd_live ON person (cccd) WHERE deleted_at IS NULL AND cccd IS NOT NULL`,
  `CREATE INDEX person_cccd ON person (cccd) WHERE cccd IS NOT NULL`,
  `CREATE INDEX person_commune_sort ON person (commune_id, sort_key, id)`,
  `CREATE INDEX person_sort ON person (sort_key, id)`,
  `CREATE INDEX person_ethnic ON person (ethnic_code, commune_id)`,
  `CREATE INDEX person_search ON person USING gin (search_text gin_trgm_ops)`,
  // Duplicate detection: same folded name + birth year within a commune.
  `CREATE INDEX person_commune_year ON person (commune_id, birth_year)`,

  `CREATE TABLE household (
    id serial PRIMARY KEY,
    code text NOT NULL,
    commune_id int NOT NULL REFERENCES admin_unit(id),
    village_id int REFERENCES village(id),
    head_person_id int REFERENCES person(id),
    head_ethnic_code text REFERENCES ethnic_group(code),
    address text NOT NULL DEFAULT '',
    phone text,
    housing text CHECK (housing IN ('solid', 'semi_solid', 'makeshift')),
    residential_land_m2 numeric(12, 1),
    production_land_m2 numeric(14, 1),
    water_source text,
    electricity text,
    toilet_type text,
    main_livelihood text,
    income_band text,
    internet_access text,
    smartphones smallint CHECK (smartphones >= 0),
    computers smallint CHECK (computers >= 0),
    valid_from date NOT NULL,
    valid_to date,
    end_reason text CHECK (end_reason IN ('split', 'merge', 'move_out', 'dissolved')),
    deleted_at timestamptz,
    deleted_reason text,
    deleted_by int,
    is_demo boolean NOT NULL DEFAULT false,
    search_text text NOT NULL,
    version int NOT NULL DEFAULT 1,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CHECK (valid_to IS NULL OR valid_to >= valid_from),
    UNIQUE (commune_id, code)
  )`,
  `CREATE INDEX household_code ON household (code, id)`,
  `CREATE INDEX household_village ON household (village_id)`,
  `CREATE INDEX household_head ON household (head_person_id)`,
  `CREATE INDEX household_ethnic ON household (head_ethnic_code, commune_id)`,
  `CREATE INDEX household_search ON household USING gin (search_text gin_trgm_ops)`,

  // Decree 07/2021/NĐ-CP (2022–2025): deprivations is a JSON array of the indicator codes the
  // household is deprived in (see src/modules/register/register.codes.ts).
  `CREATE TABLE household_poverty (
    household_id int NOT NULL REFERENCES household(id),
    year smallint NOT NULL CHECK (year BETWEEN 1990 AND 2100),
    status text NOT NULL CHECK (status IN ('poor', 'near_poor', 'not_poor')),
    standard text NOT NULL DEFAULT 'ND07/2021',
    income_per_capita int,
    deprivations jsonb NOT NULL DEFAULT '[]',
    deprivation_count smallint NOT NULL DEFAULT 0,
    updated_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (household_id, year)
  )`,
  `CREATE INDEX household_poverty_year ON household_poverty (year, status, household_id)`,

  `CREATE TABLE household_member (
    id serial PRIMARY KEY,
    household_id int NOT NULL REFERENCES household(id),
    person_id int NOT NULL REFERENCES person(id),
    relationship text NOT NULL CHECK (relationship IN ('head', 'wife', 'husband', 'child', 'child_in_law',
      'grandchild', 'father', 'mother', 'grandparent', 'sibling', 'other')),
    valid_from date NOT NULL,
    valid_to date,
    CHECK (valid_to IS NULL OR valid_to >= valid_from)
  )`,
  // A person belongs to at most one household at a time.
  `CREATE UNIQUE INDEX household_member_current ON household_member (person_id) WHERE valid_to IS NULL`,
  `CREATE INDEX household_member_person ON household_member (person_id, valid_from)`,
  `CREATE INDEX household_member_household ON household_member (household_id, valid_to)`,

  `CREATE TABLE life_event (
    id bigserial PRIMARY KEY,
    type text NOT NULL CHECK (type IN ('birth', 'death', 'move_in', 'move_out', 'split', 'merge', 'change_head')),
    event_date date NOT NULL,
    household_id int REFERENCES household(id),
    person_id int REFERENCES person(id),
    related_household_id int REFERENCES household(id),
    from_commune_id int REFERENCES admin_unit(id),
    to_commune_id int REFERENCES admin_unit(id),
    details jsonb NOT NULL DEFAULT '{}',
    created_by int,
    created_at timestamptz NOT NULL DEFAULT now()
  )`,
  `CREATE INDEX life_event_household ON life_event (household_id, event_date)`,
  `CREATE INDEX life_event_related ON life_event (related_household_id) WHERE related_household_id IS NOT NULL`,
  `CREATE INDEX life_event_person ON life_event (person_id) WHERE person_id IS NOT NULL`,

  // One row per changed field. effective_date is the day the change holds from in the real world,
  // so a record "as of" a day is the current record with later changes undone.
  `CREATE TABLE record_change (
    id bigserial PRIMARY KEY,
    entity text NOT NULL CHECK (entity IN ('household', 'person', 'membership', 'poverty')),
    entity_id int NOT NULL,
    field text NOT NULL,
    old_value jsonb,
    new_value jsonb,
    effective_date date NOT NULL,
    changed_at timestamptz NOT NULL DEFAULT now(),
    changed_by int,
    event_id bigint REFERENCES life_event(id)
  )`,
  `CREATE INDEX record_change_entity ON record_change (entity, entity_id, effective_date, id)`,

  // Reads of personal records and exports, each with its stated purpose (Decree 13/2023/NĐ-CP).
  `CREATE TABLE access_log (
    id bigserial PRIMARY KEY,
    at timestamptz NOT NULL DEFAULT now(),
    user_id int,
    username text,
    action text NOT NULL,
    entity text NOT NULL,
    entity_id text,
    purpose text NOT NULL,
    details jsonb NOT NULL DEFAULT '{}',
    ip text
  )`,
  `CREATE INDEX access_log_at ON access_log (at DESC)`,
  `CREATE INDEX access_log_entity ON access_log (entity, entity_id, at DESC)`,
  `CREATE INDEX access_log_user ON access_log (user_id, at DESC)`,

  `CREATE TABLE duplicate_candidate (
    id serial PRIMARY KEY,
    person_a_id int NOT NULL REFERENCES person(id),
    person_b_id int NOT NULL REFERENCES person(id),
    reason text NOT NULL CHECK (reason IN ('same_cccd', 'similar_name_birth_year_commune')),
    score real,
    status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'merged', 'not_duplicate')),
    commune_id int REFERENCES admin_unit(id),
    decided_by int,
    decided_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now(),
    CHECK (person_a_id < person_b_id),
    UNIQUE (person_a_id, person_b_id)
  )`,
  `CREATE INDEX duplicate_candidate_status ON duplicate_candidate (status, commune_id)`,
  `CREATE INDEX duplicate_candidate_b ON duplicate_candidate (person_b_id)`,
];
