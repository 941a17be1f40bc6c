import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Client } from '../../test/harness.js';

export interface MonthlyForm {
  code: string;
  el: { HO: number; TYLE: number; DS: number };
  none: number;
  male: number;
  female: number;
}

/**
 * A monthly form for every commune in the country (so old communes report before the reform and
 * new ones after it): households by sex (sum), a rate (average) and a population stock (last).
 */
export async function createMonthlyForm(manager: Client, db: Kysely<DB>, code = 'AG_M'): Promise<MonthlyForm> {
  const doc = {
    dataElements: [
      { code: 'AG_HO', nameVi: 'Số hộ', valueType: 'integer', aggregation: 'sum', categoryCombo: 'GIOI_TINH', minValue: 0, maxValue: 100000 },
      { code: 'AG_TYLE', nameVi: 'Tỷ lệ hộ có điện', valueType: 'percentage', aggregation: 'average', categoryCombo: 'none' },
      { code: 'AG_DS', nameVi: 'Dân số cuối kỳ', valueType: 'integer', aggregation: 'last', categoryCombo: 'none' },
    ],
    dataSets: [
      {
        code,
        nameVi: 'Biểu tháng thử',
        periodType: 'monthly',
        deadlineDays: 10,
        assignLevel: 'commune',
        sections: [{ code: 'A', nameVi: 'Phần A', dataElements: ['AG_HO', 'AG_TYLE', 'AG_DS'] }],
      },
    ],
  };
  const res = await manager.post('/api/reporting/metadata', doc);
  if (res.statusCode !== 200) throw new Error(`metadata import failed: ${res.statusCode} ${res.body}`);
  const els = await db.selectFrom('data_element').select(['id', 'code']).where('code', 'in', ['AG_HO', 'AG_TYLE', 'AG_DS']).execute();
  const id = (c: string) => els.find((e) => e.code === c)!.id;
  const cocs = await db
    .selectFrom('category_option_combo as coc')
    .innerJoin('category_combo as cc', 'cc.id', 'coc.category_combo_id')
    .select(['coc.id', 'coc.code', 'cc.code as combo'])
    .where('cc.code', 'in', ['none', 'GIOI_TINH'])
    .execute();
  const coc = (combo: string, c: string) => cocs.find((x) => x.combo === combo && x.code === c)!.id;
  return {
    code,
    el: { HO: id('AG_HO'), TYLE: id('AG_TYLE'), DS: id('AG_DS') },
    none: coc('none', 'none'),
    male: coc('GIOI_TINH', 'NAM'),
    female: coc('GIOI_TINH', 'NU'),
  };
}

/** Enters values of a form through the data-entry API, as an officer would; fails unless all are taken. */
export async function enterValues(who: Client, form: string, unit: string, period: string, values: [number, number, number | string][]): Promise<void> {
  const res = await who.post(`/api/data-entry/reports/${form}/${unit}/${period}/values`, {
    values: values.map(([dataElementId, categoryOptionComboId, value]) => ({ dataElementId, categoryOptionComboId, value })),
  });
  if (res.statusCode !== 200) throw new Error(`data entry refused (${res.statusCode}): ${res.body}`);
}
