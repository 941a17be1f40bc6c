import type { Kysely } from 'kysely';
import { addDays } from '../../shared/dates.js';
import type { DB } from '../../db/schema.js';
import { AppError } from '../../server/errors.js';
import { inReach, type Scope } from '../../server/scope.js';
import { presentVillage, presentVillageRef } from './villages.presenter.js';
import { entityHistory } from '../audit/audit.service.js';
import { getVillage, villagesLinkedTo, type VillageRow } from './villages.repository.js';

type Event = {
  date: string | null;
  event: 'predecessor' | 'merged_from' | 'created' | 'update' | 'deactivate' | 'merge' | 'import' | 'merged_into' | 'successor';
  name: string;
  code?: string;
  villageId?: number;
  username?: string | null;
  before?: unknown;
  after?: unknown;
};

const AUDIT_EVENTS = new Set(['update', 'deactivate', 'merge', 'import']);

const dayAfter = (date: string): string => addDays(date, 1);

/** One village with what it continues, what continues it, merges, and its audited changes. */
export async function villageDetail(db: Kysely<DB>, scope: Scope, id: number, canEdit: boolean) {
  const v = await getVillage(db, id);
  if (!v || !inReach(scope, v.commune_id)) throw new AppError(404, 'not_found');
  const visible = (r: VillageRow | undefined): r is VillageRow => !!r && inReach(scope, r.commune_id);

  const predecessors: VillageRow[] = [];
  for (let cur = v; cur.predecessor_id !== null && predecessors.length < 20; ) {
    const p = await getVillage(db, cur.predecessor_id);
    if (!visible(p)) break;
    predecessors.push(p);
    cur = p;
  }
  const successors = (await villagesLinkedTo(db, 'predecessor_id', v.id)).filter(visible);
  const mergedFrom = (await villagesLinkedTo(db, 'merged_into_id', v.id)).filter(visible);
  const mergedIntoRow = v.merged_into_id === null ? undefined : await getVillage(db, v.merged_into_id);
  const mergedInto = visible(mergedIntoRow) ? mergedIntoRow : null;
  const audit = await entityHistory(db, 'village', v.id);

  const ref = (r: VillageRow) => ({ name: r.name, code: r.code, villageId: r.id });
  const history: Event[] = [
    ...predecessors.map((p) => ({ date: v.valid_from, event: 'predecessor' as const, ...ref(p) })),
    ...mergedFrom.map((m) => ({ date: m.valid_to ? dayAfter(m.valid_to) : null, event: 'merged_from' as const, ...ref(m) })),
    ...audit.map((a) => ({
      date: new Date(a.at).toISOString(),
      event: (a.action === 'create' ? 'created' : AUDIT_EVENTS.has(a.action) ? a.action : 'update') as Event['event'],
      name: ((a.after ?? a.before) as { name?: string } | null)?.name ?? v.name,
      username: a.username,
      before: a.before ?? undefined,
      after: a.after ?? undefined,
    })),
    ...(mergedInto ? [{ date: v.valid_to ? dayAfter(v.valid_to) : null, event: 'merged_into' as const, ...ref(mergedInto) }] : []),
    ...successors.map((s) => ({ date: s.valid_from, event: 'successor' as const, ...ref(s) })),
  ];
  history.sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));

  return {
    ...presentVillage(v),
    predecessor: predecessors[0] ? presentVillageRef(predecessors[0]) : null,
    mergedInto: mergedInto ? presentVillageRef(mergedInto) : null,
    predecessors: predecessors.map(presentVillage),
    successors: successors.map(presentVillage),
    mergedFrom: mergedFrom.map(presentVillage),
    history,
    canEdit: canEdit && inReach(scope, v.commune_id),
  };
}
