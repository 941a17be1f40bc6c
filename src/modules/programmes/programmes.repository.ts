import { type Kysely, sql } from 'kysely';
import type { DB, MoneyKind, MoneySource, ProgrammeNodeKind } from '../../db/schema.js';

const nodeColumns = ['id', 'parent_id', 'kind', 'code', 'name', 'document_id', 'start_year', 'end_year', 'sort_order', 'owner_unit_id'] as const;

export type NodeRow = Awaited<ReturnType<typeof allNodes>>[number];

/** Every programme item (the tree is small: a few hundred rows at most). */
export async function allNodes(db: Kysely<DB>) {
  return db
    .selectFrom('programme_node')
    .select([...nodeColumns])
    .orderBy('parent_id', (ob) => ob.asc().nullsFirst())
    .orderBy('sort_order')
    .orderBy('id')
    .execute();
}

export async function findNode(db: Kysely<DB>, id: number) {
  return db
    .selectFrom('programme_node')
    .select([...nodeColumns])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Locks an item's row so that money recorded against it is checked one write at a time. */
export async function lockNode(db: Kysely<DB>, id: number) {
  return db.selectFrom('programme_node').select('id').where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function nodeIdByCode(db: Kysely<DB>, code: string): Promise<number | null> {
  const r = await db.selectFrom('programme_node').select('id').where('code', '=', code).executeTakeFirst();
  return r?.id ?? null;
}

export interface NodeFields {
  parentId: number | null;
  kind: ProgrammeNodeKind;
  code: string;
  name: string;
  documentId: number | null;
  startYear: number | null;
  endYear: number | null;
  sortOrder: number;
  ownerUnitId: number | null;
}

export async function insertNode(db: Kysely<DB>, n: NodeFields): Promise<number> {
  const r = await db
    .insertInto('programme_node')
    .values({
      parent_id: n.parentId,
      kind: n.kind,
      code: n.code,
      name: n.name,
      document_id: n.documentId,
      start_year: n.startYear,
      end_year: n.endYear,
      sort_order: n.sortOrder,
      owner_unit_id: n.ownerUnitId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

export async function nodeCount(db: Kysely<DB>): Promise<number> {
  const r = await db
    .selectFrom('programme_node')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function indicatorsOf(db: Kysely<DB>, nodeIds: number[]) {
  if (!nodeIds.length) return [];
  return db
    .selectFrom('programme_indicator')
    .select(['id', 'node_id', 'code', 'name', 'measure', 'data_element_code'])
    .where('node_id', 'in', nodeIds)
    .orderBy('node_id')
    .orderBy('code')
    .execute();
}

export async function findIndicator(db: Kysely<DB>, id: number) {
  return db.selectFrom('programme_indicator').select(['id', 'node_id', 'code', 'name', 'measure', 'data_element_code']).where('id', '=', id).executeTakeFirst();
}

export async function insertIndicator(db: Kysely<DB>, i: { nodeId: number; code: string; name: string; measure: string; dataElementCode: string | null }) {
  const r = await db
    .insertInto('programme_indicator')
    .values({ node_id: i.nodeId, code: i.code, name: i.name, measure: i.measure, data_element_code: i.dataElementCode })
    .onConflict((oc) => oc.columns(['node_id', 'code']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return r?.id ?? null;
}

/** Sets a yearly target; returns the previous value (null when there was none). */
export async function upsertTarget(db: Kysely<DB>, t: { indicatorId: number; unitId: number; year: number; target: string }) {
  const before = await db
    .selectFrom('programme_target')
    .select(sql<string>`target::text`.as('target'))
    .where('indicator_id', '=', t.indicatorId)
    .where('unit_id', '=', t.unitId)
    .where('year', '=', t.year)
    .executeTakeFirst();
  await db
    .insertInto('programme_target')
    .values({ indicator_id: t.indicatorId, unit_id: t.unitId, year: t.year, target: sql<number>`${t.target}::bigint` })
    .onConflict((oc) => oc.columns(['indicator_id', 'unit_id', 'year']).doUpdateSet({ target: sql<number>`${t.target}::bigint` }))
    .execute();
  return before?.target ?? null;
}

export async function targetsOf(db: Kysely<DB>, indicatorIds: number[], unitIds: number[] | null, year?: number) {
  if (!indicatorIds.length) return [];
  let q = db
    .selectFrom('programme_target as t')
    .innerJoin('admin_unit as u', 'u.id', 't.unit_id')
    .select(['t.indicator_id', 't.unit_id', 'u.code as unit_code', 'u.name as unit_name', 't.year', sql<string>`t.target::text`.as('target')])
    .where('t.indicator_id', 'in', indicatorIds);
  if (unitIds) q = unitIds.length ? q.where('t.unit_id', 'in', unitIds) : q.where(sql<boolean>`false`);
  if (year) q = q.where('t.year', '=', year);
  return q.orderBy('t.year').orderBy('u.code').execute();
}

export interface MoneyFields {
  nodeId: number;
  unitId: number;
  year: number;
  source: MoneySource;
  kind: MoneyKind;
  amount: string;
  onDate: string;
  note: string;
  createdBy: number | null;
}

export async function insertMoney(db: Kysely<DB>, m: MoneyFields): Promise<number> {
  const r = await db
    .insertInto('programme_money')
    .values({
      node_id: m.nodeId,
      unit_id: m.unitId,
      year: m.year,
      source: m.source,
      kind: m.kind,
      // Sent as text and cast by the database: no đồng passes through a float.
      amount: sql<number>`${m.amount}::bigint`,
      on_date: m.onDate,
      note: m.note,
      created_by: m.createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

/** Exact totals (as decimal text) of one item, unit, year and source, by kind. */
export async function moneyTotals(db: Kysely<DB>, k: { nodeId: number; unitId: number; year: number; source: MoneySource }) {
  return db
    .selectFrom('programme_money')
    .select(['kind', sql<string>`sum(amount)::text`.as('total')])
    .where('node_id', '=', k.nodeId)
    .where('unit_id', '=', k.unitId)
    .where('year', '=', k.year)
    .where('source', '=', k.source)
    .groupBy('kind')
    .execute();
}

export interface MoneyFilter {
  unitIds: number[] | null;
  year?: number;
  nodeIds?: number[];
  kind?: MoneyKind;
  /** Last day counted (inclusive). */
  until?: string;
}

function filtered(db: Kysely<DB>, f: MoneyFilter) {
  let q = db.selectFrom('programme_money as m');
  if (f.unitIds) q = f.unitIds.length ? q.where('m.unit_id', 'in', f.unitIds) : q.where(sql<boolean>`false`);
  if (f.year !== undefined) q = q.where('m.year', '=', f.year);
  if (f.nodeIds) q = f.nodeIds.length ? q.where('m.node_id', 'in', f.nodeIds) : q.where(sql<boolean>`false`);
  if (f.kind) q = q.where('m.kind', '=', f.kind);
  if (f.until) q = q.where('m.on_date', '<=', f.until);
  return q;
}

/** Exact sums (decimal text) by item, unit, source, kind and month of the date. */
export async function moneySums(db: Kysely<DB>, f: MoneyFilter) {
  return filtered(db, f)
    .select([
      'm.node_id',
      'm.unit_id',
      'm.source',
      'm.kind',
      sql<number>`extract(month from m.on_date)::int`.as('month'),
      sql<string>`sum(m.amount)::text`.as('total'),
    ])
    .groupBy(['m.node_id', 'm.unit_id', 'm.source', 'm.kind', sql`extract(month from m.on_date)`])
    .execute();
}

export async function moneyRows(db: Kysely<DB>, f: MoneyFilter & { page: number; pageSize: number }) {
  const base = filtered(db, f).innerJoin('admin_unit as u', 'u.id', 'm.unit_id').innerJoin('programme_node as n', 'n.id', 'm.node_id');
  const total = await base.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
  const rows = await base
    .select([
      'm.id',
      'm.node_id',
      'n.code as node_code',
      'n.name as node_name',
      'm.unit_id',
      'u.code as unit_code',
      'u.name as unit_name',
      'm.year',
      'm.source',
      'm.kind',
      sql<string>`m.amount::text`.as('amount'),
      sql<string>`m.on_date::text`.as('on_date'),
      'm.note',
      'm.created_by',
    ])
    .orderBy('m.on_date', 'desc')
    .orderBy('m.id', 'desc')
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize)
    .execute();
  return { rows, total: Number(total.n) };
}

/** Names and codes of units by id (a shared read of the unit hierarchy). */
export async function unitNames(db: Kysely<DB>, ids: number[]) {
  if (!ids.length) return [];
  return db.selectFrom('admin_unit').select(['id', 'code', 'name']).where('id', 'in', ids).execute();
}
