import { parse } from 'csv-parse/sync';

/** Parses a UTF-8 CSV with a header row into objects keyed by column name (BOM tolerated). */
export function parseCsv<T = Record<string, string>>(text: string): T[] {
  return parse(text, { columns: true, skip_empty_lines: true, bom: true, trim: true }) as T[];
}

export { csvField, neutraliseFormula } from './csv-cell.js';
