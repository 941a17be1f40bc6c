/**
 * Dashboards: saved maps (a register measure by unit with its level, date and legend classes) and
 * dashboards (items in a grid: saved visualisations, saved maps, text and headline figures), each
 * with an owner, the area it is about and the same sharing as saved visualisations.
 */
export const statements: string[] = [
  `CREATE TABLE analytics_map (
    id serial PRIMARY KEY,
    name text NOT NULL,
    settings jsonb NOT NULL,
    owner_id int NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
    shared_roles jsonb NOT NULL DEFAULT '[]',
    shared_user_ids jsonb NOT NULL DEFAULT '[]',
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
  )`,
  `CREATE INDEX analytics_map_owner ON analytics_map (owner_id, name)`,
  `CREATE TABLE analytics_dashboard (
    id serial PRIMARY KEY,
    name text NOT NULL,
    description text NOT NULL DEFAULT '',
    items jsonb NOT NULL DEFAULT '[]',
    unit_id int REFERENCES admin_unit(id),
    owner_id int NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
    shared_roles jsonb NOT NULL DEFAULT '[]',
    shared_user_ids jsonb NOT NULL DEFAULT '[]',
    is_default boolean NOT NULL DEFAULT false,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
  )`,
  `CREATE INDEX analytics_dashboard_owner ON analytics_dashboard (owner_id, name)`,
];
