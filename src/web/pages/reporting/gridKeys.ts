export type Direction = 'up' | 'down' | 'left' | 'right';

/**
 * Moves the focus from a grid input to its neighbour, as in a spreadsheet. Inputs carry data-r (row
 * across the whole grid) and data-c (column within their table); moving down past a table goes to
 * the next one, left and right follow the reading order (the end of a row goes on to the next row).
 * Returns false when there is no cell that way (the focus stays).
 */
export function moveFocus(from: HTMLInputElement, dir: Direction): boolean {
  const root = from.closest('[data-grid]') ?? document;
  const cells = [...root.querySelectorAll<HTMLInputElement>('input[data-r]')].filter((c) => !c.disabled);
  const r = Number(from.dataset.r);
  const c = Number(from.dataset.c);
  const at = (x: HTMLInputElement) => [Number(x.dataset.r), Number(x.dataset.c)] as const;
  let target: HTMLInputElement | undefined;
  if (dir === 'left' || dir === 'right') {
    const i = cells.indexOf(from);
    target = cells[dir === 'left' ? i - 1 : i + 1];
  } else {
    const rows = [...new Set(cells.map((x) => at(x)[0]))].sort((a, b) => a - b);
    const next = dir === 'down' ? rows.find((x) => x > r) : [...rows].reverse().find((x) => x < r);
    if (next !== undefined) {
      const inRow = cells.filter((x) => at(x)[0] === next);
      target = inRow.find((x) => at(x)[1] === c) ?? inRow[Math.min(c, inRow.length - 1)];
    }
  }
  if (!target) return false;
  target.focus();
  target.select();
  return true;
}

/** The first cell of a grid with nothing in it that can be typed in (reading order), if any. */
export function firstEmptyCell(root: ParentNode = document): HTMLInputElement | undefined {
  return [...root.querySelectorAll<HTMLInputElement>('[data-grid] input[data-r]')].find((c) => !c.disabled && c.value === '');
}
