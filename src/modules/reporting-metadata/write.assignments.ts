import type { DataSetInput } from './reporting-metadata.schema.js';
import { codeInReach, unitIdsOf, type MetaAccess } from './metadata.owner.js';
import { ItemError, type Trx } from './write.helpers.js';

interface Assigned {
  assignLevel: string | null;
  assignWithin: string | null;
  assignUnits: string[];
}

/**
 * The assignments a write leaves on a form. A caller with an area adds and removes units only inside
 * it: units outside it stay as they were whatever the input says, and adding one is refused. The
 * by-level assignment (every unit of a level, within a province) may only be set or changed when
 * both the old and the new one lie inside the caller's area, so no write takes a form away from
 * (or gives it to) another province.
 */
export async function assignmentsFor(trx: Trx, input: DataSetInput, current: Assigned | undefined, a: MetaAccess): Promise<string[]> {
  const wanted = [...new Set(input.assignUnits)].sort();
  if (a.scope.all) return wanted;
  const held = current?.assignUnits ?? [];
  const ids = await unitIdsOf(trx, [...new Set([...wanted, ...held, ...[input.assignWithin, current?.assignWithin].filter((c): c is string => !!c)])]);
  const mine = (code: string) => codeInReach(a, ids.get(code));
  for (const code of wanted) {
    // Unknown codes are reported by the form's own check.
    if (ids.has(code) && !mine(code) && !held.includes(code)) throw new ItemError('assignUnits', 'reporting_unit_out_of_reach', { code });
  }
  const levelInside = (x: { assignLevel: string | null; assignWithin: string | null }) => !x.assignLevel || (!!x.assignWithin && mine(x.assignWithin));
  const levelChanged = !current || current.assignLevel !== input.assignLevel || current.assignWithin !== input.assignWithin;
  if (levelChanged && (!levelInside(input) || (current && !levelInside(current)))) {
    throw new ItemError('assignWithin', 'reporting_assign_outside', { code: input.assignWithin ?? '' });
  }
  return [...new Set([...wanted.filter((c) => !ids.has(c) || mine(c) || held.includes(c)), ...held.filter((c) => !mine(c))])].sort();
}
