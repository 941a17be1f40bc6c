/**
 * Survey results: a summary per question (choice counts, histogram with mean and median, counts by
 * month) and cross-tables by ethnic group or commune. Everything is aggregated in SQL over the
 * submissions of the caller's area; for users who may only see aggregates, small counts are hidden
 * with the analytics disclosure rule (and what would give them away).
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { suppress, type Line } from '../analytics/disclosure.service.js';
import * as repo from './surveys.repository.js';
import type { CountKind, ResultSplit, SubmissionFilter } from './surveys.repository.js';
import type { FormShape } from './surveys.service.js';
import type { FormField } from './xform.parse.js';

export type { ResultSplit } from './surveys.repository.js';

/** Disclosure control: applied or not, and the fewest submissions a shown count may hold. */
export interface Disclosure {
  applied: boolean;
  threshold: number;
}

type Kind = 'choices' | 'multiple' | 'number' | 'month';

/** How a question is summarised, or null when it is not (text, notes, files, metadata, repeats). */
export function kindOf(q: FormField): Kind | null {
  if (q.repeat || q.path.includes('/meta/')) return null;
  if (q.type === 'select') return 'multiple';
  if (q.type === 'select1' || (q.choices && q.type === 'string')) return q.choicesFile ? null : 'choices';
  if (q.type === 'int' || q.type === 'decimal') return 'number';
  if (q.type === 'date') return 'month';
  return null;
}

/** The key of a question in the stored answers: its path under the root element. */
const keyOf = (q: FormField) => q.path.split('/').slice(2).join('/');
const countKind = (k: Kind): CountKind => (k === 'multiple' ? 'multi' : k === 'month' ? 'month' : 'one');

/** Values in the form's choice order, then any others (sorted). */
function orderedValues(q: FormField, seen: Iterable<string>): string[] {
  const known = (q.choices ?? []).map((c) => c.value);
  const extra = [...new Set(seen)].filter((v) => !known.includes(v)).sort();
  return [...known, ...extra];
}

export interface QuestionResult {
  path: string;
  type: string;
  kind: Kind;
  answered: number | null;
  counts?: { value: string; count: number | null }[];
  stats?: { n: number; min: number; max: number; sum: number; mean: number; median: number } | null;
  histogram?: { from: number; to: number; count: number | null }[];
}

const HISTOGRAM_BINS = 10;

