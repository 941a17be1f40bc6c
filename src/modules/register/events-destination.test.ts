import { describe, expect, it } from 'vitest';
import { type Client, useTestApp } from '../../test/harness.js';
import { cccdFor, createHousehold, freshCode, type MemberBody } from './households.fixtures.js';

/** Moving out to an existing household in another commune (`toHouseholdId`). */
const s = useTestApp('admin', 'xa.tanlac');

const START = '2025-08-01';
const family = (): MemberBody[] => [
  { fullName: 'Đinh Công Tuấn', sex: 'male', birthDate: '1960-02-03', ethnicCode: '06', cccd: cccdFor('male', 1960), relationship: 'head' },
  { fullName: 'Bùi Thị Lan', sex: 'female', birthYear: 1962, ethnicCode: '06', relationship: 'wife' },
  { fullName: 'Đinh Công Hải', sex: 'male', birthDate: '1985-06-10', ethnicCode: '06', relationship: 'child' },
  { fullName: 'Hà Thị Mai', sex: 'female', birthYear: 1988, ethnicCode: '03', relationship: 'child_in_law' },
];
const receiving = (): MemberBody[] => [{ fullName: 'Quách Văn Đông', sex: 'male', birthYear: 1955, ethnicCode: '06', relationship: 'head' }];
const byName = (h: any, name: string) => h.members.find((m: any) => m.fullName === name);
async function at(id: number, date: string, c: Client = s.as('admin')) {
  const res = await c.get(`/api/households/${id}?date=${date}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}
async function counts() {
  const db = s.t.database.db;
  const n = async (tb: 'life_event' | 'record_change' | 'household_member' | 'household') =>
    Number(
      (
        await db
          .selectFrom(tb)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return Promise.all([n('life_event'), n('record_change'), n('household_member'), n('household')]);
}

describe('moving out into an existing household of another commune', () => {
  it('the movers join that household with their stated relationships and are handed over to its commune', async () => {
    const h = await createHousehold(s.as('xa.tanlac'), { communeCode: '05128', validFrom: START, members: family() });
    const there = await createHousehold(s.as('admin'), { communeCode: '04891', validFrom: START, members: receiving() });
    const son = byName(h, 'Đinh Công Hải');
    const wife = byName(h, 'Hà Thị Mai');
    const res = await s.as('admin').post(`/api/households/${h.id}/events`, {
      type: 'move_out',
      date: '2026-02-01',
      personIds: [son.id, wife.id],
      toHouseholdId: there.id,
      relationships: [
        { personId: son.id, relationship: 'child' },
        { personId: wife.id, relationship: 'child_in_law' },
      ],
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ householdId: h.id, relatedHouseholdId: there.id });

    const joined = await at(there.id, '2026-02-01');
    expect(joined.memberCount).toBe(3);
    expect(byName(joined, 'Đinh Công Hải')).toMatchObject({ relationship: 'child', validFrom: '2026-02-01' });
    expect(byName(joined, 'Hà Thị Mai')).toMatchObject({ relationship: 'child_in_law', validFrom: '2026-02-01' });
    expect(joined.head.fullName).toBe('Quách Văn Đông');
    expect(joined.events.map((e: any) => [e.type, e.householdId, e.relatedHouseholdId])).toEqual([['move_out', h.id, there.id]]);

    const left = await at(h.id, '2026-02-01');
    expect(left.memberCount).toBe(2);
    expect(left.validTo).toBeNull();
    expect(left.events[0]).toMatchObject({ type: 'move_out', toCommuneId: there.commune.id });
    // Handed over to Tiền Phong: out of the commune officer's reach now.
    expect((await s.as('xa.tanlac').get(`/api/persons/${son.id}?purpose=${encodeURIComponent('kiểm tra')}`)).statusCode).toBe(404);
    const person = await s.as('admin').get(`/api/persons/${son.id}?purpose=${encodeURIComponent('kiểm tra')}`);
    expect(person.json().commune.code).toBe('04891');
  });

  it('the whole household moving into one without a head brings its head as head, and ends here', async () => {
    const h = await createHousehold(s.as('xa.tanlac'), { communeCode: '05128', validFrom: START, members: family().slice(0, 2) });
    const empty = await createHousehold(s.as('admin'), { communeCode: '04891', validFrom: START, members: [] });
    const res = await s.as('admin').post(`/api/households/${h.id}/events`, {
      type: 'move_out',
      date: '2026-02-01',
      toHouseholdId: empty.id,
      relationships: [{ personId: byName(h, 'Bùi Thị Lan').id, relationship: 'wife' }],
    });
    expect(res.statusCode, res.body).toBe(201);
    const joined = await at(empty.id, '2026-02-01');
    expect(joined.head.fullName).toBe('Đinh Công Tuấn');
    expect(joined.members.map((m: any) => [m.fullName, m.relationship]).sort()).toEqual([
      ['Bùi Thị Lan', 'wife'],
      ['Đinh Công Tuấn', 'head'],
    ]);
    expect(await at(h.id, '2026-02-01')).toMatchObject({ endReason: 'move_out', validTo: '2026-01-31' });
  });

  it('refuses, writing nothing: both a new and an existing household, a household out of reach, a child older than the head, the wrong commune', async () => {
    const h = await createHousehold(s.as('xa.tanlac'), { communeCode: '05128', validFrom: START, members: family() });
    const there = await createHousehold(s.as('admin'), { communeCode: '04891', validFrom: START, members: receiving() });
    const son = byName(h, 'Đinh Công Hải');
    const father = byName(h, 'Đinh Công Tuấn');
    const before = await counts();
    const post = (body: Record<string, unknown>, c: Client = s.as('admin')) =>
      c.post(`/api/households/${h.id}/events`, { type: 'move_out', date: '2026-02-01', personIds: [son.id], ...body });

    const both = await post({ toHouseholdId: there.id, toCommuneCode: '04891', newHousehold: { code: freshCode() } });
    expect(both.statusCode).toBe(400);
    expect(both.json().error.details[0]).toMatchObject({ field: 'toHouseholdId', code: 'destination_household_or_new' });
    expect(both.json().error.message).toBe('Chọn hoặc một hộ có sẵn ở nơi đến, hoặc lập hộ mới, không chọn cả hai');

    const outOfReach = await post({ toHouseholdId: there.id }, s.as('xa.tanlac'));
    expect(outOfReach.statusCode).toBe(404);
    expect(outOfReach.json().error.code).toBe('not_found');

    const elsewhere = await post({ toHouseholdId: there.id, toCommuneCode: '05128' });
    expect(elsewhere.statusCode).toBe(400);
    expect(elsewhere.json().error.code).toBe('destination_household_elsewhere');

    // The receiving head was born in 1955: a man born in 1960 cannot be his father.
    const parent = await s.as('admin').post(`/api/households/${h.id}/events`, {
      type: 'move_out',
      date: '2026-02-01',
      personIds: [father.id],
      newHeadPersonId: son.id,
      toHouseholdId: there.id,
      relationships: [{ personId: father.id, relationship: 'father' }],
    });
    expect(parent.statusCode).toBe(400);
    expect(parent.json().error.code).toBe('parent_younger_than_child');

    const itself = await post({ toHouseholdId: h.id });
    expect(itself.statusCode).toBe(400);
    expect(itself.json().error.code).toBe('merge_into_itself');

    expect(await counts()).toEqual(before);
    expect((await at(h.id, '2026-02-01')).memberCount).toBe(4);
    expect((await at(there.id, '2026-02-01')).memberCount).toBe(1);
  });
});
