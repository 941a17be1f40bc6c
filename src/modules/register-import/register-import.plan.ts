/**
 * Checks a batch of households read from the file against each other, the register rules and
 * the records held, and decides what happens to each: created, updated in place or unchanged.
 * One query per batch finds the households held (by commune and code), one the persons held by
 * CCCD and one the current members of the households found. Every look-up stays inside the
 * caller's area: a CCCD held only elsewhere reads as a number not held (it is then created, and
 * the duplicate review queue pairs it with the other record for someone who reaches both).
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Household, Person, Relationship } from '../../db/schema.register.js';
import { todayVN } from '../../shared/paging.js';
import { searchKey } from '../../shared/text.js';
import type { RowError, SheetRow } from '../spreadsheets/sheet.parse.js';
import { formatDateVi } from '../admin-units/admin-units.lookup.js';
import { defaultStandard, povertyValue, type PovertyValue } from '../register/poverty.service.js';
import type { ImportColumn } from './register-import.columns.js';
import { parseRow, type HouseholdValues, type Labels, type ParsedRow, type PersonValues } from './register-import.parse.js';
import { currentMembers, householdsByCode, personsByCccd, povertyOf } from '../register/import-lookup.service.js';
import { isFail, type Commune, type Refs } from './register-import.refs.js';

export type Action = 'create' | 'update' | 'unchanged';

/** A household's rows as read: contiguous rows with the same commune and household code. */
export interface Group {
  key: string;
  code: string;
  rows: SheetRow<ImportColumn>[];
}

export interface MemberHeld {
  person: Person;
  memberId: number;
  relationship: Relationship;
  validFrom: string;
}

export interface PersonPlan {
  row: number;
  values: PersonValues;
  relationship: Relationship;
  action: Action;
  held?: MemberHeld;
}

export interface HouseholdPlan {
  code: string;
  commune: Commune;
  firstRow: number;
  date: string;
  action: Action;
  held?: Household;
  /** Column values given in the file (all of them for a new household, the changed ones for one held). */
  columns: Record<string, unknown>;
  villageId: number | null | undefined;
  persons: PersonPlan[];
  poverty: (PovertyValue & { year: number }) | null;
  povertyChanged: boolean;
}

const HOUSEHOLD_FIELDS: [keyof HouseholdValues, string][] = [
  ['address', 'address'],
  ['phone', 'phone'],
  ['housing', 'housing'],
  ['waterSource', 'water_source'],
  ['electricity', 'electricity'],
  ['toiletType', 'toilet_type'],
  ['mainLivelihood', 'main_livelihood'],
  ['incomeBand', 'income_band'],
  ['internetAccess', 'internet_access'],
  ['smartphones', 'smartphones'],
  ['computers', 'computers'],
  ['residentialLandM2', 'residential_land_m2'],
  ['productionLandM2', 'production_land_m2'],
];

const PERSON_FIELDS: [keyof PersonValues, keyof Person][] = [
  ['fullName', 'full_name'],
  ['sex', 'sex'],
  ['birthDate', 'birth_date'],
  ['birthYear', 'birth_year'],
  ['ethnicCode', 'ethnic_code'],
  ['religion', 'religion'],
  ['cccd', 'cccd'],
  ['maritalStatus', 'marital_status'],
  ['educationLevel', 'education_level'],
  ['literate', 'literate'],
  ['speaksVietnamese', 'speaks_vietnamese'],
  ['schoolEnrolment', 'school_enrolment'],
  ['occupation', 'occupation'],
  ['healthInsurance', 'health_insurance'],
  ['disability', 'disability'],
];

/** Person columns that differ between the file and the record held. */
export function personChanges(values: PersonValues, held: Person): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [api, column] of PERSON_FIELDS) {
    const now = held[column];
    const next = values[api];
    // Blank cells of optional fields leave what is held alone.
    if ((next === null || next === undefined) && api !== 'birthDate') continue;
    if (api === 'birthDate' && next === null && values.birthYear === held.birth_year) continue;
    if (String(now ?? '') !== String(next ?? '')) out[column] = next;
  }
  return out;
}

const YOUNGER = new Set(['child', 'grandchild']);
const OLDER = new Set(['father', 'mother', 'grandparent']);
const before = (a: PersonValues, b: PersonValues) => (a.birthDate && b.birthDate ? a.birthDate < b.birthDate : a.birthYear < b.birthYear);
const nameKey = (p: { fullName?: string; full_name?: string; birthYear?: number; birth_year?: number }) =>
  `${searchKey(p.fullName ?? p.full_name ?? '')}|${p.birthYear ?? p.birth_year}`;

/** What the import holds across batches: CCCDs met so far (a repeat is an error). */
export interface FileState {
  cccdRows: Map<string, number>;
}

