import fs from 'node:fs';
import { parseCsv } from '../../shared/csv.js';

/** Reads a UTF-8 CSV file with a header row into objects keyed by column name (BOM tolerated). */
export function readCsvFile<T = Record<string, string>>(file: string): T[] {
  return parseCsv<T>(fs.readFileSync(file, 'utf8'));
}
