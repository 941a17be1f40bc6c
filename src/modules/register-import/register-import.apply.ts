/**
 * Writes a checked batch. New households, their persons, memberships and poverty year go in by
 * COPY with every denormalised column filled. Persons and households carry the import's id, which
 * stands for their creation in the history: one `_created` mark per household (with its members)
 * rather than one per person and per membership, which would double the rows a large file writes.
 * Households held are changed in place through the register's own store functions, so each
 * changed field gets its record_change row and each record an audit entry.
 */
import { CopySink, copyLine as line } from '../../db/copy-text.js';
import { AppError } from '../../server/errors.js';
import type { RowError } from '../spreadsheets/sheet.parse.js';
import { searchKey, sortKey } from '../../shared/text.js';
import { writeAudit, type Actor } from '../audit/audit.service.js';
import { setPoverty } from '../register/poverty.service.js';
import { householdSnapshot } from '../register/households.columns.js';
import { personSearchText, personSnapshot } from '../register/persons.columns.js';
import { addMember, changeRelationship, insertPerson, updateHousehold, updatePerson } from '../register/register.service.js';
import { type BulkSession, copyImportRows, IMPORT_COPY_ORDER as ORDER, type ImportCopyTable, takeIds } from '../register/bulk.service.js';
import { memberById, personById } from '../register/import-lookup.service.js';
import type { ImportColumn } from './register-import.columns.js';
import type { Labels } from './register-import.parse.js';
import { personChanges, type HouseholdPlan, type PersonPlan } from './register-import.plan.js';

export interface ApplyContext {
  s: BulkSession;
  actor: Actor;
  importId: number;
}

/** Inserts the new households of a batch with COPY. */
export async function insertNew(c: ApplyContext, plans: HouseholdPlan[]): Promise<void> {
  if (!plans.length) return;
  const personCount = plans.reduce((a, p) => a + p.persons.length, 0);
  const personIds = await takeIds(c.s.db, 'person', personCount);
  const householdIds = await takeIds(c.s.db, 'household', plans.length);
  const memberIds = await takeIds(c.s.db, 'household_member', personCount);
  const out = Object.fromEntries(ORDER.map((k) => [k, new CopySink()])) as Record<ImportCopyTable, CopySink>;
  const by = c.actor.userId;
  let pi = 0;
  plans.forEach((h, hi) => {
    const hid = householdIds[hi];
    const headAt = h.persons.findIndex((p) => p.relationship === 'head');
    const ids: number[] = [];
    for (const p of h.persons) {
      const id = personIds[pi];
      const mid = memberIds[pi++];
      ids.push(id);
      const v = p.values;
      out.person.write(
        line([
          id,
          v.fullName,
          v.sex,
          v.birthDate,
          v.birthYear,
          v.ethnicCode,
          v.religion,
          v.cccd,
          v.maritalStatus,
          v.educationLevel,
          v.literate,
          v.speaksVietnamese,
          v.schoolEnrolment,
          v.occupation,
          v.healthInsurance,
          v.disability,
          h.commune.id,
          personSearchText(v.fullName, v.cccd),
          sortKey(v.fullName),
          c.importId,
        ]),
      );
      const born = v.birthDate ?? `${v.birthYear}-01-01`;
      const from = born > h.date ? born : h.date;
      out.household_member.write(line([mid, hid, id, p.relationship, from]));
    }
    const head = h.persons[headAt].values;
    const col = h.columns;
    out.household.write(
      line([
        hid,
        h.code,
        h.commune.id,
        col.village_id ?? null,
        ids[headAt],
        head.ethnicCode,
        col.address ?? '',
        col.phone ?? null,
        col.housing ?? null,
        col.residential_land_m2 ?? null,
        col.production_land_m2 ?? null,
        col.water_source ?? null,
        col.electricity ?? null,
        col.toilet_type ?? null,
        col.main_livelihood ?? null,
        col.income_band ?? null,
        col.internet_access ?? null,
        col.smartphones ?? null,
        col.computers ?? null,
        h.date,
        searchKey(`${h.code} ${head.fullName}`),
        c.importId,
      ]),
    );
    out.record_change.write(
      line([
        'household',
        hid,
        '_created',
        JSON.stringify({ code: h.code, communeId: h.commune.id, headPersonId: ids[headAt], ...col, memberIds: ids, importId: c.importId }),
        h.date,
        by,
      ]),
    );
    if (h.poverty) {
      const d = h.poverty.deprivations;
      out.household_poverty.write(line([hid, h.poverty.year, h.poverty.status, null, JSON.stringify(d), d.length, h.poverty.standard]));
      out.record_change.write(
        line([
          'poverty',
          hid,
          String(h.poverty.year),
          JSON.stringify({ status: h.poverty.status, standard: h.poverty.standard, deprivations: d, incomePerCapita: null }),
          h.date,
          by,
        ]),
      );
    }
  });
  for (const table of ORDER) if (out[table].length) await copyImportRows(c.s, table, out[table].bytes());
}