export interface BatchPlan {
  plans: HouseholdPlan[];
  /** Row numbers of households left out because of errors, by household (for the "skipped" note). */
  badGroups: { code: string; firstRow: number; rows: number[] }[];
}

/** Plans one batch; errors are pushed to `errors`. */
export async function planBatch(
  db: Kysely<DB>,
  refs: Refs,
  labels: Labels,
  groups: Group[],
  state: FileState,
  errors: RowError[],
  fresh = false,
): Promise<BatchPlan> {
  const badGroups: BatchPlan['badGroups'] = [];
  const candidates: { g: Group; parsed: ParsedRow[]; commune: Commune; date: string; first: SheetRow<ImportColumn> }[] = [];
  const err = (r: SheetRow<ImportColumn>, col: ImportColumn, code: string, params: Record<string, unknown> = {}) =>
    errors.push({ row: r.row, column: labels[col], value: r.values[col] ?? '', code, params: { column: labels[col], ...params } });

  // 1. Each row and each household on its own.
  for (const g of groups) {
    const start = errors.length;
    const parsed = g.rows.map((r) => parseRow(r, labels, refs, errors));
    const ok = parsed.filter((p): p is ParsedRow => p !== null);
    const first = g.rows[0];
    const headRow = ok.find((p) => p.relationship === 'head' && p.hasHouseholdCells) ?? ok.find((p) => p.hasHouseholdCells);
    const date = headRow?.effectiveDate ?? ok.find((p) => p.effectiveDate)?.effectiveDate ?? todayVN();
    const c = first.values.communeCode ? refs.commune(first.values.communeCode, date) : null;
    if (c && isFail(c)) err(first, 'communeCode', c.code, c.params);
    if (errors.length > start || parsed.some((p) => p === null) || !c || isFail(c)) {
      badGroups.push({ code: g.code, firstRow: first.row, rows: g.rows.map((r) => r.row) });
      continue;
    }
    candidates.push({ g, parsed: ok, commune: c, date, first });
  }

  // 2. Against the records held.
  await refs.loadVillages(
    db,
    candidates.map((c) => c.commune.id),
  );
  const codes = [...new Set(candidates.map((c) => c.g.code))];
  const heldHouseholds = codes.length && !fresh ? await householdsByCode(db, codes, [...new Set(candidates.map((c) => c.commune.id))]) : [];
  const householdByKey = new Map(heldHouseholds.map((h) => [`${h.commune_id}|${h.code}`, h]));
  const cccds = [...new Set(candidates.flatMap((c) => c.parsed.map((p) => p.person.cccd).filter((x): x is string => !!x)))];
  const byCccd = new Map<string, { person: Person; householdId: number | null; householdCode: string | null }[]>();
  const reach = refs.reachIds();
  for (let i = 0; !fresh && i < cccds.length; i += 5000) {
    for (const f of await personsByCccd(db, cccds.slice(i, i + 5000), reach)) byCccd.set(f.person.cccd!, [...(byCccd.get(f.person.cccd!) ?? []), f]);
  }
  const heldIds = heldHouseholds.map((h) => h.id);
  const members = new Map<number, MemberHeld[]>();
  const povertyHeld = new Map<string, PovertyValue>();
  if (heldIds.length) {
    for (const r of await currentMembers(db, heldIds)) {
      const list = members.get(r.householdId) ?? [];
      list.push({ person: r.person, memberId: r.memberId, relationship: r.relationship, validFrom: r.validFrom });
      members.set(r.householdId, list);
    }
    for (const p of await povertyOf(db, heldIds)) povertyHeld.set(`${p.household_id}|${p.year}`, povertyValue(p));
  }

  // 3. Each household against what is held.
  const plans: HouseholdPlan[] = [];
  for (const { g, parsed, commune, date, first } of candidates) {
    const start = errors.length;
    const rowOf = (n: number) => g.rows.find((r) => r.row === n)!;
    const held = householdByKey.get(`${commune.id}|${g.code}`);
    if (held?.deleted_at) err(first, 'householdCode', 'household_deleted');
    else if (held?.valid_to) err(first, 'householdCode', 'household_ended', { date: formatDateVi(held.valid_to) });
    else if (held && date < held.valid_from) err(first, 'effectiveDate', 'effective_before_start', { date: formatDateVi(held.valid_from) });
    const heads = parsed.filter((p) => p.relationship === 'head');
    if (heads.length > 1 || (!held && heads.length !== 1)) err(first, 'relationship', 'one_head_required', { count: heads.length });
    const source = heads.find((p) => p.hasHouseholdCells) ?? parsed.find((p) => p.hasHouseholdCells);
    const hv = source?.household ?? {};
    let villageId: number | null | undefined;
    if (hv.villageCell) {
      const v = refs.village(hv.villageCell, commune, date);
      if (isFail(v)) err(rowOf(source!.row), 'village', v.code, v.params);
      else villageId = v.id;
    }
    const head = heads[0];
    if (head) {
      for (const p of parsed) {
        if (YOUNGER.has(p.relationship) && before(p.person, head.person)) err(rowOf(p.row), 'relationship', 'child_older_than_parent');
        if (OLDER.has(p.relationship) && before(head.person, p.person)) err(rowOf(p.row), 'relationship', 'parent_younger_than_child');
      }
    }
    // Persons: by CCCD, else by name and birth year among the current members.
    const current = held ? (members.get(held.id) ?? []) : [];
    const taken = new Set<number>();
    const persons: PersonPlan[] = [];
    for (const p of parsed) {
      const r = rowOf(p.row);
      const cccd = p.person.cccd;
      if (cccd) {
        const other = state.cccdRows.get(cccd);
        if (other !== undefined && other !== p.row) {
          err(r, 'cccd', 'import_cccd_repeated', { value: cccd, other });
          continue;
        }
        state.cccdRows.set(cccd, p.row);
      }
      let match: MemberHeld | undefined;
      const sameCccd = cccd ? byCccd.get(cccd) : undefined;
      if (sameCccd) {
        // Within an area a number is held once, but a province may hold it in two communes (pending review).
        const found = sameCccd.find((f) => current.some((m) => m.person.id === f.person.id)) ?? sameCccd[0];
        match = current.find((m) => m.person.id === found.person.id);
        if (!match) {
          if (found.householdId) err(r, 'cccd', 'person_in_other_household', { name: found.person.full_name, code: found.householdCode });
          else err(r, 'cccd', 'cccd_taken', { value: cccd });
          continue;
        }
      } else {
        match = current.find((m) => !taken.has(m.person.id) && nameKey(m.person) === nameKey(p.person) && (!m.person.cccd || !cccd));
      }
      if (match) {
        if (taken.has(match.person.id)) {
          err(r, 'fullName', 'import_person_repeated', { other: persons.find((x) => x.held === match)?.row });
          continue;
        }
        taken.add(match.person.id);
        if ((p.relationship === 'head') !== (match.relationship === 'head')) {
          const heldHead = current.find((m) => m.relationship === 'head');
          if (heldHead || p.relationship !== 'head') {
            err(r, 'relationship', 'import_head_differs', { name: heldHead?.person.full_name ?? '' });
            continue;
          }
        }
        const changed = Object.keys(personChanges(p.person, match.person)).length > 0 || match.relationship !== p.relationship;
        persons.push({ row: p.row, values: p.person, relationship: p.relationship, action: changed ? 'update' : 'unchanged', held: match });
      } else {
        if (held && p.relationship === 'head' && current.some((m) => m.relationship === 'head')) {
          err(r, 'relationship', 'import_head_differs', { name: current.find((m) => m.relationship === 'head')!.person.full_name });
          continue;
        }
        persons.push({ row: p.row, values: p.person, relationship: p.relationship, action: 'create' });
      }
    }
    if (errors.length > start) {
      for (const p of persons) if (p.values.cccd && state.cccdRows.get(p.values.cccd) === p.row) state.cccdRows.delete(p.values.cccd);
      badGroups.push({ code: g.code, firstRow: first.row, rows: g.rows.map((r) => r.row) });
      continue;
    }

    // What changes.
    const columns: Record<string, unknown> = {};
    for (const [api, column] of HOUSEHOLD_FIELDS) {
      if (hv[api] === undefined) continue;
      if (!held || String((held as unknown as Record<string, unknown>)[column] ?? '') !== String(hv[api] ?? '')) columns[column] = hv[api];
    }
    if (villageId !== undefined && (!held || held.village_id !== villageId)) columns.village_id = villageId;
    const pv = source?.poverty ?? parsed.find((p) => p.poverty)?.poverty ?? null;
    const heldPoverty = held && pv ? povertyHeld.get(`${held.id}|${pv.year}`) : undefined;
    const poverty = pv
      ? {
          year: pv.year,
          status: pv.status,
          standard: heldPoverty?.standard ?? defaultStandard(pv.year),
          deprivations: pv.deprivations,
          incomePerCapita: heldPoverty?.incomePerCapita ?? null,
        }
      : null;
    const povertyChanged =
      !!poverty && (!heldPoverty || heldPoverty.status !== poverty.status || JSON.stringify(heldPoverty.deprivations) !== JSON.stringify(poverty.deprivations));
    const action: Action = !held
      ? 'create'
      : Object.keys(columns).length || povertyChanged || persons.some((p) => p.action !== 'unchanged')
        ? 'update'
        : 'unchanged';
    plans.push({ code: g.code, commune, firstRow: first.row, date, action, held, columns, villageId, persons, poverty, povertyChanged });
  }
  return { plans, badGroups };
}
