import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { AppError } from '../../server/errors.js';
import { writeAudit, type Actor } from '../audit/audit.service.js';
import { READERS, readMappings, withoutIds } from './metadata.read.js';
import { KINDS, type Kind, type MetadataDocument } from './reporting-metadata.schema.js';
import { applyCategory, applyCombo } from './write.categories.js';
import { applyDataElement, applyDataSet } from './write.forms.js';
import { applyMapping, applyRule } from './write.rules.js';
import { ItemError, toAppError, type Outcome, type Trx } from './write.helpers.js';

type Mode = 'create' | 'update' | 'upsert';

const APPLY: Record<Kind, (trx: Trx, input: any, mode: Mode) => Promise<Outcome>> = {
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

async function readOne(trx: Trx, kind: Kind, input: { code: string; kind?: string }) {
  if (kind === 'dhis2Mappings') return (await readMappings(trx, input.kind, input.code))[0];
  return (await READERS[kind](trx, input.code))[0];
}

/** Applies one item inside a transaction and audits it when something changed. */
async function applyAudited(trx: Trx, actor: Actor, kind: Kind, input: { code: string; kind?: string }, mode: Mode, action?: string) {
  const before = await readOne(trx, kind, input);
  const outcome = await APPLY[kind](trx, input, mode);
  const after = await readOne(trx, kind, input);
  if (outcome !== 'unchanged') {
    await writeAudit(trx, actor, {
      action: action ?? (outcome === 'created' ? 'create' : 'update'),
      entity: ENTITY[kind],
      entityId: kind === 'dhis2Mappings' ? `${input.kind}:${input.code}` : input.code,
      before: before ? withoutIds(before) : undefined,
      after: withoutIds(after),
    });
  }
  return { outcome, item: after };
}

/** Creates or updates one item (CRUD routes); a bad item is a 400 (409 for a taken code) naming the field. */
export async function saveItem(db: Kysely<DB>, actor: Actor, kind: Kind, input: { code: string; kind?: string }, mode: Mode, action?: string) {
  try {
    return await db.transaction().execute((trx) => applyAudited(trx, actor, kind, input, mode, action));
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
export async function importDocument(db: Kysely<DB>, actor: Actor, doc: MetadataDocument, dryRun: boolean): Promise<{ dryRun: boolean; counts: ImportCounts }> {
  const counts = Object.fromEntries(KINDS.map((k) => [k, { created: 0, updated: 0, unchanged: 0 }])) as ImportCounts;
  const errors: AppError['details'] = [];
  try {
    await db.transaction().execute(async (trx) => {
      for (const kind of KINDS) {
        for (const [i, item] of (doc[kind] as { code: string }[]).entries()) {
          try {
            const { outcome } = await applyAudited(trx, actor, kind, item, 'upsert', 'import');
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

/** Every kind of metadata as one document (by code; generated option combinations included for reference). */
export async function exportDocument(db: Kysely<DB>) {
  const doc: Record<string, unknown> = { version: 1, exportedAt: new Date().toISOString() };
  for (const kind of KINDS) {
    let items: { code: string }[] = await READERS[kind](db);
    if (kind === 'categoryCombos') {
      // Combination ids differ between databases; the document lists them by code.
      items = (items as { code: string; optionCombos: { code: string }[] }[])
        .filter((c) => c.code !== 'none')
        .map((c) => ({ ...c, optionCombos: [...c.optionCombos].sort((a, b) => (a.code < b.code ? -1 : 1)) }));
    }
    doc[kind] = withoutIds(items);
  }
  return doc;
}
