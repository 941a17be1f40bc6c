import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { useTestApp } from '../../test/harness.js';
import { searchKey, sortKey } from '../../shared/text.js';
import { registerGenerate } from './register-demo.command.js';
import { RECORD_DATE } from './register-demo.generator.js';
import { clearDemoRegister } from '../register/bulk.service.js';
import { DEMO_PERSONS, DEMO_SEED, generateAndLoad } from './register-demo.seed.js';
import { orderPersonsByName } from '../register/persons.service.js';

const s = useTestApp();

/** Persons stored after one whose sort key comes later (0: the table is in name order). */
const outOfNameOrder = async () =>
  (
    await one(
      sql<{
        n: number;
      }>`SELECT count(*)::int AS n FROM (SELECT sort_key, lag(sort_key) OVER (ORDER BY ctid) AS prev FROM person) x WHERE prev COLLATE "C" > sort_key COLLATE "C"`,
    )
  ).n;
async function one<T>(query: ReturnType<typeof sql<T>>): Promise<T> {
  return (await query.execute(s.t.database.db)).rows[0];
}

async function counts() {
  return one(sql<{ persons: number; households: number; members: number; poverty: number }>`
    SELECT (SELECT count(*) FROM person)::int AS persons, (SELECT count(*) FROM household)::int AS households,
           (SELECT count(*) FROM household_member)::int AS members, (SELECT count(*) FROM household_poverty)::int AS poverty`);
}

