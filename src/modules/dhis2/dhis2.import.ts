import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Lang } from '../../server/messages.js';
import type { Scope } from '../../server/scope.js';
import type { UnitGraph } from '../admin-units/unit-graph.js';
import type { Actor } from '../audit/audit.service.js';
import { cellStates, cellStatesOfReports, submissionsOfReports, writeCheckedReports, type CheckedInput } from '../data-entry/data-entry.service.js';
import { publishEvent } from '../../server/events.js';
import { logInternalError } from '../../server/logger.js';
import { latestPhases, Phases } from '../../shared/phases.js';
import { canBulkLoad, inTransaction, withBulkSession, type BulkSession } from '../../db/bulk-load.js';
import { Dhis2Ids } from './dhis2.ids.js';
import { resolveValues, type InternalSet, type Planned, type PreConflict } from './dhis2.resolve.js';
import type { Schemes } from './dhis2.schema.js';
import { Conflicts, importSummary, type ImportCount, type SummaryOptions } from './dhis2.summary.js';

export type Strategy = 'CREATE_AND_UPDATE' | 'CREATE' | 'UPDATE' | 'DELETE';

export interface ImportOptions extends SummaryOptions {
  dryRun: boolean;
  importStrategy: Strategy;
  atomicMode: 'ALL' | 'NONE';
  schemes: Schemes;
  lang: Lang;
  /** Conflicts found while reading the body (XML, ADX), by value position. */
  pre?: Map<number, PreConflict>;
  /** Progress lines for an asynchronous job. */
  progress?: (message: string) => void;
  /** Publish `import.finished` (data value set imports; not single values). */
  publish?: boolean;
}

/** Reason recorded when an import replaces a value computed from the register. */
const OVERRIDE_REASON = 'DHIS2 import';

/** Reports handled per statement (lookups, locks, saves). */
const CHUNK = 500;

const reportKey = (p: Planned) => `${p.form.id}|${p.unitId}|${p.period.id}`;
const cellKey = (unitId: number, periodId: string, e: number, c: number) => `${unitId}|${periodId}|${e}|${c}`;

/**
 * Imports a DHIS2 data value set through the data-entry save path (history, audit, locks). As in
 * DHIS2, values that conflict are ignored and the others are kept (atomicMode NONE, the route's
 * default); with atomicMode ALL any conflict means nothing is written. A dry run only counts.
 */
export async function importDataValueSet(db: Kysely<DB>, graph: UnitGraph, scope: Scope, actor: Actor, set: InternalSet, opts: ImportOptions) {
  const phases = new Phases();
  latestPhases.set('dhis2-import', phases.ms);
  const conflicts = new Conflicts(opts.lang);
  const ids = await Dhis2Ids.load(db);
  phases.mark('identifiers');
  opts.progress?.(`Resolving ${set.dataValues.length} data values`);
  const planned = await resolveValues(db, graph, scope, ids, set, opts.schemes, opts.importStrategy === 'DELETE', conflicts, opts.pre);
  phases.mark('resolve');

  // Reports already submitted or approved take no values.
  const reports = new Map<string, Planned>();
  for (const p of planned) reports.set(reportKey(p), p);
  const closed = new Map<string, string>();
  for (const keys of chunks(
    [...reports.values()].map((p) => ({ dataSetId: p.form.id, unitId: p.unitId, periodId: p.period.id })),
    CHUNK,
  )) {
    for (const sub of await submissionsOfReports(db, keys)) {
      const key = `${sub.data_set_id}|${sub.unit_id}|${sub.period_id}`;
      if (sub.status === 'approved') closed.set(key, 'report_locked');
      else if (sub.status === 'submitted') closed.set(key, 'report_submitted');
    }
  }
  const open = planned.filter((p) => {
    const why = closed.get(reportKey(p));
    if (why) conflicts.add(p.index, set.dataValues[p.index].orgUnit ?? set.orgUnit ?? '', why);
    return !why;
  });
  phases.mark('report states');

  const { count, writes } = await plan(db, open, opts.importStrategy);
  phases.mark('cell states and plan');
  const total = set.dataValues.length;
  const summary = (c: ImportCount, wrote: boolean) => importSummary(opts.lang, opts, c, conflicts.list, wrote);
  // import.finished: counts only, no values or names. Written with the values (queued exactly when they
  // are committed); an import that writes nothing publishes on its own, and a failure to queue never fails it.
  const finished = (trx: Kysely<DB>, c: ImportCount, wrote: boolean) =>
    opts.publish
      ? publishEvent(trx, {
          type: 'import.finished',
          unitId: null,
          data: { kind: 'dhis2', dryRun: opts.dryRun, applied: wrote, values: total, ...c, conflicts: conflicts.list.length, by: actor.username },
        })
      : Promise.resolve();
  const nothing = async (c: ImportCount) => {
    await finished(db, c, false).catch((e) => logInternalError('import event not queued', e));
    return summary(c, false);
  };
  if (conflicts.list.length && opts.atomicMode === 'ALL') return nothing({ imported: 0, updated: 0, deleted: 0, ignored: total });
  count.ignored = total - count.imported - count.updated - count.deleted;
  if (opts.dryRun || !writes.length) return nothing(count);
  opts.progress?.(`Saving ${writes.length} data values`);
  await write(db, actor, writes, (trx) => finished(trx, count, true), phases);
  return summary(count, true);
}

