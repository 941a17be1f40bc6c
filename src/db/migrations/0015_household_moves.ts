/**
 * Households' communes over time.
 * - A household's commune on a past day is the old value of its first commune change recorded
 *   after that day (the 2025 reform moved every household of an old commune into a new one on
 *   1/7/2025). Lists and profiles as of a past day find those changes by their day through this index.
 */
export const statements = [
  `CREATE INDEX record_change_household_commune ON record_change (effective_date, entity_id) WHERE entity = 'household' AND field = 'communeId'`,
];