/** The summary of every question of a form over the submissions of the filter. */
export async function surveyResults(db: Kysely<DB>, shape: FormShape, f: SubmissionFilter, disclosure: Disclosure) {
  const questions = shape.fields.map((q) => ({ q, kind: kindOf(q) })).filter((x): x is { q: FormField; kind: Kind } => x.kind !== null);
  const counted = questions.filter((x) => x.kind !== 'number');
  const numeric = questions.filter((x) => x.kind === 'number');
  const [states, answered, counts, stats, hist] = await Promise.all([
    repo.stateCounts(db, f),
    repo.answeredCounts(
      db,
      f,
      questions.map((x) => keyOf(x.q)),
      'none',
    ),
    repo.choiceCounts(
      db,
      f,
      counted.map((x) => ({ key: keyOf(x.q), kind: countKind(x.kind) })),
      'none',
    ),
    repo.numberStats(
      db,
      f,
      numeric.map((x) => keyOf(x.q)),
      'none',
    ),
    repo.numberHistogram(
      db,
      f,
      numeric.map((x) => ({ key: keyOf(x.q), whole: x.q.type === 'int' })),
      HISTOGRAM_BINS,
    ),
  ]);
  const { applied, threshold } = disclosure;
  const small = (n: number) => applied && n > 0 && n < threshold;
  const stateOut: Record<string, number | null> = { received: 0, has_issues: 0, approved: 0, rejected: 0 };
  for (const s of states) stateOut[s.state] = s.n;
  const total = states.reduce((a, s) => a + s.n, 0);
  const answeredBy = new Map(answered.map((a) => [a.key, a.n]));

  const items: QuestionResult[] = questions.map(({ q, kind }) => {
    const key = keyOf(q);
    const n = answeredBy.get(key) ?? 0;
    const out: QuestionResult = { path: q.path, type: q.type, kind, answered: n };
    if (kind === 'number') {
      const st = stats.find((x) => x.key === key);
      out.stats = st ? { n: st.n, min: st.min, max: st.max, sum: st.sum, mean: st.mean, median: st.median } : null;
      const whole = q.type === 'int';
      out.histogram = hist
        .filter((h) => h.key === key)
        .map((h) => {
          const from = h.lo + h.bin * h.width;
          return { from, to: whole ? from + Math.max(1, h.width) - 1 : from + h.width, count: h.n };
        });
      if (applied) {
        // Min, max and median are single answers: only the mean of enough answers is shown, and bins of enough answers.
        if (out.stats && out.stats.n < threshold) out.stats = null;
        else if (out.stats) out.stats = { ...out.stats, min: Number.NaN, max: Number.NaN, median: Number.NaN };
        out.histogram = out.histogram.map((h) => ({ ...h, count: h.count !== null && small(h.count) ? null : h.count }));
      }
      return out;
    }
    const mine = counts.filter((c) => c.key === key);
    const values = kind === 'month' ? [...new Set(mine.map((c) => c.value))].sort() : orderedValues(q, new Set(mine.map((c) => c.value)));
    const by = new Map(mine.map((c) => [c.value, c.n]));
    out.counts = values.map((value) => ({ value, count: by.get(value) ?? 0 }));
    if (applied) {
      // One line: the counts and the number who answered (a single choice or a month adds up to it).
      const row = [...out.counts.map((c) => c.count ?? 0), n];
      const lines: Line[] = kind === 'multiple' ? [] : [row.map((_, c) => [0, c] as [number, number])];
      const hidden = suppress({ values: [row], counts: [row.map(() => true)] }, lines, threshold)[0];
      out.counts = out.counts.map((c, i) => ({ ...c, count: hidden[i] ? null : c.count }));
      if (hidden[row.length - 1]) out.answered = null;
    }
    return out;
  });
  if (applied)
    for (const s of Object.keys(stateOut)) {
      const v = stateOut[s];
      if (v !== null && small(v)) stateOut[s] = null;
    }
  // JSON has no NaN: hidden single answers go out as absent.
  return {
    total,
    states: stateOut,
    suppression: disclosure,
    items: items.map((i) => (i.stats ? { ...i, stats: stripNaN(i.stats) } : i)),
  };
}

function stripNaN(s: NonNullable<QuestionResult['stats']>) {
  return Object.fromEntries(Object.entries(s).filter(([, v]) => !Number.isNaN(v))) as NonNullable<QuestionResult['stats']>;
}

export interface CrossRow {
  path: string;
  kind: 'count' | 'answered' | 'mean';
  /** The choice (or month) counted; null for the answered and mean rows. */
  value: string | null;
  values: (number | null)[];
  total: number | null;
}

/**
 * Cross-table of every question by ethnic group or commune: a row per choice (submissions that
 * picked it), a row of how many answered, and for numbers the mean; a column per group and the total.
 */
