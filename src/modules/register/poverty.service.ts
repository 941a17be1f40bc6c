import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { writeAudit } from '../audit/audit.service.js';
import { recordChanges, type ChangeContext } from './history.repository.js';
import type { RegisterWriter } from './units.service.js';
import type { PovertyInput } from './households.schema.js';
import { writableHousehold } from './households.repository.js';
import { insertPovertyYear, povertyYear, updatePovertyYear } from './poverty.repository.js';

export { classifiedYears, povertyYears } from './poverty.repository.js';
import { notFuture } from './register.service.js';

/** A poverty year as history keeps it. */
export interface PovertyValue {
  status: string;
  standard: string;
  deprivations: string[];
  incomePerCapita: number | null;
}

/** The standard in force for a year when none is named. */
export function defaultStandard(year: number): string {
  return year >= 2022 && year <= 2025 ? 'ND07/2021' : year >= 2016 && year <= 2021 ? 'QD59/2015' : 'ND07/2021';
}

export function povertyValue(row: { status: string; standard: string; deprivations: unknown; income_per_capita: number | null }): PovertyValue {
  const deps = typeof row.deprivations === 'string' ? JSON.parse(row.deprivations) : row.deprivations;
  return { status: row.status, standard: row.standard, deprivations: (deps as string[]) ?? [], incomePerCapita: row.income_per_capita };
}

/**
 * Sets a household's classification for one year (inserting or replacing it); the change is
 * recorded under entity `poverty`, field = the year. Returns whether anything changed.
 */
export async function setPoverty(trx: Kysely<DB>, ctx: ChangeContext, householdId: number, input: PovertyInput): Promise<boolean> {
  const existing = await povertyYear(trx, householdId, input.year);
  const deprivations = [...new Set(input.deprivations ?? [])].sort();
  const next: PovertyValue = {
    status: input.status,
    standard: input.standard ?? defaultStandard(input.year),
    deprivations,
    incomePerCapita: input.incomePerCapita ?? null,
  };
  const before = existing ? povertyValue(existing) : null;
  if (before && JSON.stringify(before) === JSON.stringify(next)) return false;
  const cols = {
    status: next.status as never,
    standard: next.standard,
    deprivations: JSON.stringify(deprivations),
    deprivation_count: deprivations.length,
    income_per_capita: next.incomePerCapita,
    updated_at: new Date(),
  };
  if (existing) await updatePovertyYear(trx, householdId, input.year, cols);
  else await insertPovertyYear(trx, householdId, input.year, cols);
  await recordChanges(trx, ctx, 'poverty', householdId, { [input.year]: before }, { [input.year]: next });
  return true;
}

/** PUT of one poverty year by an officer; audited. */
export async function putPovertyYear(w: RegisterWriter, householdId: number, input: PovertyInput, effectiveDate: string): Promise<void> {
  const h = await writableHousehold(w, householdId);
  notFuture(effectiveDate, 'effectiveDate');
  await w.db.transaction().execute(async (trx) => {
    const changed = await setPoverty(trx, { actor: w.actor, effectiveDate }, householdId, input);
    if (changed) await writeAudit(trx, w.actor, { action: 'poverty', entity: 'household', entityId: householdId, unitId: h.commune_id, after: input });
  });
}
