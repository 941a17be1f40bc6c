import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { UnitGraph } from '../admin-units/unit-graph.js';
import { personsByEthnicGroup } from '../register/commune-profile.service.js';
import { comboOptionRows, ethnicCodeOfOption, ethnicGroupNames } from '../reporting-metadata/catalogue.service.js';
import { inReach, type Scope } from '../../server/scope.js';
import type { Form, FormPeriod } from './data-entry.types.js';

/**
 * How the entry grid lays out a report's breakdowns: for each option combination of the form, the
 * option that names its row when the breakdown is laid out as rows (the ethnic group's option when
 * there is one, else the first category's) and the names of the other options; and the ethnic groups
 * the form's breakdowns use, in official code order, with the persons of each in the unit's register
 * (its communes and the old communes merged into it, within the caller's area) on the period's last day.
 */
export async function gridLayout(db: Kysely<DB>, graph: UnitGraph, scope: Scope, form: Form, period: FormPeriod, unitId: number) {
  const ids = [...new Set(form.sections.flatMap((s) => s.elements.flatMap((e) => e.optionCombos.map((c) => c.id))))];
  const rows = await comboOptionRows(db, ids);
  const byCombo = new Map<number, typeof rows>();
  for (const r of rows) (byCombo.get(r.id) ?? byCombo.set(r.id, []).get(r.id)!).push(r);
  const linked = new Set(rows.map((r) => ethnicCodeOfOption(r.code)).filter((c): c is string => c !== null));
  // A code only links an option to a group the ethnic list holds.
  const names = await ethnicGroupNames(db, [...linked]);
  const ethnicOf = (code: string) => {
    const e = ethnicCodeOfOption(code);
    return e && names.has(e) ? e : null;
  };
  const combos = [...byCombo.entries()].map(([id, opts]) => {
    const sorted = [...opts].sort((a, b) => a.position - b.position);
    const lead = sorted.find((o) => ethnicOf(o.code)) ?? sorted[0]!;
    const others = sorted.filter((o) => o !== lead);
    return {
      id,
      ethnicCode: ethnicOf(lead.code),
      row: lead.name_vi,
      rowEn: lead.name_en || lead.name_vi,
      rest: others.length ? others.map((o) => o.name_vi).join(', ') : null,
      restEn: others.length ? others.map((o) => o.name_en || o.name_vi).join(', ') : null,
    };
  });
  const used = [...new Set(combos.map((c) => c.ethnicCode).filter((c): c is string => c !== null))].sort();
  let persons = new Map<string, number>();
  if (used.length) {
    const communes = [...graph.reach(unitId)].filter((id) => graph.units.get(id)?.level === 'commune' && inReach(scope, id));
    persons = await personsByEthnicGroup(db, communes, period.end);
  }
  return {
    combos,
    groups: used.map((code) => ({ code, name: names.get(code)!, persons: persons.get(code) ?? 0 })),
  };
}
