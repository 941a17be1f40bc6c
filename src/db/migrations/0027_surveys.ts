/**
 * Surveys: forms kept per province in versions (an XForm, its parsed field list and its media
 * attachments), app users (field surveyors reaching OpenRosa through a secret token URL, as ODK
 * Central's app users) and their assigned forms, and submissions with their review states, comments,
 * earlier versions and attachments.
 */
export const statements: string[] = [
  `CREATE TABLE survey_form (
    id serial PRIMARY KEY,
    province_id int NOT NULL REFERENCES admin_unit(id),
    xml_form_id text NOT NULL,
    title text NOT NULL,
    state text NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'published', 'closed')),
    current_version_id int,
    register_mapping jsonb NOT NULL DEFAULT '[]',
    created_at timestamptz NOT NULL DEFAULT now(),
    created_by int REFERENCES app_user(id) ON DELETE SET NULL,
    UNIQUE (province_id, xml_form_id)
  )`,
  `CREATE TABLE survey_form_version (
    id serial PRIMARY KEY,
    form_id int NOT NULL REFERENCES survey_form(id) ON DELETE CASCADE,
    version text NOT NULL,
    xform text NOT NULL,
    md5 text NOT NULL,
    fields jsonb NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    created_by int REFERENCES app_user(id) ON DELETE SET NULL,
    UNIQUE (form_id, version)
  )`,
  `ALTER TABLE survey_form ADD CONSTRAINT survey_form_current FOREIGN KEY (current_version_id) REFERENCES survey_form_version(id)`,
  `CREATE TABLE survey_form_attachment (
    id serial PRIMARY KEY,
    version_id int NOT NULL REFERENCES survey_form_version(id) ON DELETE CASCADE,
    name text NOT NULL,
    content_type text NOT NULL,
    md5 text NOT NULL,
    bytes bytea NOT NULL,
    UNIQUE (version_id, name)
  )`,
  `CREATE TABLE survey_app_user (
    id serial PRIMARY KEY,
    display_name text NOT NULL,
    area_unit_id int NOT NULL REFERENCES admin_unit(id),
    token_hash text NOT NULL UNIQUE,
    created_at timestamptz NOT NULL DEFAULT now(),
    created_by int REFERENCES app_user(id) ON DELETE SET NULL,
    revoked_at timestamptz
  )`,
  `CREATE TABLE survey_assignment (
    form_id int NOT NULL REFERENCES survey_form(id) ON DELETE CASCADE,
    app_user_id int NOT NULL REFERENCES survey_app_user(id) ON DELETE CASCADE,
    PRIMARY KEY (form_id, app_user_id)
  )`,
  `CREATE TABLE survey_submission (
    id serial PRIMARY KEY,
    form_id int NOT NULL REFERENCES survey_form(id) ON DELETE CASCADE,
    version_id int NOT NULL REFERENCES survey_form_version(id),
    instance_id text NOT NULL,
    unit_id int NOT NULL REFERENCES admin_unit(id),
    household_id int,
    app_user_id int REFERENCES survey_app_user(id) ON DELETE SET NULL,
    state text NOT NULL DEFAULT 'received' CHECK (state IN ('received', 'has_issues', 'approved', 'rejected')),
    xml text NOT NULL,
    md5 text NOT NULL,
    data jsonb NOT NULL,
    latitude double precision,
    longitude double precision,
    edits int NOT NULL DEFAULT 0,
    received_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (form_id, instance_id)
  )`,
  `CREATE INDEX survey_submission_list ON survey_submission (form_id, unit_id, id)`,
  `CREATE TABLE survey_submission_version (
    id serial PRIMARY KEY,
    submission_id int NOT NULL REFERENCES survey_submission(id) ON DELETE CASCADE,
    edit int NOT NULL,
    xml text NOT NULL,
    data jsonb NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    created_by int REFERENCES app_user(id) ON DELETE SET NULL,
    UNIQUE (submission_id, edit)
  )`,
  `CREATE TABLE survey_submission_attachment (
    id serial PRIMARY KEY,
    submission_id int NOT NULL REFERENCES survey_submission(id) ON DELETE CASCADE,
    name text NOT NULL,
    content_type text NOT NULL,
    md5 text NOT NULL,
    bytes bytea NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (submission_id, name)
  )`,
  `CREATE TABLE survey_comment (
    id serial PRIMARY KEY,
    submission_id int NOT NULL REFERENCES survey_submission(id) ON DELETE CASCADE,
    user_id int REFERENCES app_user(id) ON DELETE SET NULL,
    state_from text,
    state_to text,
    body text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
  )`,
];
