/**
 * Register tools: the duplicate review queue's decisions and the link from a merged person to the
 * person kept, and an index for matching names ignoring diacritics and spacing.
 */

/**
 * The folded name without spaces, from person.search_text (folded name, then the CCCD when there
 * is one). Queries must use this exact expression for the index below to serve them.
 */
export function personNameKey(alias: string): string {
  return `replace(regexp_replace(${alias}.search_text, ' [0-9]{12}$', ''), ' ', '')`;
}

export const statements = [
  `ALTER TABLE person ADD COLUMN merged_into_id int REFERENCES person(id) ON DELETE SET NULL`,
  `ALTER TABLE duplicate_candidate ADD COLUMN kept_person_id int REFERENCES person(id) ON DELETE SET NULL`,
  `ALTER TABLE duplicate_candidate ADD COLUMN note text`,
  `CREATE INDEX duplicate_candidate_a ON duplicate_candidate (person_a_id)`,
  // Similar names: same commune, birth year and folded name among live persons.
  `CREATE INDEX person_name_key ON person (commune_id, birth_year, (${personNameKey('person')})) WHERE deleted_at IS NULL`,
];
