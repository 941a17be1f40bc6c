import path from 'node:path';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { DATA_DIR } from '../../server/paths.js';
import { readCsvFile } from '../spreadsheets/csv-file.parse.js';
import { SYSTEM } from '../audit/audit.service.js';
import { applyReorganisation, insertUnits, unitCount, type CrosswalkRow, type UnitRow } from '../admin-units/reorganisations.service.js';
import { countEthnicGroups, upsertEthnicGroups } from '../ethnic-groups/ethnic-groups.service.js';
import { seedBoundaries } from '../boundaries/boundaries.seed.js';
import { seedReporting } from '../reporting-metadata/reporting.seed.js';
import { seedProgrammes } from '../programmes/programmes.seed.js';

const UNITS = path.join(DATA_DIR, 'admin-units');

/** The 2025 reform, as shipped: 63 provinces / 696 districts / 10,035 communes → 34 provinces / 3,321 communes. */
export function reform2025() {
  return {
    name: 'Sắp xếp đơn vị hành chính 2025 (Nghị quyết 202/2025/QH15 và các Nghị quyết 1654–1687/NQ-UBTVQH15)',
    effectiveDate: '2025-07-01',
    basis: 'Nghị quyết 202/2025/QH15; Nghị quyết 1654–1687/NQ-UBTVQH15',
    units: readCsvFile<UnitRow>(path.join(UNITS, 'units-2025-07.csv')),
    crosswalk: readCsvFile<CrosswalkRow>(path.join(UNITS, 'crosswalk-2025-07.csv')),
  };
}

/**
 * Loads the ethnic groups, the national unit lists, the shipped boundaries and the starter report
 * forms, each only into an empty table; does nothing otherwise.
 */
export async function seedReference(
  db: Kysely<DB>,
): Promise<{ ethnicGroups: boolean; units: boolean; boundaries: boolean; reporting: boolean; programmes: boolean }> {
  const done = { ethnicGroups: false, units: false, boundaries: false, reporting: false, programmes: false };
  if ((await countEthnicGroups(db)) === 0) {
    const rows = readCsvFile<{ code: string; name: string; other_names: string; language_group: string }>(path.join(DATA_DIR, 'ethnic-groups.csv'));
    await upsertEthnicGroups(
      db,
      rows.map((r) => ({ code: r.code, name: r.name, otherNames: r.other_names, languageGroup: r.language_group })),
    );
    done.ethnicGroups = true;
  }
  if ((await unitCount(db)) === 0) {
    // The 01/03/2025 list stands for every earlier date too: earlier reorganisations are not in the shipped data.
    const base = readCsvFile<UnitRow>(path.join(UNITS, 'units-2025-03.csv'));
    await db.transaction().execute((trx) => insertUnits(trx, base, { validFrom: null, source: 'units-2025-03' }));
    await applyReorganisation(db, SYSTEM, reform2025());
    done.units = true;
  }
  done.boundaries = await seedBoundaries(db);
  // The starter report forms are product content too: loaded once, then the province's to change.
  done.reporting = await seedReporting(db);
  // The policy library's starter documents and the 2021-2030 national target programme's tree.
  done.programmes = await seedProgrammes(db);
  return done;
}
