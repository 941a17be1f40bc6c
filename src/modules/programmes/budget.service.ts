import type { Kysely } from 'kysely';
import type { DB, MoneyKind, MoneySource } from '../../db/schema.js';
import type { SessionUser } from '../../server/context.js';
import { AppError } from '../../server/errors.js';
import { assertWritable, reachIds, type Scope } from '../../server/scope.js';
import { requireUnitOn } from '../admin-units/admin-units.lookup.js';
import { writeAudit, type Actor } from '../audit/audit.service.js';
import { mayManage } from './policies.service.js';
import { listProgrammeNodes, readableNode } from './programmes.service.js';
import { insertMoney, lockNode, moneyRows, moneySums, moneyTotals, unitNames, type MoneyFilter } from './programmes.repository.js';

export { moneyRows };

export const SOURCES: MoneySource[] = ['central', 'local', 'loan', 'other'];
const MAX = 9_223_372_036_854_775_807n;

/**
 * An amount in đồng from the API: a string of digits or a safe integer, greater than zero. Anything
 * with decimals, grouping or a sign is refused by name; nothing is rounded.
 */
export function parseDong(raw: string | number, field = 'amount'): bigint {
  const bad = (code: string) => new AppError(400, code, { value: String(raw) }, [{ field, code, value: raw, params: { value: String(raw) } }]);
  if (typeof raw === 'number') {
    if (!Number.isSafeInteger(raw) || raw <= 0) throw bad('money_not_integer');
    return BigInt(raw);
  }
  const text = raw.trim();
  if (!/^\d+$/.test(text) || /^0+$/.test(text)) throw bad('money_not_integer');
  const v = BigInt(text);
  if (v > MAX) throw bad('money_too_large');
  return v;
}