export async function crossTable(db: Kysely<DB>, shape: FormShape, f: SubmissionFilter, by: Exclude<ResultSplit, 'none'>, disclosure: Disclosure) {
  const questions = shape.fields.map((q) => ({ q, kind: kindOf(q) })).filter((x): x is { q: FormField; kind: Kind } => x.kind !== null);
  const counted = questions.filter((x) => x.kind !== 'number');
  const numeric = questions.filter((x) => x.kind === 'number');
  const allKeys = questions.map((x) => keyOf(x.q));
  const countQs = counted.map((x) => ({ key: keyOf(x.q), kind: countKind(x.kind) }));
  const numKeys = numeric.map((x) => keyOf(x.q));
  const [groupsN, answered, answeredAll, counts, countsAll, stats, statsAll] = await Promise.all([
    repo.groupCounts(db, f, by),
    repo.answeredCounts(db, f, allKeys, by),
    repo.answeredCounts(db, f, allKeys, 'none'),
    repo.choiceCounts(db, f, countQs, by),
    repo.choiceCounts(db, f, countQs, 'none'),
    repo.numberStats(db, f, numKeys, by),
    repo.numberStats(db, f, numKeys, 'none'),
  ]);
  const groups = await groupNames(
    db,
    by,
    groupsN.map((g) => g.grp),
  );
  const col = new Map(groups.map((g, i) => [g.key, i]));
  const rows: CrossRow[] = [];
  const { applied, threshold } = disclosure;
  const fill = (list: { key: string; grp: string; n: number; value?: string }[], key: string, value?: string) => {
    const out: (number | null)[] = groups.map(() => 0);
    for (const x of list) if (x.key === key && (value === undefined || x.value === value) && col.has(x.grp)) out[col.get(x.grp)!] = x.n;
    return out;
  };
  for (const { q, kind } of questions) {
    const key = keyOf(q);
    const first = rows.length;
    const answeredRow: CrossRow = {
      path: q.path,
      kind: 'answered',
      value: null,
      values: fill(answered, key),
      total: answeredAll.find((a) => a.key === key)?.n ?? 0,
    };
    if (kind === 'number') {
      rows.push(answeredRow, {
        path: q.path,
        kind: 'mean',
        value: null,
        values: groups.map((g) => stats.find((s) => s.key === key && s.grp === g.key)?.mean ?? null),
        total: statsAll.find((s) => s.key === key)?.mean ?? null,
      });
    } else {
      const seen = countsAll.filter((c) => c.key === key).map((c) => c.value);
      const values = kind === 'month' ? [...new Set(seen)].sort() : orderedValues(q, new Set(seen));
      for (const value of values)
        rows.push({
          path: q.path,
          kind: 'count',
          value,
          values: fill(counts, key, value),
          total: countsAll.find((c) => c.key === key && c.value === value)?.n ?? 0,
        });
      rows.push(answeredRow);
    }
    // Disclosure per question: rows across groups to their total; a single choice down to the answered row.
    const block = rows.slice(first);
    const grid = block.map((r) => [...r.values, r.total]);
    let hidden = grid.map((r) => r.map(() => false));
    if (applied) {
      const countsMask = block.map((r) => grid[0].map(() => r.kind !== 'mean'));
      const lines: Line[] = block.flatMap((r, i) => (r.kind === 'mean' ? [] : [grid[i].map((_, c) => [i, c] as [number, number])]));
      if (kind === 'choices' || kind === 'month') for (let c = 0; c < grid[0].length; c++) lines.push(block.map((_, i) => [i, c] as [number, number]));
      hidden = suppress({ values: grid, counts: countsMask }, lines, threshold);
      // A mean of too few answers is hidden with them.
      const a = block.findIndex((r) => r.kind === 'answered');
      for (const [i, r] of block.entries())
        if (r.kind === 'mean')
          for (let c = 0; c < grid[i].length; c++) {
            const n = grid[a][c] ?? 0;
            if (hidden[a][c] || n < threshold) hidden[i][c] = true;
          }
    }
    for (const [i, r] of block.entries()) {
      r.values = r.values.map((v, c) => (hidden[i][c] ? null : v));
      if (hidden[i][grid[i].length - 1]) r.total = null;
    }
  }
  return { by, groups, rows, suppression: disclosure };
}

/** Column heads of a split: ethnic groups by name (unknown last), or communes by name. */
async function groupNames(db: Kysely<DB>, by: Exclude<ResultSplit, 'none'>, keys: string[]) {
  if (by === 'ethnic') {
    const names = new Map((await repo.ethnicNames(db, keys.filter(Boolean))).map((e) => [e.code, e.name]));
    return keys
      .map((key) => ({ key, code: key, name: key ? (names.get(key) ?? key) : '' }))
      .sort((a, b) => (a.key === '' ? 1 : b.key === '' ? -1 : a.name.localeCompare(b.name, 'vi')));
  }
  const units = new Map((await repo.unitNames(db, keys.map(Number))).map((u) => [String(u.id), u]));
  return keys.map((key) => ({ key, code: units.get(key)?.code ?? key, name: units.get(key)?.name ?? key })).sort((a, b) => a.name.localeCompare(b.name, 'vi'));
}

/** Submissions with a location, and per commune how many; none for users who may see only aggregates. */
export async function resultPoints(db: Kysely<DB>, f: SubmissionFilter, disclosure: Disclosure, limit = 5000) {
  if (disclosure.applied) return { items: [], truncated: false, hidden: true };
  const rows = await repo.pointRows(db, f, limit + 1);
  return {
    items: rows.slice(0, limit).map((s) => ({
      id: s.id,
      latitude: s.latitude!,
      longitude: s.longitude!,
      state: s.state,
      unitName: s.unit_name,
      unitCode: s.unit_code,
    })),
    truncated: rows.length > limit,
    hidden: false,
  };
}
