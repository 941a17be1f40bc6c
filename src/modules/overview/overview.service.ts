import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Lang } from '../../server/messages.js';
import type { Scope } from '../../server/scope.js';
import type { UnitGraph } from '../admin-units/unit-graph.js';
import { formPeriod } from '../data-entry/data-entry.access.js';
import { completeness } from '../data-entry/data-entry.completeness.js';
import { assignUnits, loadForm } from '../data-entry/data-entry.form.js';
import type { Form } from '../data-entry/data-entry.types.js';
import { listPairs } from '../register/duplicates.service.js';
import { hasDemoHouseholds } from '../register/lookups.service.js';
import { activeDataSetCodes } from '../reporting-metadata/catalogue.service.js';
import { listHouseholds } from '../register/households.service.js';
import { listPersons } from '../register/persons.service.js';
import { periodContaining, periodName, type Period } from '../reporting-periods/periods.js';
import { lastEndedPeriod } from './overview.periods.js';

/** Counts of the register in the caller's communes (null = everywhere), as the lists give them. */
export async function registerOverview(db: Kysely<DB>, communeIds: number[] | null, today: string) {
  const page = { page: 1, pageSize: 1 };
  const [households, persons, duplicates, demo] = await Promise.all([
    listHouseholds(db, { communeIds, date: today, year: Number(today.slice(0, 4)), deleted: false, ...page }),
    listPersons(db, { communeIds, status: 'all', ...page }),
    listPairs(db, { communeIds, status: 'open', ...page }),
    hasDemoHouseholds(db, communeIds),
  ]);
  return { households: households.total, persons: persons.total, openDuplicates: duplicates.total, isDemo: !!demo };
}

const periodOf = (form: Form, p: Period, lang: Lang) => ({ ...formPeriod(form, p.id), name: periodName(p, lang) });

/**
 * For each active report form the caller's area reports on: the last ended period with how many
 * units reported it (and, for a caller with one unit, that unit's status), and the period open now.
 */
export async function reportsOverview(db: Kysely<DB>, graph: UnitGraph, scope: Scope, today: string, lang: Lang) {
  const sets = await activeDataSetCodes(db);
  const out = [];
  for (const { code } of sets) {
    const form = await loadForm(db, code, scope).catch(() => null);
    if (!form) continue;
    const due = lastEndedPeriod(form.periodType, today, form.calendar);
    if (!due) continue;
    const period = periodOf(form, due, lang);
    assignUnits(graph, form, period);
    const c = await completeness(db, scope, form, period, today);
    if (!c.totals.expected) continue;
    const now = periodContaining(form.periodType, today, form.calendar);
    const only = c.items.length === 1 ? c.items[0]! : null;
    out.push({
      dataSet: { code: form.code, name: form.name, nameEn: form.nameEn, periodType: form.periodType },
      due: {
        period,
        totals: c.totals,
        unit: only
          ? {
              code: only.unit.code,
              name: only.unit.name,
              status: only.status,
              timeliness: only.timeliness,
              started: only.started,
              // The province's comment when it returned the report for correction.
              returnComment: only.status === 'returned' ? only.comment : null,
              decidedAt: only.status === 'returned' ? only.decidedAt : null,
            }
          : null,
      },
      current: now ? periodOf(form, now, lang) : null,
    });
  }
  return out;
}

/**
 * Runs the home page's reads once for the whole province, so that the first user after a start does not
 * pay for cold caches (on the embedded engine the first run of each query costs several times the next).
 */
export async function warmOverview(db: Kysely<DB>, graph: UnitGraph, today: string): Promise<void> {
  await registerOverview(db, null, today);
  await reportsOverview(db, graph, { all: true, reach: new Set(), visible: new Set() }, today, 'vi');
}
