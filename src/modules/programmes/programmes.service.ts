import type { Kysely } from 'kysely';
import type { DB, ProgrammeNodeKind } from '../../db/schema.js';
import type { SessionUser } from '../../server/context.js';
import { AppError } from '../../server/errors.js';
import { assertWritable, type Scope } from '../../server/scope.js';
import { requireUnitOn } from '../admin-units/admin-units.lookup.js';
import { writeAudit, type Actor } from '../audit/audit.service.js';
import { readDataElements } from '../reporting-metadata/catalogue.service.js';
import { assertOwnerWritable, mayManage, ownerReadable } from './policies.service.js';
import { NTP_CODE } from './programmes.seed.js';
import {
  allNodes,
  findIndicator,
  findNode,
  indicatorsOf,
  insertIndicator,
  insertNode,
  nodeIdByCode,
  targetsOf,
  upsertTarget,
  type NodeRow,
} from './programmes.repository.js';

export { indicatorsOf, targetsOf, type NodeRow };

/** What may sit under each kind of item. */
const CHILD_KINDS: Record<ProgrammeNodeKind, ProgrammeNodeKind[]> = {
  programme: ['project'],
  project: ['sub_project', 'activity'],
  sub_project: ['activity'],
  activity: [],
};

export const NODE_KINDS: Record<ProgrammeNodeKind, { vi: string; en: string }> = {
  programme: { vi: 'Chương trình', en: 'Programme' },
  project: { vi: 'Dự án', en: 'Project' },
  sub_project: { vi: 'Tiểu dự án', en: 'Sub-project' },
  activity: { vi: 'Nội dung, hoạt động', en: 'Activity' },
};

/** One programme item by id (programme, project, sub-project or activity), or undefined. */
export function getProgrammeNode(db: Kysely<DB>, id: number) {
  return findNode(db, id);
}

/**
 * The programme item a benefit cycle or an eligibility rule names: it must exist and be national or of
 * the caller's area, else a 400 on `field` that says nothing of items elsewhere.
 */
export async function programmeNodeFor(db: Kysely<DB>, scope: Scope, id: number, field: string): Promise<NodeRow> {
  const n = await getProgrammeNode(db, id);
  if (!n || !ownerReadable(scope, n.owner_unit_id))
    throw new AppError(400, 'programme_node_unknown', { id }, [{ field, code: 'programme_node_unknown', params: { id } }]);
  return n;
}

export interface NodeFilter {
  /** Only this item and what lies under it. */
  rootId?: number;
  kind?: ProgrammeNodeKind;
  /** The caller's area: national items and those owned inside it; omitted, every item. */
  scope?: Scope;
}

/** Programme items in tree order (parents before children, siblings by their order). */
export async function listProgrammeNodes(db: Kysely<DB>, filter: NodeFilter = {}): Promise<(NodeRow & { depth: number })[]> {
  const nodes = (await allNodes(db)).filter((n) => !filter.scope || ownerReadable(filter.scope, n.owner_unit_id));
  const children = new Map<number | null, NodeRow[]>();
  for (const n of nodes) {
    const list = children.get(n.parent_id) ?? [];
    list.push(n);
    children.set(n.parent_id, list);
  }
  const out: (NodeRow & { depth: number })[] = [];
  const walk = (n: NodeRow, depth: number) => {
    out.push({ ...n, depth });
    for (const c of children.get(n.id) ?? []) walk(c, depth + 1);
  };
  const roots = filter.rootId !== undefined ? nodes.filter((n) => n.id === filter.rootId) : (children.get(null) ?? []);
  for (const r of roots) walk(r, 0);
  return filter.kind ? out.filter((n) => n.kind === filter.kind) : out;
}

/** An item the caller may see, or 404. */
export async function readableNode(db: Kysely<DB>, scope: Scope, id: number): Promise<NodeRow> {
  const n = await findNode(db, id);
  if (!n || !ownerReadable(scope, n.owner_unit_id))
    throw new AppError(404, 'programme_node_unknown', { id }, [{ field: 'nodeId', code: 'programme_node_unknown', params: { id } }]);
  return n;
}

export interface NodeInput {
  parentId: number;
  kind: ProgrammeNodeKind;
  code: string;
  name: string;
  documentId?: number | null;
  startYear?: number | null;
  endYear?: number | null;
  sortOrder?: number;
}

