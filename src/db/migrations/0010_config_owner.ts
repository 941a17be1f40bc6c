/**
 * Owners of shared reporting configuration. A category, combination, data element, report form or
 * validation rule belongs to an administrative unit (the province of the officer who created it) or,
 * with no owner, to the nation. Options, sections and generated combinations follow their parent;
 * DHIS2 mappings follow the item (or unit) they map. Everything that exists today becomes national.
 */
const TABLES = ['category', 'category_combo', 'data_element', 'data_set', 'validation_rule'];

export const statements: string[] = TABLES.flatMap((t) => [
  `ALTER TABLE ${t} ADD COLUMN owner_unit_id int REFERENCES admin_unit(id)`,
  `CREATE INDEX ${t}_owner ON ${t} (owner_unit_id)`,
]);
