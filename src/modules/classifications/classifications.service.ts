import type { Kysely } from 'kysely';
import type { ClassificationKind, DB } from '../../db/schema.js';
import { AppError } from '../../server/errors.js';
import { assertWritable, isVisible, type Scope } from '../../server/scope.js';
import { searchKey } from '../../shared/text.js';
import { writeAudit, type Actor } from '../audit/audit.service.js';
import { findUnitOn as findUnitOnDate } from '../admin-units/admin-units.lookup.js';
import { findLists, insertList, type ListRow } from './classifications.repository.js';

/** Categories each kind allows. */
export const CATEGORIES: Record<ClassificationKind, readonly string[]> = {
  ethnic_region: ['I', 'II', 'III'],
  extremely_difficult_commune: ['DBKK'],
  extremely_difficult_village: ['DBKK'],
};

/** Whether a kind classifies villages (else communes). */
export const forVillages = (kind: ClassificationKind) => kind === 'extremely_difficult_village';

const REGION: Record<string, string> = { i: 'I', '1': 'I', ii: 'II', '2': 'II', iii: 'III', '3': 'III' };
const DBKK = new Set(['', 'dbkk', 'db kk', 'dac biet kho khan', 'x', 'co', 'yes', '1', 'true']);

/** Reads a category as officials write it: "KV II", "Khu vực 3", "iii"; "ĐBKK", "x" or empty for the difficult lists. */
export function parseCategory(kind: ClassificationKind, input: string): string | null {
  const key = searchKey(input).replace(/\./g, '');
  if (kind === 'ethnic_region') return REGION[key.replace(/^(khu vuc|kv)\s*/, '').trim()] ?? null;
  return DBKK.has(key) ? 'DBKK' : null;
}

/** A list the caller may see (national lists, or lists of an area they see), else 404. */
export async function visibleList(db: Kysely<DB>, scope: Scope, id: number): Promise<ListRow> {
  const [list] = await findLists(db, { id });
  if (!list || !listVisible(scope, list)) throw new AppError(404, 'not_found');
  return list;
}

export function listVisible(scope: Scope, list: ListRow): boolean {
  return list.scope_unit_id === null || isVisible(scope, list.scope_unit_id);
}

/** Only a national user changes a national list; others the lists of their own area. */
export function assertListWritable(scope: Scope, list: { scope_unit_id: number | null }) {
  if (list.scope_unit_id === null && !scope.all) throw new AppError(403, 'out_of_scope');
  if (list.scope_unit_id !== null) assertWritable(scope, list.scope_unit_id);
}

export interface CreateListInput {
  kind: ClassificationKind;
  name: string;
  basis?: string;
  periodLabel?: string;
  validFrom: string;
  validTo?: string;
  scopeUnit?: string;
}

/** Creates an empty list for a period and area; audited. */
export async function createList(w: { db: Kysely<DB>; actor: Actor; scope: Scope; scopeUnitId: number | null }, input: CreateListInput): Promise<ListRow> {
  let scopeUnitId = w.scopeUnitId;
  if (input.scopeUnit) {
    const unit = await findUnitOnDate(w.db, input.scopeUnit, input.validFrom);
    if (!unit) {
      throw new AppError(404, 'unknown_unit', { code: input.scopeUnit, date: input.validFrom }, [
        { field: 'scopeUnit', code: 'unknown_unit', params: { code: input.scopeUnit, date: input.validFrom } },
      ]);
    }
    scopeUnitId = unit.id;
  }
  assertListWritable(w.scope, { scope_unit_id: scopeUnitId });
  return w.db.transaction().execute(async (trx) => {
    const id = await insertList(trx, {
      kind: input.kind,
      name: input.name.normalize('NFC'),
      basis: input.basis ?? '',
      period_label: input.periodLabel ?? '',
      valid_from: input.validFrom,
      valid_to: input.validTo ?? null,
      scope_unit_id: scopeUnitId,
    });
    const [list] = await findLists(trx, { id });
    await writeAudit(trx, w.actor, {
      action: 'create',
      entity: 'classification_list',
      entityId: id,
      unitId: scopeUnitId,
      after: {
        kind: list.kind,
        name: list.name,
        basis: list.basis,
        periodLabel: list.period_label,
        validFrom: list.valid_from,
        validTo: list.valid_to,
        scopeUnitId,
      },
    });
    return list;
  });
}

/** Plain reads (lists valid on a day, their entries and counts in the caller's reach) hand over to the repository. */
export { classifiedIdsOn, countEntries, findEntries, findLists } from './classifications.repository.js';
