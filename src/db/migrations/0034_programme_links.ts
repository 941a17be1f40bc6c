/**
 * Benefit cycles and eligibility rules name their programme item and policy by foreign key: an id that
 * names nothing is refused by the database as well as by the services. Ids that named nothing before
 * this migration are cleared first (nothing could be shown for them). A policy that a cycle or rule
 * names can no longer be deleted (RESTRICT); its document's deletion is refused the same way.
 * Prestigious persons get the reason their term ended and a history of the changes to their term.
 */
export const statements: string[] = [
  `UPDATE benefit_cycle SET programme_node_id = NULL WHERE programme_node_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM programme_node n WHERE n.id = benefit_cycle.programme_node_id)`,
  `UPDATE benefit_cycle SET policy_id = NULL WHERE policy_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM policy p WHERE p.id = benefit_cycle.policy_id)`,
  `UPDATE eligibility_rule SET programme_node_id = NULL WHERE programme_node_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM programme_node n WHERE n.id = eligibility_rule.programme_node_id)`,
  `UPDATE eligibility_rule SET policy_id = NULL WHERE policy_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM policy p WHERE p.id = eligibility_rule.policy_id)`,
  `ALTER TABLE benefit_cycle ADD CONSTRAINT benefit_cycle_programme_node_fk FOREIGN KEY (programme_node_id) REFERENCES programme_node(id) ON DELETE RESTRICT`,
  `ALTER TABLE benefit_cycle ADD CONSTRAINT benefit_cycle_policy_fk FOREIGN KEY (policy_id) REFERENCES policy(id) ON DELETE RESTRICT`,
  `ALTER TABLE eligibility_rule ADD CONSTRAINT eligibility_rule_programme_node_fk FOREIGN KEY (programme_node_id) REFERENCES programme_node(id) ON DELETE RESTRICT`,
  `ALTER TABLE eligibility_rule ADD CONSTRAINT eligibility_rule_policy_fk FOREIGN KEY (policy_id) REFERENCES policy(id) ON DELETE RESTRICT`,
  `CREATE INDEX benefit_cycle_programme_node ON benefit_cycle (programme_node_id) WHERE programme_node_id IS NOT NULL`,
  `CREATE INDEX benefit_cycle_policy ON benefit_cycle (policy_id) WHERE policy_id IS NOT NULL`,
  `CREATE INDEX eligibility_rule_programme_node ON eligibility_rule (programme_node_id) WHERE programme_node_id IS NOT NULL`,
  `CREATE INDEX eligibility_rule_policy ON eligibility_rule (policy_id) WHERE policy_id IS NOT NULL`,
  `ALTER TABLE prestigious_person ADD COLUMN end_reason text`,
  `CREATE TABLE prestigious_term_change (
    id serial PRIMARY KEY,
    prestigious_person_id int NOT NULL REFERENCES prestigious_person(id) ON DELETE CASCADE,
    action text NOT NULL CHECK (action IN ('edit', 'end')),
    reason text NOT NULL,
    before jsonb NOT NULL,
    after jsonb NOT NULL,
    changed_by int REFERENCES app_user(id) ON DELETE SET NULL,
    changed_at timestamptz NOT NULL DEFAULT now()
  )`,
  `CREATE INDEX prestigious_term_change_person ON prestigious_term_change (prestigious_person_id, id)`,
];
