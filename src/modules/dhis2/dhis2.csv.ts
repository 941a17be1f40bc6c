import { parse } from 'csv-parse/sync';
import { csvField, neutraliseFormula } from '../../shared/csv.js';
import { AppError } from '../../server/errors.js';
import type { ExportedValue } from './dhis2.export.js';
import type { Dhis2Value } from './dhis2.schema.js';

/** DHIS2's CSV columns, in its order. */
export const CSV_COLUMNS = [
  'dataelement',
  'period',
  'orgunit',
  'catoptcombo',
  'attroptcombo',
  'value',
  'storedby',
  'lastupdated',
  'comment',
  'followup',
  'deleted',
] as const;

/**
 * Reads a DHIS2 CSV data value file into data values. Columns are taken by position as DHIS2 does;
 * a first row starting with "dataelement" is a header and skipped.
 */
export function parseDhis2Csv(text: string): { dataValues: Dhis2Value[] } {
  let rows: string[][];
  try {
    // A DHIS2 value line is short: a huge record is refused before it is built.
    rows = parse(text.replace(/^\uFEFF/, ''), { relax_column_count: true, skip_empty_lines: true, trim: true, max_record_size: 64 * 1024 });
  } catch (e) {
    throw new AppError(400, 'dhis2_bad_csv', { reason: (e as Error).message.slice(0, 200) });
  }
  if (rows.length && rows[0][0]?.toLowerCase() === 'dataelement') rows = rows.slice(1);
  return {
    dataValues: rows.map((r) => {
      const cell = (i: number) => (r[i] === undefined || r[i] === '' ? undefined : r[i]);
      const v: Dhis2Value = { dataElement: r[0] ?? '' };
      const period = cell(1);
      const orgUnit = cell(2);
      const coc = cell(3);
      const aoc = cell(4);
      if (period) v.period = period;
      if (orgUnit) v.orgUnit = orgUnit;
      if (coc) v.categoryOptionCombo = coc;
      if (aoc) v.attributeOptionCombo = aoc;
      v.value = unneutralise(r[5] ?? '');
      const comment = cell(8);
      if (comment) v.comment = unneutralise(comment);
      if (cell(10)?.toLowerCase() === 'true') v.deleted = true;
      return v;
    }),
  };
}

/** Undoes the apostrophe our CSV export puts before formula-like text, so an exported file imports back unchanged. */
function unneutralise(text: string): string {
  return text.startsWith("'") && neutraliseFormula(text.slice(1)) === text ? text.slice(1) : text;
}

/** Writes values as DHIS2's CSV, header first; text that a spreadsheet would run as a formula is neutralised, numbers stay exact. */
export function toDhis2Csv(values: ExportedValue[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const v of values) {
    lines.push(
      [
        v.dataElement,
        v.period,
        v.orgUnit,
        v.categoryOptionCombo,
        v.attributeOptionCombo,
        v.value ?? '',
        v.storedBy,
        v.lastUpdated,
        v.comment ?? '',
        String(v.followup),
        v.deleted ? 'true' : '',
      ]
        .map((x) => csvField(String(x)))
        .join(','),
    );
  }
  return lines.join('\n') + '\n';
}
