import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/harness.js';
import { cccdFor, createHousehold } from './households.fixtures.js';

const s = useTestApp('xa.tanlac');

const pairsOf = async (personId: number) => {
  const res = await s.as('xa.tanlac').get('/api/duplicates?pageSize=500&status=open');
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items.filter((i: any) => i.a.id === personId || i.b.id === personId);
};
const scan = async () => {
  const res = await s.as('xa.tanlac').post('/api/duplicates/scan', { communeCode: '05128' });
  expect(res.statusCode, res.body).toBe(200);
};
const member = (h: any, name: string) => h.members.find((m: any) => m.fullName === name);

describe('duplicate candidates and their reasons', () => {
  it('never pairs two persons with different valid CCCD numbers, and says what a proposed pair has in common', async () => {
    const tanlac = s.as('xa.tanlac');
    const head = (fullName: string, cccd?: string) => ({
      communeCode: '05128',
      validFrom: '2025-08-01',
      members: [{ fullName, sex: 'male', birthDate: '1971-05-06', ethnicCode: '06', relationship: 'head', ...(cccd ? { cccd } : {}) }],
    });
    // Same name, sex, birth day and commune, but two different citizen IDs: two different people.
    const h1 = await createHousehold(tanlac, head('Đinh Công Khẩn', cccdFor('male', 1971)));
    const h2 = await createHousehold(tanlac, head('Đinh Công Khẩn', cccdFor('male', 1971)));
    await scan();
    const p1 = member(h1, 'Đinh Công Khẩn').id;
    const p2 = member(h2, 'Đinh Công Khẩn').id;
    expect((await pairsOf(p1)).filter((i: any) => [i.a.id, i.b.id].includes(p2))).toEqual([]);

    // The same name without an ID on one side is proposed, with the fields that match.
    const h3 = await createHousehold(tanlac, head('Đinh Công  KHẨN'));
    await scan();
    const p3 = member(h3, 'Đinh Công  KHẨN')?.id ?? h3.members[0].id;
    const proposed = (await pairsOf(p3)).filter((i: any) => [i.a.id, i.b.id].some((id: number) => id === p1 || id === p2));
    expect(proposed.length).toBe(2);
    for (const pair of proposed) {
      expect(pair.reason).toBe('similar_name_birth_year_commune');
      expect(pair.matched).toEqual(['name', 'birthDate', 'birthYear', 'sex', 'ethnic', 'commune']);
    }
  });

  it('warns before a second identical birth in the same household and records it only when confirmed', async () => {
    const tanlac = s.as('xa.tanlac');
    const h = await createHousehold(tanlac, { communeCode: '05128', validFrom: '2020-01-01' });
    const birth = { type: 'birth', date: '2025-10-02', person: { fullName: 'Bùi Thị Ngọc', sex: 'female', ethnicCode: '06' }, relationship: 'child' };
    const first = await tanlac.post(`/api/households/${h.id}/events`, birth);
    expect(first.statusCode, first.body).toBe(201);
    const again = await tanlac.post(`/api/households/${h.id}/events`, { ...birth, person: { ...birth.person, fullName: 'BÙI THỊ NGỌC' } });
    expect(again.statusCode, again.body).toBe(409);
    expect(again.json().error.code).toBe('possible_duplicate_birth');
    expect(again.json().error.message).toContain('Bùi Thị Ngọc');
    const count = async () => (await tanlac.get(`/api/households/${h.id}`)).json().members.length;
    const before = await count();
    // Another sex or another day is another child: no warning.
    const boy = await tanlac.post(`/api/households/${h.id}/events`, { ...birth, person: { ...birth.person, fullName: 'Bùi Văn Ngọc', sex: 'male' } });
    expect(boy.statusCode, boy.body).toBe(201);
    // Twins given the same name: recorded once the user confirms.
    const confirmed = await tanlac.post(`/api/households/${h.id}/events`, { ...birth, confirmDuplicate: true });
    expect(confirmed.statusCode, confirmed.body).toBe(201);
    expect(await count()).toBe(before + 2);
  });
});
