/**
 * Periodic reporting, data side: the values entered per data element, disaggregation, unit and
 * period; every change to them; and each report's place in the submit / approve workflow.
 */
export const statements = [
  `CREATE TABLE data_value (
    id serial PRIMARY KEY,
    data_element_id int NOT NULL REFERENCES data_element(id),
    category_option_combo_id int NOT NULL REFERENCES category_option_combo(id),
    unit_id int NOT NULL REFERENCES admin_unit(id),
    period_id text NOT NULL,
    value text,
    comment text,
    derived boolean NOT NULL DEFAULT false,
    override_reason text,
    created_at timestamptz NOT NULL DEFAULT now(),
    created_by int REFERENCES app_user(id),
    updated_at timestamptz NOT NULL DEFAULT now(),
    updated_by int REFERENCES app_user(id),
    -- An emptied value is kept (value null) so exports can tell receivers to remove it.
    deleted_at timestamptz,
    UNIQUE (data_element_id, category_option_combo_id, unit_id, period_id)
  )`,
  `CREATE INDEX data_value_unit_period ON data_value (unit_id, period_id)`,
  `CREATE INDEX data_value_period ON data_value (period_id, data_element_id)`,
  `CREATE TABLE data_value_history (
    id serial PRIMARY KEY,
    data_value_id int NOT NULL REFERENCES data_value(id) ON DELETE CASCADE,
    old_value text,
    new_value text,
    old_comment text,
    new_comment text,
    derived boolean NOT NULL DEFAULT false,
    override_reason text,
    client_id text,
    changed_by int REFERENCES app_user(id),
    changed_at timestamptz NOT NULL DEFAULT now()
  )`,
  `CREATE INDEX data_value_history_value ON data_value_history (data_value_id, changed_at)`,
  // Ids clients gave their saves, whether or not the save changed anything: a retried save
  // carrying a known id changes nothing, so a late retry never replays an old value.
  `CREATE TABLE data_value_client_save (
    client_id text PRIMARY KEY,
    user_id int REFERENCES app_user(id),
    saved_at timestamptz NOT NULL DEFAULT now()
  )`,
  `CREATE TABLE report_submission (
    id serial PRIMARY KEY,
    data_set_id int NOT NULL REFERENCES data_set(id),
    unit_id int NOT NULL REFERENCES admin_unit(id),
    period_id text NOT NULL,
    status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'submitted', 'approved', 'returned')),
    submitted_at timestamptz,
    submitted_by int REFERENCES app_user(id),
    decided_at timestamptz,
    decided_by int REFERENCES app_user(id),
    comment text,
    updated_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (data_set_id, unit_id, period_id)
  )`,
  `CREATE INDEX report_submission_period ON report_submission (data_set_id, period_id)`,
  `CREATE TABLE report_submission_event (
    id serial PRIMARY KEY,
    submission_id int NOT NULL REFERENCES report_submission(id) ON DELETE CASCADE,
    action text NOT NULL CHECK (action IN ('submit', 'approve', 'return', 'reopen')),
    from_status text NOT NULL,
    to_status text NOT NULL,
    comment text,
    by_user int REFERENCES app_user(id),
    at timestamptz NOT NULL DEFAULT now()
  )`,
  `CREATE INDEX report_submission_event_sub ON report_submission_event (submission_id, at)`,
];
