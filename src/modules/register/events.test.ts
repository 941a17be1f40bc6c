import { describe, expect, it } from 'vitest';
import { type Client, useTestApp } from '../../test/harness.js';
import { cccdFor, createHousehold, freshCode, type MemberBody } from './households.fixtures.js';

const s = useTestApp('admin', 'xa.tanlac');

const START = '2025-08-01';

/** Head (1960), wife (1962), son (1985), daughter-in-law (1988), grandchild (2010). */
function bigFamily(): MemberBody[] {
  return [
    { fullName: 'Đinh Công Tuấn', sex: 'male', birthDate: '1960-02-03', ethnicCode: '06', cccd: cccdFor('male', 1960), relationship: 'head' },
    { fullName: 'Bùi Thị Lan', sex: 'female', birthYear: 1962, ethnicCode: '06', relationship: 'wife' },
    { fullName: 'Đinh Công Hải', sex: 'male', birthDate: '1985-06-10', ethnicCode: '06', cccd: cccdFor('male', 1985), relationship: 'child' },
    { fullName: 'Hà Thị Mai', sex: 'female', birthYear: 1988, ethnicCode: '03', relationship: 'child_in_law' },
    { fullName: 'Đinh Công Minh', sex: 'male', birthYear: 2010, ethnicCode: '06', relationship: 'grandchild' },
  ];
}

