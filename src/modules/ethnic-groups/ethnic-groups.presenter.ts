import type { Selectable } from 'kysely';
import type { EthnicGroupTable } from '../../db/schema.js';

export function presentEthnicGroup(row: Selectable<EthnicGroupTable>) {
  return {
    code: row.code,
    name: row.name,
    otherNames: row.other_names
      ? row.other_names
          .split(';')
          .map((s) => s.trim())
          .filter(Boolean)
      : [],
    languageGroup: row.language_group,
    isMinority: row.is_minority,
  };
}
