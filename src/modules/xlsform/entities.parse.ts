/**
 * Where each entity of the `entities` sheet is declared in the form (ODK entities spec 2025.1, as
 * pyxform 4.5 places them): the survey, a group or a repeat gets a `meta/entity` block. The questions
 * that save to an entity (`save_to`) and the questions its expressions read decide the container: the
 * deepest repeat ("scope") they are in, then the deepest group under it; each container holds at most
 * one entity. Problems are the refusals pyxform makes, located by sheet, row and column.
 */

/** One row of the `entities` sheet. */
export interface EntityDeclaration {
  row: number;
  dataset: string;
  label: string;
  entityId: string;
  createIf: string;
  updateIf: string;
}

/** What this file needs of a form node (form.parse.ts's FormNode). */
interface FormNode {
  name: string;
  kind: 'question' | 'group' | 'repeat';
  parent: FormNode | null;
  children: FormNode[];
}

type Problem = { sheet: string; row?: number; column?: string; code: string; params?: Record<string, unknown> };

/** A container path: the survey root, then each group or repeat down to the container. */
type Path = FormNode[];

const key = (p: Path) => p.map((n) => n.name).join('/');
const show = (p: Path) => `/${key(p)}`;
const isBoundary = (p: Path, i: number) => i === 0 || p[i].kind === 'repeat';

function scopeOf(p: Path): Path {
  for (let i = p.length - 1; i >= 0; i--) if (isBoundary(p, i)) return p.slice(0, i + 1);
  return p.slice(0, 1);
}
/** How many repeats the path goes through. */
const repeatCount = (p: Path) => p.slice(1).filter((n) => n.kind === 'repeat').length;
/** How many groups the path goes through below its last repeat (or the root). */
function belowScope(p: Path): number {
  let n = 0;
  for (let i = p.length - 1; i >= 0 && !isBoundary(p, i); i--) n++;
  return n;
}

/** The container path of a node's parent: where a question (or a group's begin row) sits. */
export function containerPath(node: FormNode): Path {
  const out: Path = [];
  for (let p = node.parent; p; p = p.parent) out.unshift(p);
  return out;
}

interface Reference {
  path: Path;
  row: number;
  property?: string;
  question?: string;
}

/** The questions that tie one entity to the form: its `save_to` questions and those its expressions read. */
export interface EntityReferences {
  entity: EntityDeclaration;
  refs: Reference[];
}

interface Request {
  scope: Path;
  entity: EntityDeclaration;
  requested: Path;
  lineages: Path[];
}

function request(er: EntityReferences, sheet: string, problems: Problem[]): Request | null {
  let deepScope: Path | null = null;
  let deepScopeCount = -1;
  let deepScopeRef: Reference | null = null;
  let deepContainer: Reference | null = null;
  let deepContainerSub = 0;
  let deepSave: Reference | null = null;
  let deepSaveSub = 0;
  const lineages = new Map<string, Path>();
  const bounds: [Reference, Path][] = [];
  for (const ref of er.refs) {
    const sub = belowScope(ref.path);
    const scope = scopeOf(ref.path);
    const count = repeatCount(scope);
    if (deepScope === null || count > deepScopeCount) {
      if (deepScope === null || key(scope) !== key(deepScope)) {
        deepContainer = ref;
        deepContainerSub = sub;
        if (ref.property !== undefined) {
          deepSave = ref;
          deepSaveSub = sub;
        }
      }
      deepScope = scope;
      deepScopeCount = count;
      deepScopeRef = ref;
    }
    bounds.push([ref, scope]);
    if (deepContainer === null || (key(scope) === key(deepScope) && sub > deepContainerSub)) {
      deepContainer = ref;
      deepContainerSub = sub;
    }
    if (ref.property !== undefined) {
      lineages.set(key(ref.path), ref.path);
      if (deepSave === null || (key(scope) === key(deepScope) && sub > deepSaveSub)) {
        deepSave = ref;
        deepSaveSub = sub;
      }
    }
  }
  if (!deepScope || !deepContainer || !deepScopeRef) return null;
  let requested = deepSave ? deepSave.path : deepContainer.path;
  if (lineages.size) {
    const all = [...lineages.values()];
    const min = Math.min(...all.map((p) => p.length));
    const any = all[0];
    let common = any.slice(0, min);
    if (all.length > 1) {
      for (let i = 0; i < min; i++) {
        if (all.some((p) => p[i] !== any[i])) {
          common = any.slice(0, i);
          break;
        }
      }
      // The deepest scope, or the deepest container in the deepest scope (the first on a tie).
      const a = scopeOf((deepSave as Reference).path);
      const rank = (p: Path) => [repeatCount(p), belowScope(p)];
      const [ra, rc] = [rank(a), rank(common)];
      requested = rc[0] > ra[0] || (rc[0] === ra[0] && rc[1] > ra[1]) ? common : a;
    } else requested = common;
  }
  const requestedScope = scopeOf(requested);
  for (const [ref, scope] of bounds) {
    if (key(deepScope.slice(0, scope.length)) !== key(scope)) {
      if (ref.property !== undefined)
        problems.push({
          sheet: 'survey',
          row: ref.row,
          column: 'save_to',
          code: 'xlsform_save_to_scope',
          params: { dataset: er.entity.dataset, scope: show(ref.path), other: show(deepScopeRef.path) },
        });
      else
        problems.push({
          sheet,
          row: er.entity.row,
          column: 'list_name',
          code: 'xlsform_entity_scope',
          params: { dataset: er.entity.dataset, scope: show(ref.path), other: show(deepScopeRef.path), question: ref.question },
        });
      return null;
    }
    if (ref.property !== undefined && key(requestedScope) !== key(scope)) {
      problems.push({
        sheet: 'survey',
        row: ref.row,
        column: 'save_to',
        code: 'xlsform_save_to_scope',
        params: { dataset: er.entity.dataset, scope: show(ref.path), other: show(requested) },
      });
      return null;
    }
  }
  return { scope: deepScope, entity: er.entity, requested, lineages: [...lineages.values()] };
}