describe('demo register loaded at start', () => {
  it('holds about 30,000 synthetic persons in about 8,000 households, each with four poverty years', async () => {
    const c = await counts();
    expect(c.persons).toBeGreaterThan(DEMO_PERSONS * 0.99);
    expect(c.persons).toBeLessThan(DEMO_PERSONS * 1.01);
    expect(c.households).toBeGreaterThan(7_000);
    expect(c.households).toBeLessThan(9_000);
    expect(c.members).toBe(c.persons);
    expect(c.poverty).toBe(c.households * 4);
    const notDemo = await one(sql<{ n: number }>`
      SELECT ((SELECT count(*) FROM person WHERE NOT is_demo) + (SELECT count(*) FROM household WHERE NOT is_demo))::int AS n`);
    expect(notDemo.n).toBe(0);
  });

  it('puts every household in a 2025 commune from old Hòa Bình valid on its record date, in a village of that commune', async () => {
    const bad = await one(sql<{ n: number; communes: number }>`
      SELECT count(*) FILTER (WHERE c.id IS NULL OR v.id IS NULL
          OR c.valid_from > ${RECORD_DATE} OR (c.valid_to IS NOT NULL AND c.valid_to < ${RECORD_DATE})
          OR v.commune_id <> h.commune_id OR (v.valid_from IS NOT NULL AND v.valid_from > ${RECORD_DATE})
          OR (v.valid_to IS NOT NULL AND v.valid_to < ${RECORD_DATE}))::int AS n,
        count(DISTINCT h.commune_id)::int AS communes
      FROM household h LEFT JOIN admin_unit c ON c.id = h.commune_id AND c.level = 'commune' LEFT JOIN village v ON v.id = h.village_id`);
    expect(bad).toEqual({ n: 0, communes: 46 });
    // Households were founded before the reform (all of them by 2021, so they hold their 2022–2024 poverty years).
    const dates = await one(sql<{ min: string; max: string }>`SELECT min(valid_from)::text AS min, max(valid_from)::text AS max FROM household`);
    expect(dates.min >= '1990-01-01').toBe(true);
    expect(dates.max < '2022-01-01').toBe(true);
    // Every household comes from old Hòa Bình (17) through the crosswalk.
    const outside = await one(sql<{ n: number }>`
      SELECT count(*)::int AS n FROM household h WHERE NOT EXISTS (
        SELECT 1 FROM admin_unit_succession s JOIN admin_unit o ON o.id = s.old_unit_id JOIN admin_unit d ON d.id = o.parent_id
        JOIN admin_unit p ON p.id = d.parent_id WHERE s.new_unit_id = h.commune_id AND p.code = '17')`);
    expect(outside.n).toBe(0);
  });

  it('keeps the denormalised columns in step: head, head ethnic group, person commune, search and sort keys', async () => {
    const heads = await one(sql<{ bad: number }>`
      SELECT count(*)::int AS bad FROM household h
      LEFT JOIN household_member m ON m.household_id = h.id AND m.person_id = h.head_person_id AND m.relationship = 'head'
      LEFT JOIN person p ON p.id = h.head_person_id
      WHERE m.id IS NULL OR p.ethnic_code IS DISTINCT FROM h.head_ethnic_code`);
    expect(heads.bad).toBe(0);
    const communes = await one(sql<{ bad: number }>`
      SELECT count(*)::int AS bad FROM household_member m JOIN household h ON h.id = m.household_id JOIN person p ON p.id = m.person_id
      WHERE p.commune_id <> h.commune_id OR m.valid_to IS NOT NULL OR m.valid_from < h.valid_from`);
    expect(communes.bad).toBe(0);
    const people = [
      ...(await s.t.database.db.selectFrom('person').select(['full_name', 'cccd', 'search_text', 'sort_key']).orderBy('id').limit(300).execute()),
      // x sorts last of the alphabet and is written as a backslash in the key: COPY must escape it.
      ...(await s.t.database.db
        .selectFrom('person')
        .select(['full_name', 'cccd', 'search_text', 'sort_key'])
        .where('full_name', 'like', 'X%')
        .limit(50)
        .execute()),
    ];
    expect(people.length).toBeGreaterThan(320);
    for (const p of people) {
      expect(p.search_text).toBe(searchKey(`${p.full_name} ${p.cccd ?? ''}`));
      expect(p.sort_key).toBe(sortKey(p.full_name));
    }
    const households = await s.t.database.db
      .selectFrom('household as h')
      .innerJoin('person as p', 'p.id', 'h.head_person_id')
      .select(['h.code', 'h.search_text', 'p.full_name'])
      .limit(100)
      .execute();
    for (const h of households) expect(h.search_text).toBe(searchKey(`${h.code} ${h.full_name}`));
  });

  it('keeps ages consistent in the database: children younger than the head, parents of the head older', async () => {
    const r = await one(sql<{ bad: number; children: number }>`
      SELECT count(*) FILTER (WHERE
          (m.relationship = 'child' AND p.birth_year - hp.birth_year NOT BETWEEN 16 AND 45)
          OR (m.relationship = 'grandchild' AND p.birth_year - hp.birth_year < 32)
          OR (m.relationship IN ('father', 'mother') AND hp.birth_year - p.birth_year NOT BETWEEN 16 AND 45))::int AS bad,
        count(*) FILTER (WHERE m.relationship = 'child')::int AS children
      FROM household_member m JOIN household h ON h.id = m.household_id
      JOIN person p ON p.id = m.person_id JOIN person hp ON hp.id = h.head_person_id`);
    expect(r.bad).toBe(0);
    expect(r.children).toBeGreaterThan(8_000);
  });

  it('stores unique CCCD numbers for adults only', async () => {
    const r = await one(sql<{ dup: number; minors: number; adults: number; with_id: number }>`
      SELECT (SELECT count(*) FROM (SELECT cccd FROM person WHERE cccd IS NOT NULL GROUP BY cccd HAVING count(*) > 1) d)::int AS dup,
        count(*) FILTER (WHERE cccd IS NOT NULL AND birth_year > 2011)::int AS minors,
        count(*) FILTER (WHERE birth_year <= 2011)::int AS adults,
        count(*) FILTER (WHERE cccd LIKE '017%' AND birth_year <= 2011)::int AS with_id
      FROM person`);
    expect(r.dup).toBe(0);
    expect(r.minors).toBe(0);
    expect(r.with_id / r.adults).toBeGreaterThan(0.95);
  });

  it('carries every household from its old commune and village into the new ones on 1/7/2025, its members from the founding or their birth', async () => {
    const r = await one(sql<{ households: number; moved: number; bad_commune: number; bad_village: number; bad_member: number }>`
      SELECT (SELECT count(*) FROM household)::int AS households,
        (SELECT count(*) FROM record_change r WHERE r.entity = 'household' AND r.field = 'communeId')::int AS moved,
        (SELECT count(*) FROM household h JOIN record_change r ON r.entity = 'household' AND r.entity_id = h.id AND r.field = 'communeId'
          LEFT JOIN admin_unit o ON o.id = (r.old_value #>> '{}')::int
          LEFT JOIN admin_unit_succession s ON s.old_unit_id = o.id AND s.new_unit_id = h.commune_id
          WHERE r.effective_date <> ${RECORD_DATE} OR (r.new_value #>> '{}')::int <> h.commune_id OR o.level <> 'commune'
            OR o.valid_to <> '2025-06-30' OR s.old_unit_id IS NULL)::int AS bad_commune,
        (SELECT count(*) FROM household h JOIN record_change r ON r.entity = 'household' AND r.entity_id = h.id AND r.field = 'villageId'
          JOIN record_change rc ON rc.entity = 'household' AND rc.entity_id = h.id AND rc.field = 'communeId'
          LEFT JOIN village ov ON ov.id = (r.old_value #>> '{}')::int
          WHERE ov.commune_id IS DISTINCT FROM (rc.old_value #>> '{}')::int OR ov.valid_to <> '2025-06-30')::int AS bad_village,
        (SELECT count(*) FROM household_member m JOIN household h ON h.id = m.household_id JOIN person p ON p.id = m.person_id
          WHERE m.valid_from < h.valid_from OR (p.birth_date IS NOT NULL AND m.valid_from < p.birth_date)
            OR (m.valid_from > h.valid_from AND m.valid_from <> p.birth_date))::int AS bad_member`);
    expect(r.moved).toBe(r.households);
    expect([r.bad_commune, r.bad_village, r.bad_member]).toEqual([0, 0, 0]);
  });

  it('gives the Tân Lạc commune officer a register of their own commune', async () => {
    const r = await one(sql<{ households: number; poor: number }>`
      SELECT count(DISTINCT h.id)::int AS households, count(*) FILTER (WHERE y.status = 'poor' AND y.year = 2022)::int AS poor
      FROM household h JOIN admin_unit c ON c.id = h.commune_id JOIN household_poverty y ON y.household_id = h.id
      WHERE c.code = '05128' AND c.valid_from = '2025-07-01'`);
    expect(r.households).toBeGreaterThan(100);
    expect(r.poor).toBeGreaterThan(0);
  });

  it('moves the id sequences past the loaded rows and records the load in the audit log', async () => {
    const max = await one(sql<{ id: number }>`SELECT max(id)::int AS id FROM person`);
    const inserted = await s.t.database.db
      .insertInto('person')
      .values({
        full_name: 'Bùi Văn Thử',
        sex: 'male',
        birth_year: 1980,
        ethnic_code: '06',
        commune_id: (await s.t.database.db.selectFrom('household').select('commune_id').executeTakeFirstOrThrow()).commune_id,
        search_text: 'bui van thu',
        sort_key: sortKey('Bùi Văn Thử'),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    expect(inserted.id).toBe(max.id + 1);
    await s.t.database.db.deleteFrom('person').where('id', '=', inserted.id).execute();
    const audit = await s.t.database.db.selectFrom('audit_log').select(['action', 'after']).where('action', '=', 'load_demo').execute();
    expect(audit).toHaveLength(1);
    expect(audit[0].after).toMatchObject({ persons: expect.any(Number), households: expect.any(Number) });
  });

  it('is loaded once: seeding again changes nothing', async () => {
    const before = await counts();
    const { seedDemoRegister } = await import('./register-demo.seed.js');
    await seedDemoRegister(s.t.database.db);
    expect(await counts()).toEqual(before);
  });
});

describe('bulk loader', () => {
  it('loads all or nothing: a load that collides with existing rows leaves the register as it was', async () => {
    const before = await counts();
    const indexes = await one(
      sql<{
        n: number;
      }>`SELECT count(*)::int AS n FROM pg_indexes WHERE schemaname = current_schema() AND tablename IN ('person', 'household', 'household_member', 'household_poverty')`,
    );
    // The same seed again gives the same household codes, which must be unique in their commune.
    await expect(generateAndLoad(s.t.database.db, 2_000, DEMO_SEED)).rejects.toThrow(/duplicate key|unique/i);
    expect(await counts()).toEqual(before);
    const after = await one(
      sql<{
        n: number;
      }>`SELECT count(*)::int AS n FROM pg_indexes WHERE schemaname = current_schema() AND tablename IN ('person', 'household', 'household_member', 'household_poverty')`,
    );
    expect(after.n).toBe(indexes.n);
  });

  it('replaces the synthetic register through the command, with progress, rebuilding indexes and foreign keys', async () => {
    const constraints = await one(sql<{ fk: number; ix: number }>`
      SELECT (SELECT count(*) FROM pg_constraint WHERE contype = 'f' AND conrelid IN ('person'::regclass, 'household'::regclass, 'household_member'::regclass, 'household_poverty'::regclass))::int AS fk,
        (SELECT count(*) FROM pg_indexes WHERE schemaname = current_schema() AND tablename IN ('person', 'household', 'household_member', 'household_poverty'))::int AS ix`);
    const lines: string[] = [];
    await registerGenerate(s.t.database.db, { persons: 3_000, seed: 'other', truncate: false, log: (l) => lines.push(l) });
    const c = await counts();
    expect(c.persons).toBeGreaterThan(2_900);
    expect(c.persons).toBeLessThan(3_200);
    expect(c.members).toBe(c.persons);
    expect(lines[0]).toMatch(/emptied|removed/);
    expect(lines.some((l) => /100%/.test(l))).toBe(true);
    expect(lines.at(-1)).toMatch(/done/);
    const again = await one(sql<{ fk: number; ix: number }>`
      SELECT (SELECT count(*) FROM pg_constraint WHERE contype = 'f' AND conrelid IN ('person'::regclass, 'household'::regclass, 'household_member'::regclass, 'household_poverty'::regclass))::int AS fk,
        (SELECT count(*) FROM pg_indexes WHERE schemaname = current_schema() AND tablename IN ('person', 'household', 'household_member', 'household_poverty'))::int AS ix`);
    expect(again).toEqual(constraints);
    expect(constraints.fk).toBeGreaterThanOrEqual(9);
    // Loaded into an empty register, the person table is stored in name order (for name searches).
    expect(await outOfNameOrder()).toBe(0);
    expect((await one(sql<{ c: boolean }>`SELECT indisclustered AS c FROM pg_index WHERE indexrelid = 'person_sort'::regclass`)).c).toBe(true);
    // The CCCD index is rebuilt for look-ups by number (uniqueness is checked within an area: migration 0012).
    expect((await one(sql<{ n: number }>`SELECT count(*)::int AS n FROM pg_indexes WHERE schemaname = current_schema() AND indexname = 'person_cccd'`)).n).toBe(
      1,
    );
    // And the rebuilt foreign keys still refuse a household in a commune that does not exist.
    await expect(
      s.t.database.db.insertInto('household').values({ code: 'X-1', commune_id: -1, valid_from: RECORD_DATE, search_text: 'x' }).execute(),
    ).rejects.toThrow(/foreign key/i);
  });

  it('generates on a worker thread exactly the rows it generates on this thread', async () => {
    const rows = () => s.t.database.db.selectFrom('person').select(['id', 'full_name', 'cccd', 'birth_date', 'sort_key']).orderBy('id').execute();
    const before = await rows();
    await clearDemoRegister(s.t.database.db);
    const loaded = await generateAndLoad(s.t.database.db, 3_000, 'other', { worker: true, chunkPersons: 1_000 });
    expect(loaded!.persons).toBe(before.length);
    const after = await rows();
    // Identity restarts with the emptied tables, so ids match too.
    expect(after).toEqual(before);
    // A worker thread boots its own module loader: slow on a busy machine.
  }, 90_000);

  it('removes only synthetic rows when the register also holds real ones', async () => {
    const communeId = (await s.t.database.db.selectFrom('household').select('commune_id').executeTakeFirstOrThrow()).commune_id;
    const real = await s.t.database.db
      .insertInto('person')
      .values({
        full_name: 'Hà Thị Thật',
        sex: 'female',
        birth_year: 1990,
        ethnic_code: '03',
        commune_id: communeId,
        search_text: 'ha thi that',
        sort_key: sortKey('Hà Thị Thật'),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    expect(await clearDemoRegister(s.t.database.db)).toBe('deleted');
    const c = await counts();
    expect(c).toEqual({ persons: 1, households: 0, members: 0, poverty: 0 });
    expect((await s.t.database.db.selectFrom('person').select('id').executeTakeFirstOrThrow()).id).toBe(real.id);
    // Into tables that are not empty the loader keeps indexes and keys in place and still loads.
    const loaded = await generateAndLoad(s.t.database.db, 1_000, 'third');
    expect(loaded!.persons).toBeGreaterThan(900);
    expect((await counts()).persons).toBe(loaded!.persons + 1);
  });

  it('puts the person table back in name order on request', async () => {
    const communeId = (await s.t.database.db.selectFrom('household').select('commune_id').executeTakeFirstOrThrow()).commune_id;
    // A name that sorts first, written last: out of order until the table is rewritten.
    await s.t.database.db
      .insertInto('person')
      .values({
        full_name: 'A Ánh',
        sex: 'female',
        birth_year: 1990,
        ethnic_code: '03',
        commune_id: communeId,
        search_text: 'a anh',
        sort_key: sortKey('A Ánh'),
      })
      .execute();
    expect(await outOfNameOrder()).toBeGreaterThan(0);
    await orderPersonsByName(s.t.database.db);
    expect(await outOfNameOrder()).toBe(0);
  });

  it('refuses a size out of range without touching the register', async () => {
    const before = await counts();
    await expect(registerGenerate(s.t.database.db, { persons: 0, seed: 1, truncate: false, log: () => undefined })).rejects.toThrow(/--persons/);
    expect(await counts()).toEqual(before);
  });
});