/** 1234567 → "1.234.567" (Vietnamese grouping). */
export function groupDong(v: bigint): string {
  return v.toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** Đồng → million đồng as exact decimal text: 1234567 → "1.234567". */
export function millions(v: bigint): string {
  const whole = v / 1_000_000n;
  const frac = (v % 1_000_000n).toString().padStart(6, '0').replace(/0+$/, '');
  return frac ? `${whole}.${frac}` : whole.toString();
}

/** Who may record what: allocations by managers, commitments and disbursements also by a commune officer for the commune. */
export function mayRecord(user: SessionUser, kind: MoneyKind): boolean {
  if (mayManage(user)) return true;
  return kind !== 'allocation' && user.role === 'commune_officer';
}

export interface MoneyInput {
  nodeId: number;
  unitCode: string;
  year: number;
  source: MoneySource;
  kind: MoneyKind;
  amount: string | number;
  onDate: string;
  note?: string;
}

/**
 * Records an allocation, commitment or disbursement. A commitment or disbursement may not take the
 * item's total of its kind (same unit, year and source) past what was allocated: refused, nothing written.
 */
export async function recordMoney(db: Kysely<DB>, user: SessionUser, scope: Scope, actor: Actor, input: MoneyInput): Promise<number> {
  if (!mayRecord(user, input.kind)) throw new AppError(403, 'forbidden');
  const amount = parseDong(input.amount);
  const node = await readableNode(db, scope, input.nodeId);
  const unit = await requireUnitOn(db, input.unitCode, input.onDate, 'unitCode');
  assertWritable(scope, unit.id);
  const row = {
    nodeId: node.id,
    unitId: unit.id,
    year: input.year,
    source: input.source,
    kind: input.kind,
    amount: amount.toString(),
    onDate: input.onDate,
    note: (input.note ?? '').trim(),
    createdBy: user.id,
  };
  return db.transaction().execute(async (trx) => {
    // One write at a time per item: two disbursements cannot both pass the check on the same remainder.
    await lockNode(trx, node.id);
    if (input.kind !== 'allocation') {
      const totals = new Map(
        (await moneyTotals(trx, { nodeId: node.id, unitId: unit.id, year: input.year, source: input.source })).map((t) => [t.kind, BigInt(t.total)]),
      );
      const allocated = totals.get('allocation') ?? 0n;
      const used = totals.get(input.kind) ?? 0n;
      if (used + amount > allocated) {
        const code = input.kind === 'disbursement' ? 'disbursement_exceeds_allocation' : 'commitment_exceeds_allocation';
        const left = allocated > used ? allocated - used : 0n;
        const params = { amount: groupDong(amount), year: input.year, allocated: groupDong(allocated), used: groupDong(used), left: groupDong(left) };
        throw new AppError(409, code, params, [{ field: 'amount', code, value: amount.toString(), params }]);
      }
    }
    const id = await insertMoney(trx, row);
    await writeAudit(trx, actor, { action: 'create', entity: 'programme_money', entityId: id, unitId: unit.id, after: row });
    return id;
  });
}

interface Totals {
  allocated: bigint;
  committed: bigint;
  disbursed: bigint;
}
const zero = (): Totals => ({ allocated: 0n, committed: 0n, disbursed: 0n });
const FIELD: Record<MoneyKind, keyof Totals> = { allocation: 'allocated', commitment: 'committed', disbursement: 'disbursed' };

/** Disbursed ÷ allocated in percent with two decimals, computed on integers; null when nothing is allocated. */
export function rateOf(t: { allocated: bigint; disbursed: bigint }): number | null {
  return t.allocated > 0n ? Number((t.disbursed * 10_000n) / t.allocated) / 100 : null;
}

function present(t: Totals) {
  return { allocated: t.allocated.toString(), committed: t.committed.toString(), disbursed: t.disbursed.toString(), rate: rateOf(t) };
}

/** The subtree of an item: ids, and for each id the child of the root it falls under. */
async function subtree(db: Kysely<DB>, scope: Scope, rootId: number) {
  const nodes = await listProgrammeNodes(db, { rootId, scope });
  const parentOf = new Map(nodes.map((n) => [n.id, n.parent_id]));
  const branchOf = (id: number): number => {
    let cur = id;
    while (parentOf.get(cur) !== rootId && parentOf.get(cur) != null && cur !== rootId) cur = parentOf.get(cur)!;
    return cur;
  };
  return { nodes, branchOf };
}

/**
 * Budget figures of an item (a programme by default) for a year in the caller's area: by direct
 * child (project), by unit, by month (cumulative disbursement against the year's allocation) and by source.
 */
export async function budgetSummary(db: Kysely<DB>, scope: Scope, q: { rootId: number; year: number }) {
  const root = await readableNode(db, scope, q.rootId);
  const { nodes, branchOf } = await subtree(db, scope, root.id);
  const sums = await moneySums(db, { unitIds: reachIds(scope), year: q.year, nodeIds: nodes.map((n) => n.id) });
  const total = zero();
  const byBranch = new Map<number, Totals>();
  const byUnit = new Map<number, Totals>();
  const bySource = new Map<MoneySource, Totals>(SOURCES.map((s) => [s, zero()]));
  const monthly = Array.from({ length: 12 }, () => 0n);
  for (const s of sums) {
    const v = BigInt(s.total);
    const f = FIELD[s.kind];
    total[f] += v;
    const b = branchOf(s.node_id);
    if (!byBranch.has(b)) byBranch.set(b, zero());
    byBranch.get(b)![f] += v;
    if (!byUnit.has(s.unit_id)) byUnit.set(s.unit_id, zero());
    byUnit.get(s.unit_id)![f] += v;
    bySource.get(s.source)![f] += v;
    if (s.kind === 'disbursement') monthly[s.month - 1] += v;
  }
  const names = new Map((await unitNames(db, [...byUnit.keys()])).map((u) => [u.id, u]));
  let running = 0n;
  return {
    node: root,
    year: q.year,
    total: present(total),
    byNode: nodes
      .filter((n) => n.parent_id === root.id || (n.id === root.id && byBranch.has(root.id)))
      .map((n) => ({ nodeId: n.id, code: n.code, name: n.name, ...present(byBranch.get(n.id) ?? zero()) })),
    byUnit: [...byUnit.entries()]
      .map(([id, t]) => ({ unitId: id, code: names.get(id)?.code ?? '', name: names.get(id)?.name ?? '', ...present(t) }))
      .sort((a, b) => a.code.localeCompare(b.code)),
    byMonth: monthly.map((v, i) => {
      running += v;
      return { month: i + 1, disbursed: v.toString(), cumulative: running.toString(), rate: rateOf({ allocated: total.allocated, disbursed: running }) };
    }),
    bySource: SOURCES.map((s) => ({ source: s, ...present(bySource.get(s)!) })),
  };
}

/** Rows of the progress report: every item of the subtree with allocation and disbursement by source. */
export async function progressRows(db: Kysely<DB>, scope: Scope, q: { rootId: number; year: number; unitIds?: number[] }) {
  const root = await readableNode(db, scope, q.rootId);
  const nodes = await listProgrammeNodes(db, { rootId: root.id, scope });
  const reach = reachIds(scope);
  const unitIds = q.unitIds ? (reach ? q.unitIds.filter((u) => reach.includes(u)) : q.unitIds) : reach;
  const sums = await moneySums(db, { unitIds, year: q.year, nodeIds: nodes.map((n) => n.id) });
  const parent = new Map(nodes.map((n) => [n.id, n.parent_id]));
  // Each item carries its own money plus everything under it.
  const key = (id: number, kind: MoneyKind, source: MoneySource) => `${id}|${kind}|${source}`;
  const acc = new Map<string, bigint>();
  for (const s of sums) {
    let cur: number | null | undefined = s.node_id;
    while (cur != null) {
      const k = key(cur, s.kind, s.source);
      acc.set(k, (acc.get(k) ?? 0n) + BigInt(s.total));
      cur = cur === root.id ? null : parent.get(cur);
    }
  }
  return nodes.map((n) => {
    const by = (kind: MoneyKind) => SOURCES.map((s) => acc.get(key(n.id, kind, s)) ?? 0n);
    const allocated = by('allocation');
    const disbursed = by('disbursement');
    const committed = by('commitment');
    const sum = (xs: bigint[]) => xs.reduce((a, b) => a + b, 0n);
    return { node: n, allocated, committed, disbursed, totals: { allocated: sum(allocated), committed: sum(committed), disbursed: sum(disbursed) } };
  });
}

/** Allocation of a year and disbursement up to a day, over a set of units (every item). */
export async function unitFigures(db: Kysely<DB>, f: { unitIds: number[]; year: number; until: string }) {
  const rows = await moneySums(db, { unitIds: f.unitIds, year: f.year, until: undefined });
  let allocated = 0n;
  let disbursed = 0n;
  for (const r of rows) if (r.kind === 'allocation') allocated += BigInt(r.total);
  for (const r of await moneySums(db, { unitIds: f.unitIds, year: f.year, until: f.until, kind: 'disbursement' })) disbursed += BigInt(r.total);
  return { allocated, disbursed };
}

export type { MoneyFilter };
