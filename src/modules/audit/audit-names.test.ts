import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { useTestApp } from '../../test/harness.js';
import { createHousehold } from '../register/households.fixtures.js';
import { SYSTEM, writeAudit } from './audit.service.js';

describe('audit log names', () => {
  const s = useTestApp('admin', 'xa.tanlac');

  it('names the object of each entry: a user by full name and username, a household by code and head', async () => {
    const admin = s.as('admin');
    const created = await admin.post('/api/users', { username: 'audit.names', password: 'Suoi-Da-Tan-Lac-9', fullName: 'Lò Văn Tên', role: 'viewer' });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id;
    await admin.patch(`/api/users/${id}`, { fullName: 'Lò Văn Đổi' });
    const users = (await admin.get(`/api/audit?entity=user&entityId=${id}`)).json().items;
    expect(users.length).toBe(2);
    for (const u of users) expect(u.label).toContain('audit.names');
    expect(users.every((u: any) => !/^Mã đối tượng/.test(u.label))).toBe(true);

    const h = await createHousehold(s.as('xa.tanlac'), { communeCode: '05128', validFrom: '2025-08-01' });
    const entries = (await admin.get(`/api/audit?entity=household&entityId=${h.id}`)).json().items;
    expect(entries.length).toBeGreaterThan(0);
    expect(entries[0].label).toBe(`${h.code} · Bùi Văn Thắng`);
    // Ids inside the values are named: the household's commune.
    const withCommune = entries.find((e: any) => JSON.stringify(e.after).includes('communeId'));
    if (withCommune) expect(Object.values(withCommune.refs)).toContain('Xã Tân Lạc');
  });

  it('names the data element and breakdown of a data value and the report it belongs to', async () => {
    const db = s.t.database.db;
    const { rows } = await sql<{ e: number; c: number; d: number; name: string; combo: string }>`
      SELECT de.id AS e, coc.id AS c, ds.id AS d, de.name_vi AS name, coc.name_vi AS combo
      FROM data_element de JOIN category_option_combo coc ON coc.category_combo_id = de.category_combo_id
      CROSS JOIN LATERAL (SELECT id FROM data_set ORDER BY id LIMIT 1) ds ORDER BY de.id, coc.id LIMIT 1`.execute(db);
    expect(rows.length).toBe(1);
    const [r] = rows;
    const unit = await sql<{ id: number }>`SELECT id FROM admin_unit WHERE code = '05128' AND valid_from = '2025-07-01'`.execute(db);
    await writeAudit(db, SYSTEM, {
      action: 'data_values_save',
      entity: 'report_submission',
      entityId: 987654,
      unitId: unit.rows[0].id,
      before: [{ e: r.e, c: r.c, v: null }],
      after: { dataSetId: r.d, periodId: '2025Q3', values: [{ e: r.e, c: r.c, v: '42' }] },
    });
    const item = (await s.as('admin').get('/api/audit?entity=report_submission&entityId=987654')).json().items[0];
    expect(item.refs[`e:${r.e}`]).toBe(r.name);
    expect(item.refs[`c:${r.c}`]).toBe(r.combo);
    expect(item.label).toContain('2025Q3');
    expect(item.label).toContain('Xã Tân Lạc');
  });
});
