import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { AppError } from '../../server/errors.js';
import { writeAudit, type Actor } from '../audit/audit.service.js';
import { deleteMapping, setOwner } from './metadata.repository.js';
import { forDocument, READERS, readMappings } from './catalogue.service.js';
import { mayEdit, ownerIdOf, refusalOf, sees, SYSTEM_ACCESS, type MetaAccess } from './metadata.owner.js';
import { mappingEditable } from './mappings.owner.js';
import { KINDS, type Kind, type MetadataDocument } from './reporting-metadata.schema.js';
import { applyCategory, applyCombo } from './categories.service.js';
import { applyDataElement, applyDataSet } from './forms.service.js';
import { applyMapping, applyRule } from './rules.service.js';
import { ItemError, toAppError, type Outcome, type Trx } from './write.helpers.js';

type Mode = 'create' | 'update' | 'upsert';

const APPLY: Record<Kind, (trx: Trx, input: any, mode: Mode, a: MetaAccess) => Promise<Outcome>> = {
  categories: applyCategory,
  categoryCombos: applyCombo,
  dataElements: applyDataElement,
  dataSets: applyDataSet,
  validationRules: applyRule,
  dhis2Mappings: applyMapping,
};

/** Audit entity per kind. */
export const ENTITY: Record<Kind, string> = {
  categories: 'reporting_category',
  categoryCombos: 'reporting_category_combo',
  dataElements: 'reporting_data_element',
  dataSets: 'reporting_data_set',
  validationRules: 'reporting_validation_rule',
  dhis2Mappings: 'reporting_dhis2_mapping',
};

/** Tables of the kinds that carry an owner (mappings follow what they map). */
const OWNED = {
  categories: 'category',
  categoryCombos: 'category_combo',
  dataElements: 'data_element',
  dataSets: 'data_set',
  validationRules: 'validation_rule',
} as const;

type Input = { code: string; kind?: string; owner?: string | null };
type Read = { code: string; ownerId?: number | null };

async function readOne(trx: Trx, kind: Kind, input: Input): Promise<Read | undefined> {
  if (kind === 'dhis2Mappings') return (await readMappings(trx, input.kind, input.code))[0];
  return (await READERS[kind](trx, input.code))[0];
}

/** The owner an item gets: the one asked for, else the one it has, else the creator's area. */
async function targetOwner(trx: Trx, a: MetaAccess, input: Input, before: Read | undefined): Promise<number | null> {
  if (input.owner === undefined) return before ? (before.ownerId ?? null) : a.defaultOwner;
  if (input.owner === null) return null;
  const id = await ownerIdOf(trx, input.owner);
  if (id === undefined) throw new ItemError('owner', 'reporting_unknown_unit', { code: input.owner });
  return id;
}

/**
 * Applies one item inside a transaction and audits it when something changed. An item the caller
 * does not see is answered like a code that is taken (create) or unknown (update); a change to an
 * item the caller may not change is refused after it is computed, so sending an item back unchanged
 * is never refused (the transaction is rolled back on refusal).
 */
async function applyAudited(trx: Trx, actor: Actor, a: MetaAccess, kind: Kind, input: Input, mode: Mode, action?: string) {
  const before = await readOne(trx, kind, input);
  let outcome: Outcome;
  if (kind === 'dhis2Mappings') outcome = await APPLY[kind](trx, input, mode, a);
  else {
    const was = before?.ownerId ?? null;
    if (before && !sees(a, was)) throw new ItemError('code', mode === 'update' ? 'reporting_unknown_code' : 'reporting_code_exists', { code: input.code });
    const owner = await targetOwner(trx, a, input, before);
    try {
      outcome = await APPLY[kind](trx, input, mode, a);
    } catch (e) {
      // What is wrong with a change the caller may not make at all is not the answer.
      if (e instanceof ItemError && mode !== 'create' && before && !mayEdit(a, was)) throw new ItemError('code', refusalOf(was), { code: input.code });
      throw e;
    }
    const moved = !before || was !== owner;
    if (moved) await setOwner(trx, OWNED[kind], input.code, owner);
    if (before && moved && outcome === 'unchanged') outcome = 'updated';
    if (outcome !== 'unchanged') {
      if (before && !mayEdit(a, was)) throw new ItemError('code', refusalOf(was), { code: input.code });
      if (!mayEdit(a, owner)) throw new ItemError('owner', owner === null ? 'reporting_owner_national' : 'reporting_owner_outside', { code: input.code });
    }
  }
  const after = await readOne(trx, kind, input);
  if (outcome !== 'unchanged') {
    await writeAudit(trx, actor, {
      action: action ?? (outcome === 'created' ? 'create' : 'update'),
      entity: ENTITY[kind],
      entityId: kind === 'dhis2Mappings' ? `${input.kind}:${input.code}` : input.code,
      before: before ? forDocument(before) : undefined,
      after: forDocument(after),
    });
  }
  return { outcome, item: after };
}

