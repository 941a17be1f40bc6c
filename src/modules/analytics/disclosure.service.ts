/**
 * Disclosure control of a pivot table: cells counting fewer than `threshold` persons (but more than
 * none) are hidden, then more cells are hidden until no line holds exactly one hidden cell, so a
 * hidden cell can never be worked out from the other cells of a line and its total.
 *
 * A line is a set of cells whose details add up to a total (a row over the columns and the row's
 * total, a column over a group of rows and their subtotal…). While some line has exactly one hidden
 * cell, the smallest other non-empty cell of that line is hidden too (its total last).
 */
export interface Grid {
  values: (number | null)[][];
  /** Which cells count persons (only those are checked and may be hidden). */
  counts: boolean[][];
}

/** A line: cells (row, column) whose first cells are details and whose last cell is their total. */
export type Line = [number, number][];

export function suppress(grid: Grid, lines: Line[], threshold: number): boolean[][] {
  const hidden = grid.values.map((row, r) => row.map((v, c) => grid.counts[r][c] && v !== null && v > 0 && v < threshold));
  const usable = lines.filter((l) => l.every(([r, c]) => grid.counts[r][c]));
  for (let changed = true; changed; ) {
    changed = false;
    for (const line of usable) {
      const n = line.filter(([r, c]) => hidden[r][c]).length;
      if (n !== 1) continue;
      const candidates = line.filter(([r, c]) => !hidden[r][c] && (grid.values[r][c] ?? 0) > 0);
      if (!candidates.length) continue;
      const total = line[line.length - 1];
      // The smallest detail first; the total only when no detail is left.
      const details = candidates.filter((x) => x !== total);
      const pick = (details.length ? details : candidates).reduce((a, b) => ((grid.values[b[0]][b[1]] ?? 0) < (grid.values[a[0]][a[1]] ?? 0) ? b : a));
      hidden[pick[0]][pick[1]] = true;
      changed = true;
    }
  }
  return hidden;
}