export interface EntityPlacement<N extends FormNode = FormNode> {
  /** The container (the survey root, a group or a repeat) whose `meta/entity` declares the entity. */
  container: N;
  entity: EntityDeclaration;
  /** Whether a new entity id is also set on each new repeat instance (`odk-new-repeat`). */
  newRepeat: boolean;
}

/**
 * Places every entity in a container, as pyxform 4.5 does; `null` (with problems) when no placement
 * satisfies the references. `byDataset` lists the references of each entity, in the order first met.
 */
export function placeEntities<N extends FormNode>(
  root: N,
  entities: EntityDeclaration[],
  byDataset: Map<string, EntityReferences>,
  sheet: string,
  problems: Problem[],
): { placements: EntityPlacement<N>[]; version: string } | null {
  const survey: Path = [root];
  const scopes = new Map<string, { scope: Path; requests: Request[] }>();
  const add = (r: Request) => {
    const s = scopes.get(key(r.scope)) ?? { scope: r.scope, requests: [] };
    s.requests.push(r);
    scopes.set(key(r.scope), s);
  };
  for (const er of byDataset.values()) {
    const r = request(er, sheet, problems);
    if (!r) return null;
    add(r);
  }
  for (const e of entities) if (!byDataset.has(e.dataset)) add({ scope: survey, entity: e, requested: survey, lineages: [] });

  const allocations = new Map<string, { path: Path; entity: EntityDeclaration }>();
  const only = scopes.size === 1 ? [...scopes.values()][0] : null;
  if (only && key(only.scope) === key(survey) && only.requests.length === 1) {
    allocations.set(key(survey), { path: survey, entity: only.requests[0].entity });
  } else {
    const reserved = new Map<string, EntityDeclaration>();
    for (const { scope, requests } of scopes.values()) {
      for (const req of [...requests].sort((a, b) => a.entity.row - b.entity.row)) {
        let conflict: EntityDeclaration | undefined;
        for (let depth = req.requested.length; depth > scope.length - 1; depth--) {
          const at = req.requested.slice(0, depth);
          conflict = allocations.get(key(at))?.entity ?? reserved.get(key(at));
          if (conflict) {
            // A request with save_to questions may not move above a container another entity holds.
            const first = req.lineages[0] ? reserved.get(key(req.lineages[0])) : undefined;
            if (first) {
              conflict = first;
              break;
            }
            continue;
          }
          allocations.set(key(at), { path: at, entity: req.entity });
          reserved.set(key(at), req.entity);
          for (const lineage of req.lineages) for (let i = lineage.length; i > at.length - 1; i--) reserved.set(key(lineage.slice(0, i)), req.entity);
          break;
        }
        if (conflict) {
          problems.push({
            sheet,
            row: req.entity.row,
            column: 'list_name',
            code: 'xlsform_entity_crowded',
            params: { dataset: req.entity.dataset, scope: show(scope), other: conflict.row },
          });
          return null;
        }
      }
    }
  }

  // Walk the tree as pyxform does; a container met after a repeat sibling counts as inside a repeat.
  const placements: EntityPlacement<N>[] = [];
  const prefixes = new Set<string>();
  for (const { path } of allocations.values()) for (let i = 1; i <= path.length; i++) prefixes.add(key(path.slice(0, i)));
  const placed = new Set<string>();
  const walk = (node: FormNode, path: Path, inRepeat: boolean) => {
    const a = allocations.get(key(path));
    if (a && !placed.has(a.entity.dataset)) {
      placements.push({ container: node as N, entity: a.entity, newRepeat: inRepeat && !a.entity.entityId });
      placed.add(a.entity.dataset);
    }
    let flag = inRepeat;
    for (const c of node.children) {
      if (c.kind === 'question') continue;
      const p = [...path, c];
      if (c.kind === 'repeat') flag = true;
      if (prefixes.has(key(p))) walk(c, p, flag);
    }
  };
  walk(root, survey, false);
  const nested = [...allocations.values()].some((a) => repeatCount(a.path) > 0);
  return { placements, version: entities.length > 1 || nested ? '2025.1.0' : '2024.1.0' };
}