async function household(c: Client = s.as('xa.tanlac'), communeCode = '05128') {
  return createHousehold(c, { communeCode, validFrom: START, members: bigFamily() });
}
const byName = (h: any, name: string) => h.members.find((m: any) => m.fullName === name);
async function at(id: number, date: string, c: Client = s.as('xa.tanlac')) {
  const res = await c.get(`/api/households/${id}?date=${date}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}
async function event(id: number, body: Record<string, unknown>, c: Client = s.as('xa.tanlac')) {
  return c.post(`/api/households/${id}/events`, body);
}
async function writes() {
  const db = s.t.database.db;
  const n = async (tb: 'life_event' | 'record_change' | 'household_member' | 'person' | 'household') =>
    Number(
      (
        await db
          .selectFrom(tb)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return Promise.all([n('life_event'), n('record_change'), n('household_member'), n('person'), n('household')]);
}

describe('births and deaths', () => {
  it('records a birth as a new member from the day of birth, linked to the event', async () => {
    const h = await household();
    const res = await event(h.id, {
      type: 'birth',
      date: '2026-03-05',
      person: { fullName: 'Đinh Thị Na', sex: 'female', ethnicCode: '06' },
      relationship: 'grandchild',
    });
    expect(res.statusCode, res.body).toBe(201);
    const { eventId, personId } = res.json();
    const after = await at(h.id, '2026-03-05');
    expect(byName(after, 'Đinh Thị Na')).toMatchObject({
      id: personId,
      birthDate: '2026-03-05',
      birthYear: 2026,
      relationship: 'grandchild',
      validFrom: '2026-03-05',
    });
    expect(byName(await at(h.id, '2026-03-04'), 'Đinh Thị Na')).toBeUndefined();
    expect(after.events.map((e: any) => [e.id, e.type, e.personId])).toEqual([[eventId, 'birth', personId]]);
    const changes = await s.t.database.db.selectFrom('record_change').selectAll().where('event_id', '=', eventId).execute();
    expect(changes.map((c) => c.entity).sort()).toEqual(['membership', 'person']);
  });

  it('refuses a birth in the future and writes nothing', async () => {
    const h = await household();
    const before = await writes();
    const res = await event(h.id, { type: 'birth', date: '2099-01-01', person: { fullName: 'Đinh Văn Tương Lai', sex: 'male', ethnicCode: '06' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'birth_date_future', message: 'Ngày sinh 2099-01-01 nằm trong tương lai' });
    expect(await writes()).toEqual(before);
  });

  it('records a death: the membership ends the day before, the person keeps a death date, history as of before is intact', async () => {
    const h = await household();
    const wife = byName(h, 'Bùi Thị Lan');
    const res = await event(h.id, { type: 'death', date: '2026-02-10', personId: wife.id });
    expect(res.statusCode, res.body).toBe(201);
    const after = await at(h.id, '2026-02-10');
    expect(byName(after, 'Bùi Thị Lan')).toBeUndefined();
    expect(after.memberCount).toBe(4);
    const before = await at(h.id, '2026-02-09');
    expect(byName(before, 'Bùi Thị Lan')).toMatchObject({ validTo: '2026-02-09', deathDate: null });
    const row = await s.t.database.db.selectFrom('person').select(['death_date']).where('id', '=', wife.id).executeTakeFirstOrThrow();
    expect(row.death_date).toBe('2026-02-10');
  });

  it('asks for a new head when the head dies, then records the change of head', async () => {
    const h = await household();
    const head = byName(h, 'Đinh Công Tuấn');
    const son = byName(h, 'Đinh Công Hải');
    const before = await writes();
    const missing = await event(h.id, { type: 'death', date: '2026-01-20', personId: head.id });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.code).toBe('new_head_required');
    expect(await writes()).toEqual(before);
    const res = await event(h.id, {
      type: 'death',
      date: '2026-01-20',
      personId: head.id,
      newHeadPersonId: son.id,
      relationships: [
        { personId: byName(h, 'Bùi Thị Lan').id, relationship: 'mother' },
        { personId: byName(h, 'Đinh Công Minh').id, relationship: 'child' },
      ],
    });
    expect(res.statusCode, res.body).toBe(201);
    const now = await at(h.id, '2026-01-20');
    expect(now.head).toMatchObject({ id: son.id, fullName: 'Đinh Công Hải' });
    expect(byName(now, 'Bùi Thị Lan').relationship).toBe('mother');
    expect(byName(now, 'Đinh Công Minh').relationship).toBe('child');
    expect((await at(h.id, '2026-01-19')).head.id).toBe(head.id);
    const headChange = now.timeline.find((c: any) => c.entity === 'household' && c.field === 'headPersonId');
    expect(headChange).toMatchObject({ oldValue: head.id, newValue: son.id, effectiveDate: '2026-01-20', eventId: res.json().eventId });
    const list = await s.as('xa.tanlac').get(`/api/households?q=${encodeURIComponent('dinh cong hai')}&commune=05128`);
    expect(list.json().items.map((x: any) => x.id)).toContain(h.id);
  });
});

describe('change of head, split and merge', () => {
  it('changes the head, giving the former head a relationship and checking ages', async () => {
    const h = await household();
    const wife = byName(h, 'Bùi Thị Lan');
    const head = byName(h, 'Đinh Công Tuấn');
    const bad = await event(h.id, {
      type: 'change_head',
      date: '2026-01-01',
      personId: byName(h, 'Đinh Công Minh').id,
      relationships: [{ personId: head.id, relationship: 'child' }],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('child_older_than_parent');
    expect(bad.json().error.details.map((d: { field: string }) => d.field)).toEqual(['relationships.0.relationship']);
    // Each refusal names the entry of the request it concerns, the former head's among the others.
    const son = byName(h, 'Đinh Công Hải');
    const second = await event(h.id, {
      type: 'change_head',
      date: '2026-01-01',
      personId: wife.id,
      relationships: [
        { personId: head.id, relationship: 'husband' },
        { personId: son.id, relationship: 'father' },
      ],
    });
    expect(second.statusCode).toBe(400);
    expect(second.json().error.details.map((d: { field: string }) => d.field)).toEqual(['relationships.1.relationship']);
    const res = await event(h.id, {
      type: 'change_head',
      date: '2026-01-01',
      personId: wife.id,
      relationships: [{ personId: head.id, relationship: 'husband' }],
    });
    expect(res.statusCode, res.body).toBe(201);
    const now = await at(h.id, '2026-01-01');
    expect(now.head.id).toBe(wife.id);
    expect(byName(now, 'Đinh Công Tuấn').relationship).toBe('husband');
    const then = await at(h.id, '2025-12-31');
    expect(byName(then, 'Đinh Công Tuấn').relationship).toBe('head');
    expect(byName(then, 'Bùi Thị Lan').relationship).toBe('wife');
  });

  it('splits the son’s family into a new household; both keep the history', async () => {
    const h = await household();
    const son = byName(h, 'Đinh Công Hải');
    const code = freshCode('TACH');
    const res = await event(h.id, {
      type: 'split',
      date: '2026-04-01',
      newHousehold: { code },
      members: [
        { personId: son.id, relationship: 'head' },
        { personId: byName(h, 'Hà Thị Mai').id, relationship: 'wife' },
        { personId: byName(h, 'Đinh Công Minh').id, relationship: 'child' },
      ],
    });
    expect(res.statusCode, res.body).toBe(201);
    const newId = res.json().relatedHouseholdId;
    const old = await at(h.id, '2026-04-01');
    expect(old.members.map((m: any) => m.fullName)).toEqual(['Đinh Công Tuấn', 'Bùi Thị Lan']);
    const formed = await at(newId, '2026-04-01');
    expect(formed).toMatchObject({ code, validFrom: '2026-04-01', head: { id: son.id }, village: h.village });
    expect(formed.events.map((e: any) => [e.type, e.householdId, e.relatedHouseholdId])).toEqual([['split', h.id, newId]]);
    expect((await at(h.id, '2026-03-31')).memberCount).toBe(5);
    const memberships = await s.t.database.db.selectFrom('household_member').selectAll().where('person_id', '=', son.id).orderBy('id').execute();
    expect(memberships.map((m) => [m.household_id, m.valid_from, m.valid_to])).toEqual([
      [h.id, START, '2026-03-31'],
      [newId, '2026-04-01', null],
    ]);
  });

  it('refuses a split that takes everyone or gives the new household no head', async () => {
    const h = await household();
    const all = h.members.map((m: any, i: number) => ({ personId: m.id, relationship: i === 0 ? 'head' : 'other' }));
    const r1 = await event(h.id, { type: 'split', date: '2026-04-01', newHousehold: { code: freshCode() }, members: all });
    expect(r1.json().error.code).toBe('split_needs_remaining');
    const r2 = await event(h.id, {
      type: 'split',
      date: '2026-04-01',
      newHousehold: { code: freshCode() },
      members: [{ personId: byName(h, 'Đinh Công Minh').id, relationship: 'child' }],
    });
    expect(r2.json().error.code).toBe('one_head_required');
  });

  it('merges a household into another: members move, the source ends, lists of today skip it', async () => {
    const a = await createHousehold(s.as('xa.tanlac'), {
      communeCode: '05128',
      validFrom: START,
      members: [{ fullName: 'Lò Văn Pằng', sex: 'male', birthYear: 1940, ethnicCode: '03', relationship: 'head' }],
    });
    const b = await household();
    const res = await event(a.id, {
      type: 'merge',
      date: '2026-05-01',
      intoHouseholdId: b.id,
      relationships: [{ personId: a.members[0].id, relationship: 'other' }],
    });
    expect(res.statusCode, res.body).toBe(201);
    const ended = await at(a.id, '2026-05-01');
    expect(ended).toMatchObject({ validTo: '2026-04-30', endReason: 'merge', existsOnDate: false, members: [] });
    expect((await at(a.id, '2026-04-30')).members.map((m: any) => m.fullName)).toEqual(['Lò Văn Pằng']);
    expect((await at(b.id, '2026-05-01')).memberCount).toBe(6);
    const list = await s.as('xa.tanlac').get(`/api/households?q=${encodeURIComponent(a.code)}&commune=05128`);
    expect(list.json().total).toBe(0);
    const past = await s.as('xa.tanlac').get(`/api/households?q=${encodeURIComponent(a.code)}&commune=05128&date=2026-04-30`);
    expect(past.json().total).toBe(1);
    const again = await event(a.id, { type: 'birth', date: '2026-06-01', person: { fullName: 'X', sex: 'male', ethnicCode: '03' } });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('household_ended');
  });
});

describe('moves between communes', () => {
  it('refuses a commune officer forming a household in another commune (403) and writes nothing', async () => {
    const h = await household();
    const before = await writes();
    const res = await event(h.id, { type: 'move_out', date: '2026-02-01', toCommuneCode: '04891', newHousehold: { code: freshCode() } });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('out_of_scope');
    expect(await writes()).toEqual(before);
  });

  it('moves a whole household to another commune: it ends here and starts there, persons change commune', async () => {
    const h = await household();
    const code = freshCode('CHUYEN');
    const res = await event(h.id, { type: 'move_out', date: '2026-02-01', toCommuneCode: '04891', newHousehold: { code } }, s.as('admin'));
    expect(res.statusCode, res.body).toBe(201);
    const there = await at(res.json().relatedHouseholdId, '2026-02-01', s.as('admin'));
    expect(there).toMatchObject({ code, commune: { code: '04891', name: 'Tiền Phong' }, memberCount: 5, head: { fullName: 'Đinh Công Tuấn' } });
    expect(byName(there, 'Đinh Công Minh').relationship).toBe('grandchild');
    const here = await at(h.id, '2026-02-01');
    expect(here).toMatchObject({ endReason: 'move_out', validTo: '2026-01-31', existsOnDate: false });
    expect(here.events[0]).toMatchObject({ type: 'move_out', toCommuneId: there.commune.id });
    // The persons now belong to Tiền Phong: outside Tân Lạc they cannot be read any more.
    const person = await s.as('xa.tanlac').get(`/api/persons/${byName(h, 'Đinh Công Hải').id}?purpose=${encodeURIComponent('kiểm tra')}`);
    expect(person.statusCode).toBe(404);
  });

  it('moves one member away to another province (no household there)', async () => {
    const h = await household();
    const son = byName(h, 'Đinh Công Hải');
    const res = await event(h.id, { type: 'move_out', date: '2026-02-01', personIds: [son.id], toPlace: 'Bình Dương' });
    expect(res.statusCode, res.body).toBe(201);
    const now = await at(h.id, '2026-02-01');
    expect(now.memberCount).toBe(4);
    expect(now.events[0].details).toMatchObject({ toPlace: 'Bình Dương', personIds: [son.id] });
    const former = await s.as('xa.tanlac').get(`/api/persons?status=former&q=${encodeURIComponent('Đinh Công Hải')}`);
    expect(former.json().items.map((p: any) => p.id)).toContain(son.id);
  });

  it('moves a person in: new arrivals, and someone handed over from another commune, but never someone still in a household', async () => {
    const origin = await household(s.as('admin'), '04891');
    const mover = byName(origin, 'Đinh Công Hải');
    const out = await event(origin.id, { type: 'move_out', date: '2026-02-01', personIds: [mover.id], toCommuneCode: '05128' }, s.as('admin'));
    expect(out.statusCode, out.body).toBe(201);
    const dest = await household();
    const stillThere = byName(origin, 'Bùi Thị Lan');
    const twice = await event(dest.id, { type: 'move_in', date: '2026-02-05', persons: [{ personId: stillThere.id, relationship: 'other' }] }, s.as('admin'));
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe('person_in_other_household');
    expect(twice.json().error.message).toContain('Bùi Thị Lan');
    const res = await event(dest.id, {
      type: 'move_in',
      date: '2026-02-05',
      fromCommuneCode: '04891',
      persons: [{ personId: mover.id, relationship: 'other' }],
      members: [{ fullName: 'Nguyễn Văn Khách', sex: 'male', birthYear: 1990, ethnicCode: '01', relationship: 'other' }],
    });
    expect(res.statusCode, res.body).toBe(201);
    const now = await at(dest.id, '2026-02-05');
    expect(now.memberCount).toBe(7);
    expect(now.members.find((m: any) => m.id === mover.id)).toMatchObject({ validFrom: '2026-02-05', relationship: 'other' });
    const read = await s.as('xa.tanlac').get(`/api/persons/${mover.id}?purpose=${encodeURIComponent('cập nhật hộ')}`);
    expect(read.statusCode).toBe(200);
    expect(read.json().memberships.map((m: any) => [m.householdId, m.validTo])).toEqual([
      [origin.id, '2026-01-31'],
      [dest.id, null],
    ]);
  });

  it('keeps a person in one household at a time even below the service (unique index)', async () => {
    const h = await household();
    const other = await household();
    const personId = h.members[1].id;
    await expect(
      s.t.database.db
        .insertInto('household_member')
        .values({ household_id: other.id, person_id: personId, relationship: 'other', valid_from: '2026-01-01', valid_to: null })
        .execute(),
    ).rejects.toMatchObject({ code: '23505' });
  });
});