/** Creates or updates one item (CRUD routes); a bad item is a 400 (409 for a taken code, 403 for an owner's refusal) naming the field. */
export async function saveItem(db: Kysely<DB>, actor: Actor, a: MetaAccess, kind: Kind, input: Input, mode: Mode, action?: string) {
  try {
    return await db.transaction().execute((trx) => applyAudited(trx, actor, a, kind, input, mode, action));
  } catch (e) {
    if (e instanceof ItemError) throw toAppError(e);
    // Two people creating the same code at once: the second meets the unique index.
    if ((e as { code?: string }).code === '23505') throw new AppError(409, 'reporting_code_exists', { code: input.code });
    throw e;
  }
}

export type ImportCounts = Record<Kind, { created: number; updated: number; unchanged: number }>;

class DryRun extends Error {}

/**
 * Imports a metadata document by code, kind after kind so later kinds can use what earlier ones
 * created. All or nothing: any bad item → 400 listing every problem, nothing written. Importing the
 * same document twice changes nothing the second time.
 */
export async function importDocument(
  db: Kysely<DB>,
  actor: Actor,
  doc: MetadataDocument,
  dryRun: boolean,
  a: MetaAccess = SYSTEM_ACCESS,
): Promise<{ dryRun: boolean; counts: ImportCounts }> {
  const counts = Object.fromEntries(KINDS.map((k) => [k, { created: 0, updated: 0, unchanged: 0 }])) as ImportCounts;
  const errors: AppError['details'] = [];
  try {
    await db.transaction().execute(async (trx) => {
      for (const kind of KINDS) {
        for (const [i, item] of (doc[kind] as { code: string }[]).entries()) {
          try {
            const { outcome } = await applyAudited(trx, actor, a, kind, item, 'upsert', 'import');
            counts[kind][outcome]++;
          } catch (e) {
            if (!(e instanceof ItemError)) throw e;
            errors.push({ field: `${kind}.${i}.${e.field}`, code: e.code, params: e.params, value: item.code });
          }
        }
      }
      if (errors.length) throw new AppError(400, 'reporting_import_failed', { count: errors.length }, errors.slice(0, 200));
      if (dryRun) throw new DryRun();
    });
  } catch (e) {
    if (!(e instanceof DryRun)) throw e;
  }
  return { dryRun, counts };
}

/** Every kind of metadata the caller sees as one document (by code; generated option combinations included for reference). */
export async function exportDocument(db: Kysely<DB>, a: MetaAccess) {
  const doc: Record<string, unknown> = { version: 1, exportedAt: new Date().toISOString() };
  for (const kind of KINDS) {
    let items: { code: string }[] = await READERS[kind](db, undefined, a);
    if (kind === 'categoryCombos') {
      // Combination ids differ between databases; the document lists them by code.
      items = (items as { code: string; optionCombos: { code: string }[] }[])
        .filter((c) => c.code !== 'none')
        .map((c) => ({ ...c, optionCombos: [...c.optionCombos].sort((a, b) => (a.code < b.code ? -1 : 1)) }));
    }
    doc[kind] = forDocument(items);
  }
  return doc;
}

/** Removes one DHIS2 mapping (404 when the caller does not see it; 403 when they may not change the item or unit) and audits it. */
export async function removeMapping(db: Kysely<DB>, actor: Actor, a: MetaAccess, kind: string, code: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const [before] = await readMappings(trx, kind, code, a);
    if (!before) throw new AppError(404, 'not_found');
    if (!mappingEditable(a, before)) throw new AppError(403, before.unitIds ? 'reporting_unit_out_of_reach' : refusalOf(before.ownerId), { code });
    await deleteMapping(trx, before.id);
    await writeAudit(trx, actor, {
      action: 'delete',
      entity: 'reporting_dhis2_mapping',
      entityId: `${kind}:${code}`,
      before: { kind, code, dhis2: before.dhis2 },
    });
  });
}
