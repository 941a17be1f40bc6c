/**
 * Data out and in under rules.
 * - Webhooks: subscriptions of other systems to events (`webhook`), the hosts an administrator allowed
 *   as destinations (`webhook_allowed_host`), and the persisted delivery queue and log
 *   (`webhook_delivery`: one row per event and subscription, retried with back-off until delivered
 *   or given up).
 * - Supply duties: which unit supplies which form (or register area), how often and by when
 *   (`supply_duty`), and the reminders sent for each duty and period (`supply_reminder`, unique per
 *   duty, period and kind, so a reminder is never sent twice), and the periods a unit declared
 *   supplied for a register area (`supply_confirmation`; a form is supplied when its report is submitted).
 */
export const statements: string[] = [
  `CREATE TABLE webhook_allowed_host (
    host text PRIMARY KEY,
    allow_private boolean NOT NULL DEFAULT false,
    created_by int REFERENCES app_user(id) ON DELETE SET NULL,
    created_at timestamptz NOT NULL DEFAULT now()
  )`,
  `CREATE TABLE webhook (
    id serial PRIMARY KEY,
    name text NOT NULL,
    url text NOT NULL,
    events jsonb NOT NULL,
    secret text NOT NULL,
    scope_unit_id int REFERENCES admin_unit(id),
    active boolean NOT NULL DEFAULT true,
    created_by int REFERENCES app_user(id) ON DELETE SET NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
  )`,
  `CREATE TABLE webhook_delivery (
    id bigserial PRIMARY KEY,
    webhook_id int NOT NULL REFERENCES webhook(id) ON DELETE CASCADE,
    event_id text NOT NULL,
    event text NOT NULL,
    payload jsonb NOT NULL,
    status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'failed')),
    attempts int NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL,
    locked_until timestamptz,
    last_attempt_at timestamptz,
    response_code int,
    last_error text,
    duration_ms int,
    delivered_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now()
  )`,
  `CREATE INDEX webhook_delivery_due ON webhook_delivery (next_attempt_at) WHERE status = 'pending'`,
  `CREATE INDEX webhook_delivery_hook ON webhook_delivery (webhook_id, created_at)`,
  `CREATE TABLE supply_duty (
    id serial PRIMARY KEY,
    unit_id int NOT NULL REFERENCES admin_unit(id),
    data_set_id int REFERENCES data_set(id) ON DELETE CASCADE,
    register_area text,
    period_type text NOT NULL CHECK (period_type IN ('monthly', 'quarterly', 'six_monthly', 'nine_monthly', 'yearly')),
    deadline_days int NOT NULL CHECK (deadline_days BETWEEN 0 AND 365),
    escalate_after_days int NOT NULL DEFAULT 7 CHECK (escalate_after_days BETWEEN 0 AND 365),
    email text,
    escalation_email text,
    active boolean NOT NULL DEFAULT true,
    created_by int REFERENCES app_user(id) ON DELETE SET NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    CHECK ((data_set_id IS NULL) <> (register_area IS NULL))
  )`,
  `CREATE INDEX supply_duty_unit ON supply_duty (unit_id)`,
  `CREATE TABLE supply_reminder (
    id serial PRIMARY KEY,
    duty_id int NOT NULL REFERENCES supply_duty(id) ON DELETE CASCADE,
    period_id text NOT NULL,
    kind text NOT NULL CHECK (kind IN ('reminder', 'escalation')),
    recipients jsonb NOT NULL,
    mailed boolean NOT NULL DEFAULT false,
    sent_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (duty_id, period_id, kind)
  )`,
  `CREATE TABLE supply_confirmation (
    duty_id int NOT NULL REFERENCES supply_duty(id) ON DELETE CASCADE,
    period_id text NOT NULL,
    confirmed_by int REFERENCES app_user(id) ON DELETE SET NULL,
    confirmed_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (duty_id, period_id)
  )`,
];