/**
 * Changes one household held (and its persons) in place. A refusal of the register (e.g. a change
 * dated before one already recorded) comes back as a row error; the caller undoes the household.
 */
export async function updateHeld(c: ApplyContext, h: HouseholdPlan, labels: Labels): Promise<RowError | null> {
  const db = c.s.db;
  const ctx = { actor: c.actor, effectiveDate: h.date };
  const row = (p: PersonPlan | null, column: ImportColumn, e: AppError): RowError => ({
    row: p?.row ?? h.firstRow,
    column: labels[column],
    value: '',
    code: e.code,
    params: e.params,
  });
  let current = h.held!;
  try {
    if (Object.keys(h.columns).length) {
      const before = householdSnapshot(current);
      current = await updateHousehold(db, ctx, current, h.columns);
      await writeAudit(db, c.actor, {
        action: 'update',
        entity: 'household',
        entityId: current.id,
        unitId: current.commune_id,
        before,
        after: { ...householdSnapshot(current), importId: c.importId },
      });
    }
    if (h.poverty && h.povertyChanged) {
      await setPoverty(db, ctx, current.id, h.poverty as Parameters<typeof setPoverty>[3]);
      await writeAudit(db, c.actor, {
        action: 'poverty',
        entity: 'household',
        entityId: current.id,
        unitId: current.commune_id,
        after: { ...h.poverty, importId: c.importId },
      });
    }
  } catch (e) {
    if (e instanceof AppError) return row(null, 'householdCode', e);
    throw e;
  }
  for (const p of h.persons) {
    try {
      if (p.action === 'create') {
        const v = p.values;
        const person = await insertPerson(db, ctx, <Parameters<typeof insertPerson>[2]>{
          full_name: v.fullName,
          sex: v.sex,
          birth_date: v.birthDate,
          birth_year: v.birthYear,
          ethnic_code: v.ethnicCode,
          religion: v.religion,
          cccd: v.cccd,
          marital_status: v.maritalStatus,
          education_level: v.educationLevel,
          literate: v.literate,
          speaks_vietnamese: v.speaksVietnamese,
          school_enrolment: v.schoolEnrolment,
          occupation: v.occupation,
          health_insurance: v.healthInsurance,
          disability: v.disability,
          death_date: null,
          commune_id: current.commune_id,
          search_text: personSearchText(v.fullName, v.cccd),
          sort_key: sortKey(v.fullName),
          import_id: c.importId,
        });
        const born = v.birthDate ?? `${v.birthYear}-01-01`;
        await addMember(db, ctx, { householdId: current.id, personId: person.id, relationship: p.relationship, from: born > h.date ? born : h.date });
        if (p.relationship === 'head')
          await updateHousehold(db, ctx, current, {
            head_person_id: person.id,
            head_ethnic_code: person.ethnic_code,
            search_text: searchKey(`${current.code} ${person.full_name}`),
          });
        await writeAudit(db, c.actor, {
          action: 'create',
          entity: 'person',
          entityId: person.id,
          unitId: current.commune_id,
          after: { ...personSnapshot(person), householdId: current.id, importId: c.importId },
        });
      } else if (p.action === 'update') {
        const held = p.held!;
        const changes = personChanges(p.values, held.person);
        if (Object.keys(changes).length) {
          if ('full_name' in changes || 'cccd' in changes) {
            const name = String(changes.full_name ?? held.person.full_name);
            const cccd = (changes.cccd ?? held.person.cccd) as string | null;
            Object.assign(changes, { search_text: personSearchText(name, cccd), sort_key: sortKey(name) });
          }
          const fresh = await personById(db, held.person.id);
          const after = await updatePerson(db, ctx, fresh, changes);
          await writeAudit(db, c.actor, {
            action: 'update',
            entity: 'person',
            entityId: after.id,
            unitId: after.commune_id,
            before: personSnapshot(fresh),
            after: { ...personSnapshot(after), importId: c.importId },
          });
        }
        if (held.relationship !== p.relationship) {
          const m = await memberById(db, held.memberId);
          const prev = new Date(`${h.date}T00:00:00Z`);
          prev.setUTCDate(prev.getUTCDate() - 1);
          await changeRelationship(db, ctx, m, p.relationship, h.date, prev.toISOString().slice(0, 10));
        }
      }
    } catch (e) {
      if (e instanceof AppError) return row(p, 'fullName', e);
      throw e;
    }
  }
  return null;
}
