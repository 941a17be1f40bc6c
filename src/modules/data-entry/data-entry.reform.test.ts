import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/harness.js';

const s = useTestApp('xa.tanlac');

describe('reports across the 1 July 2025 reorganisation', () => {
  it('takes reports for the old communes before the reform and for the new commune after it', async () => {
    const old = await s.t.database.db
      .selectFrom('admin_unit_succession as s')
      .innerJoin('admin_unit as o', 'o.id', 's.old_unit_id')
      .innerJoin('admin_unit as n', 'n.id', 's.new_unit_id')
      .select(['o.code', 'o.valid_to'])
      .where('n.code', '=', '05128')
      .where('n.valid_from', '=', '2025-07-01')
      .orderBy('o.code')
      .execute();
    expect(old.length).toBe(5);
    const Q = (unit: string, period: string) => `/api/data-entry/reports/TD_CHUONG_TRINH_QUY/${unit}/${period}`;
    // Decree 09 quarter: 15/12/2024 – 14/03/2025, due five days later.
    const before = await s.as('xa.tanlac').get(Q(old[0].code, '2025Q1'));
    expect(before.statusCode, before.body).toBe(200);
    expect(before.json().period).toEqual({ id: '2025Q1', start: '2024-12-15', end: '2025-03-14', deadline: '2025-03-19' });
    const el = before
      .json()
      .sections.flatMap((s: any) => s.elements)
      .find((e: any) => e.code === 'CT_VON_GIAO');
    const put = await s
      .as('xa.tanlac')
      .put(`${Q(old[0].code, '2025Q1')}/values`, { dataElementId: el.id, categoryOptionComboId: el.optionCombos[0].id, value: '1250,5' });
    expect(put.json().saved).toBe(1);
    const row = await s.t.database.db
      .selectFrom('data_value')
      .select(['unit_id', 'value'])
      .where('data_element_id', '=', el.id)
      .where('period_id', '=', '2025Q1')
      .executeTakeFirstOrThrow();
    const unit = await s.t.database.db.selectFrom('admin_unit').select(['code', 'valid_to']).where('id', '=', row.unit_id).executeTakeFirstOrThrow();
    expect(unit).toEqual({ code: old[0].code, valid_to: old[0].valid_to });
    expect(row.value).toBe('1250.5');
    expect((await s.as('xa.tanlac').get(Q('05128', '2025Q3'))).json().unit.code).toBe('05128');
  });
});
