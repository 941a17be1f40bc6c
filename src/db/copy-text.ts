/**
 * PostgreSQL's COPY text format (tab-separated, `\N` for NULL, one line per row), written without
 * any database import so that generator worker threads load it cheaply.
 */

/** The COPY statement reading `columns` of `table` from `source` (STDIN or a file such as `'/dev/blob'`). */
export const copyStatement = (table: string, columns: readonly string[], source: string) => `COPY ${table} (${columns.join(', ')}) FROM ${source}`;

/** A value in COPY text format. */
export function copyValue(v: unknown): string {
  if (v === null || v === undefined) return '\\N';
  if (typeof v === 'boolean') return v ? 't' : 'f';
  const s = String(v);
  return /[\\\t\n\r]/.test(s) ? s.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r') : s;
}

/** One row in COPY text format, with its line end. */
export const copyLine = (values: readonly unknown[]) => `${values.map(copyValue).join('\t')}\n`;

/**
 * COPY text of one table, written as UTF-8 straight into a growing buffer: each line string dies
 * as soon as it is written, which keeps the garbage collector's work small (an array of pending
 * line strings would keep every piece of every line alive until the chunk is sent).
 */
export class CopySink {
  private buf = Buffer.allocUnsafe(1 << 20);
  length = 0;
  lines = 0;

  write(line: string): void {
    // A UTF-8 character takes at most 3 bytes for the BMP, 4 with surrogate pairs (2 UTF-16 units).
    if (this.length + line.length * 3 > this.buf.length) {
      const bigger = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.length + line.length * 3));
      this.buf.copy(bigger, 0, 0, this.length);
      this.buf = bigger;
    }
    this.length += this.buf.write(line, this.length, 'utf8');
    this.lines++;
  }

  /** The bytes written so far (a view, valid until the next write). */
  bytes(): Buffer {
    return this.buf.subarray(0, this.length);
  }
}
