import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_DIR } from '../../server/paths.js';
import { readCsvFile } from '../spreadsheets/csv-file.parse.js';
import { countRows, useTestApp } from '../../test/harness.js';
import { seedReference } from './reference.seed.js';

const rowsOf = (file: string) => readCsvFile<Record<string, string>>(path.join(DATA_DIR, file)).length;

describe('reference data', () => {
  const s = useTestApp();

  it('loads every ethnic group, unit and crosswalk link of the shipped files', async () => {
    const db = s.t.database.db;
    expect(await countRows(db, 'ethnic_group')).toBe(rowsOf('ethnic-groups.csv'));
    const before = rowsOf('admin-units/units-2025-03.csv');
    const after = rowsOf('admin-units/units-2025-07.csv');
    expect(await countRows(db, 'admin_unit')).toBe(before + after);
    expect(await countRows(db, 'admin_unit', { valid_from: '2025-07-01' })).toBe(after);
    expect(await countRows(db, 'admin_unit_succession')).toBe(rowsOf('admin-units/crosswalk-2025-07.csv'));
    expect(await countRows(db, 'admin_reorganisation')).toBe(1);
  });

  it('changes nothing when run again', async () => {
    const db = s.t.database.db;
    const tables = [
      'ethnic_group',
      'admin_unit',
      'admin_unit_succession',
      'admin_reorganisation',
      'boundary',
      'data_set',
      'programme_node',
      'legal_document',
    ] as const;
    const counts = await Promise.all(tables.map((t) => countRows(db, t)));
    expect(await seedReference(db)).toEqual({ ethnicGroups: false, units: false, boundaries: false, reporting: false, programmes: false });
    expect(await Promise.all(tables.map((t) => countRows(db, t)))).toEqual(counts);
  });
});