/** Counts what each value would do against what is stored, in order, and lists the writes. */
async function plan(db: Kysely<DB>, planned: Planned[], strategy: Strategy) {
  const state = new Map<string, { value: string | null; comment: string | null; derived: boolean }>();
  const pairs = new Map<string, { unitId: number; periodId: string }>();
  for (const p of planned) pairs.set(`${p.unitId}|${p.period.id}`, { unitId: p.unitId, periodId: p.period.id });
  const elements = [...new Set(planned.map((p) => p.dataElementId))];
  for (const some of chunks([...pairs.values()], CHUNK)) {
    const rows = await cellStatesOfReports(db, some, elements);
    for (const r of rows) state.set(cellKey(r.unit_id, r.period_id, r.data_element_id, r.category_option_combo_id), r);
  }
  const count: ImportCount = { imported: 0, updated: 0, ignored: 0, deleted: 0 };
  const writes: { p: Planned; input: CheckedInput }[] = [];
  for (const p of planned) {
    const key = cellKey(p.unitId, p.period.id, p.dataElementId, p.categoryOptionComboId);
    const cur = state.get(key);
    const has = cur?.value != null;
    const comment = p.comment === undefined || p.comment === null ? undefined : p.comment.trim() || null;
    let outcome: keyof ImportCount = 'ignored';
    if (p.remove) outcome = has ? 'deleted' : 'ignored';
    else if (!has) outcome = strategy === 'UPDATE' ? 'ignored' : 'imported';
    else if (strategy !== 'CREATE' && (cur!.value !== p.value || (comment !== undefined && comment !== cur!.comment))) outcome = 'updated';
    if (outcome === 'ignored') continue;
    count[outcome]++;
    const input: CheckedInput = {
      dataElementId: p.dataElementId,
      categoryOptionComboId: p.categoryOptionComboId,
      value: p.value,
      ...(comment !== undefined ? { comment } : {}),
    };
    if (cur?.derived && cur.value !== p.value) input.overrideReason = OVERRIDE_REASON;
    writes.push({ p, input });
    state.set(key, { value: p.value, comment: comment === undefined ? (cur?.comment ?? null) : comment, derived: false });
  }
  return { count, writes };
}

/**
 * Writes every report's values in one transaction, as data entry saves them (locks, history, one
 * audit entry per report), set-based: a few statements for each chunk of reports, not per report.
 */
async function write(db: Kysely<DB>, actor: Actor, writes: { p: Planned; input: CheckedInput }[], then: (trx: Kysely<DB>) => Promise<void>, phases: Phases) {
  const groups = new Map<string, { dataSetId: number; unitId: number; periodId: string; inputs: CheckedInput[] }>();
  for (const { p, input } of writes) {
    const key = reportKey(p);
    const g = groups.get(key) ?? groups.set(key, { dataSetId: p.form.id, unitId: p.unitId, periodId: p.period.id, inputs: [] }).get(key)!;
    g.inputs.push(input);
  }
  const work = async (trx: Kysely<DB>, copy?: BulkSession['copy']) => {
    phases.mark('write: begin');
    for (const some of chunks([...groups.values()], CHUNK)) await writeCheckedReports(trx, actor, some, { source: 'dhis2', phases, copy });
    await then(trx);
    phases.mark('write: event');
  };
  // New values and their history are loaded with COPY on a session of their own (one transaction).
  if (canBulkLoad(db)) await withBulkSession(db, (s) => inTransaction(s, async () => ({ result: await work(s.db, s.copy), commit: true })));
  else await db.transaction().execute((trx) => work(trx));
  phases.mark('write: commit');
}

/** Splits a list into runs of at most `size`. */
function chunks<T>(list: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

/** The stored value of one cell named as DHIS2's `/api/dataValues` names it; null when there is none. */
export async function readSingleValue(db: Kysely<DB>, graph: UnitGraph, scope: Scope, set: InternalSet, schemes: Schemes, lang: Lang) {
  const conflicts = new Conflicts(lang);
  const ids = await Dhis2Ids.load(db);
  const [p] = await resolveValues(db, graph, scope, ids, set, schemes, true, conflicts);
  if (!p) return { conflict: conflicts.list[0] };
  const rows = await cellStates(db, p.unitId, p.period.id, [p.dataElementId]);
  const cell = rows.find((r) => r.category_option_combo_id === p.categoryOptionComboId);
  return { value: cell?.value ?? null, comment: cell?.comment ?? null };
}
