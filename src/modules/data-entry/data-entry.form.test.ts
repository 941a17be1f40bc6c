import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/harness.js';
import { createTestForm } from './data-entry.fixtures.js';
import { loadForm } from './data-entry.form.js';

const s = useTestApp('admin', 'xa.tanlac');

beforeAll(async () => {
  await createTestForm(s.as('admin'), s.t.database.db, 'TEST_CACHE');
});

const maxOf = async (code: string) => {
  const form = await loadForm(s.t.database.db, 'TEST_CACHE');
  return form.sections.flatMap((s) => s.elements).find((e) => e.code === code)!.max;
};

describe('report form as loaded for data entry', () => {
  it('is reused while its metadata is unchanged and read again as soon as it changes', async () => {
    expect(await maxOf('T_HH_TOTAL')).toBe(100000);
    const element = (await s.as('admin').get('/api/reporting/data-elements/T_HH_TOTAL')).json();
    const { id: _id, createdAt: _c, updatedAt: _u, ...body } = element;
    const res = await s.as('admin').put('/api/reporting/data-elements/T_HH_TOTAL', { ...body, maxValue: 50 });
    expect(res.statusCode, res.body).toBe(200);
    expect(await maxOf('T_HH_TOTAL')).toBe(50);
    // A save is checked against the changed bound at once.
    const saved = await s.as('xa.tanlac').post('/api/data-entry/reports/TEST_CACHE/05128/2025/values', {
      values: [
        {
          dataElementId: (await loadForm(s.t.database.db, 'TEST_CACHE')).sections[0].elements.find((e) => e.code === 'T_HH_TOTAL')!.id,
          categoryOptionComboId: (await s.t.database.db.selectFrom('category_option_combo').select('id').where('code', '=', 'none').executeTakeFirstOrThrow())
            .id,
          value: 60,
        },
      ],
    });
    expect(saved.json().error.details[0].code).toBe('value_above_max');
  });

  it('gives each caller its own set of assigned units', async () => {
    const a = await loadForm(s.t.database.db, 'TEST_CACHE');
    a.assignedUnitIds.add(1);
    const b = await loadForm(s.t.database.db, 'TEST_CACHE');
    expect(b.assignedUnitIds.size).toBe(0);
    expect(b.sections).toBe(a.sections);
  });
});
