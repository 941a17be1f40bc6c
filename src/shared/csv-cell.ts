/**
 * Spreadsheet-safe text for CSV cells. Pure (no Node APIs), so the web uses it too.
 */

/** A value that is a plain number as written: kept exactly, never prefixed. */
const PLAIN_NUMBER = /^[+-]?(\d+([.,]\d+)?|[.,]\d+)(e[+-]?\d+)?$/i;

/**
 * Characters that make Excel, LibreOffice or Google Sheets read a cell as a formula (or, for TAB/CR,
 * hide the rest). The full-width forms are listed because some spreadsheets fold them to ASCII.
 */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * Neutralises text that a spreadsheet would run as a formula by prefixing an apostrophe, unless the
 * whole value is a plain number (`-5`, `+3`, `1.5`, `12345678901234567890` stay exactly as they are).
 * This is the one rule every CSV writer applies to every cell.
 */
export function neutraliseFormula(text: string): string {
  if (!FORMULA_START.test(text) || PLAIN_NUMBER.test(text)) return text;
  return `'${text}`;
}

/** One CSV field: formula-neutralised, then quoted when it holds a separator, a quote or a line break. */
export function csvField(value: string, separators = ','): string {
  const s = neutraliseFormula(value);
  const needsQuotes = /["\r\n]/.test(s) || [...separators].some((c) => s.includes(c));
  return needsQuotes ? `"${s.replace(/"/g, '""')}"` : s;
}