/** Adds an item under another; a provincial officer's items belong to the province. */
export async function createNode(db: Kysely<DB>, user: SessionUser, scope: Scope, actor: Actor, input: NodeInput): Promise<number> {
  if (!mayManage(user)) throw new AppError(403, 'forbidden');
  const parent = await readableNode(db, scope, input.parentId);
  const owner = user.scopeUnitId;
  assertOwnerWritable(user, scope, owner);
  if (!CHILD_KINDS[parent.kind].includes(input.kind)) {
    const allowed = CHILD_KINDS[parent.kind].map((k) => NODE_KINDS[k].vi).join(', ') || '—';
    throw new AppError(400, 'programme_node_kind_invalid', { parent: parent.name, allowed }, [
      { field: 'kind', code: 'programme_node_kind_invalid', params: { parent: parent.name, allowed } },
    ]);
  }
  const code = input.code.trim();
  const fields = {
    parentId: parent.id,
    kind: input.kind,
    code,
    name: input.name.trim().replace(/\s+/g, ' '),
    documentId: input.documentId ?? null,
    startYear: input.startYear ?? parent.start_year,
    endYear: input.endYear ?? parent.end_year,
    sortOrder: input.sortOrder ?? 0,
    ownerUnitId: owner,
  };
  return db.transaction().execute(async (trx) => {
    if ((await nodeIdByCode(trx, code)) !== null)
      throw new AppError(409, 'programme_node_code_taken', { code }, [{ field: 'code', code: 'programme_node_code_taken', params: { code } }]);
    const id = await insertNode(trx, fields);
    await writeAudit(trx, actor, { action: 'create', entity: 'programme_node', entityId: id, unitId: owner, after: fields });
    return id;
  });
}

export interface IndicatorInput {
  code: string;
  name: string;
  measure?: string;
  /** Code of a report form's data element this indicator is reported through. */
  dataElementCode?: string | null;
}

export async function addIndicator(db: Kysely<DB>, user: SessionUser, scope: Scope, actor: Actor, nodeId: number, input: IndicatorInput) {
  const node = await readableNode(db, scope, nodeId);
  assertOwnerWritable(user, scope, node.owner_unit_id);
  const de = input.dataElementCode?.trim() || null;
  if (de && !(await readDataElements(db, de)).length)
    throw new AppError(400, 'data_element_unknown', { code: de }, [{ field: 'dataElementCode', code: 'data_element_unknown', params: { code: de } }]);
  const fields = { nodeId, code: input.code.trim(), name: input.name.trim(), measure: (input.measure ?? '').trim(), dataElementCode: de };
  return db.transaction().execute(async (trx) => {
    const id = await insertIndicator(trx, fields);
    if (id === null)
      throw new AppError(409, 'programme_indicator_code_taken', { code: fields.code }, [
        { field: 'code', code: 'programme_indicator_code_taken', params: { code: fields.code } },
      ]);
    await writeAudit(trx, actor, { action: 'create', entity: 'programme_indicator', entityId: id, unitId: node.owner_unit_id, after: fields });
    return id;
  });
}

/** Sets the target of an indicator for a unit (valid on `date`) and year: managers only, inside their area. */
export async function setTarget(
  db: Kysely<DB>,
  user: SessionUser,
  scope: Scope,
  actor: Actor,
  indicatorId: number,
  input: { unitCode: string; date: string; year: number; target: number },
) {
  if (!mayManage(user)) throw new AppError(403, 'forbidden');
  const indicator = await findIndicator(db, indicatorId);
  if (!indicator)
    throw new AppError(404, 'programme_indicator_unknown', { id: indicatorId }, [
      { field: 'id', code: 'programme_indicator_unknown', params: { id: indicatorId } },
    ]);
  await readableNode(db, scope, indicator.node_id);
  const unit = await requireUnitOn(db, input.unitCode, input.date, 'unitCode');
  assertWritable(scope, unit.id);
  await db.transaction().execute(async (trx) => {
    const before = await upsertTarget(trx, { indicatorId, unitId: unit.id, year: input.year, target: String(input.target) });
    await writeAudit(trx, actor, {
      action: 'set_target',
      entity: 'programme_indicator',
      entityId: indicatorId,
      unitId: unit.id,
      before: before === null ? undefined : { year: input.year, target: before },
      after: { year: input.year, unitId: unit.id, target: String(input.target) },
    });
  });
}

/** The programme pages open on: the national target programme 1719, else the first programme. */
export async function defaultProgrammeRoot(db: Kysely<DB>): Promise<number> {
  const nodes = await listProgrammeNodes(db, { kind: 'programme' });
  const ntp = nodes.find((n) => n.code === NTP_CODE) ?? nodes[0];
  if (!ntp) throw new AppError(404, 'programme_node_unknown', { id: '' });
  return ntp.id;
}
