import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Client } from '../../test/harness.js';

export interface TestForm {
  id: number;
  code: string;
  el: Record<'HH_TOTAL' | 'HH_POOR' | 'POOR_RATE' | 'HAS_ROAD' | 'SURVEY_DAY' | 'POP', number>;
  none: number;
  male: number;
  female: number;
}

const ELEMENTS: [keyof TestForm['el'], string, number | null, number | null, string][] = [
  ['HH_TOTAL', 'integer', 0, 100000, 'none'],
  ['HH_POOR', 'integer', 0, null, 'none'],
  ['POOR_RATE', 'percentage', null, null, 'none'],
  ['HAS_ROAD', 'boolean', null, null, 'none'],
  ['SURVEY_DAY', 'date', null, null, 'none'],
  ['POP', 'integer', 0, null, 'GIOI_TINH'],
];

/**
 * A small yearly form for the communes of province 25, imported through the metadata API by a
 * manager: households and poor households (poor ≤ total is an error), a percentage, a yes/no, a
 * date, and population by sex (the starter's sex breakdown; women more than twice the men is a warning).
 */
export async function createTestForm(manager: Client, db: Kysely<DB>, code = 'TEST_Y'): Promise<TestForm> {
  const doc = {
    dataElements: ELEMENTS.map(([k, valueType, minValue, maxValue, categoryCombo]) => ({
      code: `T_${k}`,
      nameVi: k,
      valueType,
      minValue,
      maxValue,
      categoryCombo,
    })),
    dataSets: [
      {
        code,
        nameVi: `Biểu thử ${code}`,
        periodType: 'yearly',
        deadlineDays: 10,
        assignLevel: 'commune',
        assignWithin: '25',
        sections: [{ code: 'A', nameVi: 'Phần A', dataElements: ELEMENTS.map(([k]) => `T_${k}`) }],
      },
    ],
    validationRules: [
      {
        code: `${code}_POOR`,
        nameVi: `${code}_POOR`,
        left: '#{T_HH_POOR}',
        operator: '<=',
        right: '#{T_HH_TOTAL}',
        importance: 'high',
        messageVi: 'Số hộ nghèo không được lớn hơn tổng số hộ',
        messageEn: 'Poor households cannot exceed households',
        dataSets: [code],
      },
      {
        code: `${code}_SEX`,
        nameVi: `${code}_SEX`,
        left: '#{T_POP.NU}',
        operator: '<=',
        right: '#{T_POP.NAM} * 2',
        importance: 'medium',
        messageVi: 'Số nữ gấp hơn hai lần số nam, hãy kiểm tra lại',
        messageEn: 'More than twice as many women as men',
        dataSets: [code],
      },
    ],
  };
  const res = await manager.post('/api/reporting/metadata', doc);
  if (res.statusCode !== 200) throw new Error(`metadata import failed: ${res.statusCode} ${res.body}`);
  const set = await db.selectFrom('data_set').select('id').where('code', '=', code).executeTakeFirstOrThrow();
  const els = await db
    .selectFrom('data_element')
    .select(['id', 'code'])
    .where(
      'code',
      'in',
      ELEMENTS.map(([k]) => `T_${k}`),
    )
    .execute();
  const el = Object.fromEntries(ELEMENTS.map(([k]) => [k, els.find((e) => e.code === `T_${k}`)!.id])) as TestForm['el'];
  const cocs = await db
    .selectFrom('category_option_combo as coc')
    .innerJoin('category_combo as cc', 'cc.id', 'coc.category_combo_id')
    .select(['coc.id', 'coc.code', 'cc.code as combo'])
    .where('cc.code', 'in', ['none', 'GIOI_TINH'])
    .execute();
  const coc = (combo: string, c: string) => cocs.find((x) => x.combo === combo && x.code === c)!.id;
  return { id: set.id, code, el, none: coc('none', 'none'), male: coc('GIOI_TINH', 'NAM'), female: coc('GIOI_TINH', 'NU') };
}

/** A commune of province 25 other than Tân Lạc (05128), valid on the last day of 2025: outside the commune officer's reach. */
export async function otherCommuneOf25(db: Kysely<DB>): Promise<string> {
  const row = await sql<{ code: string }>`
    SELECT c.code FROM admin_unit c JOIN admin_unit p ON p.id = c.parent_id
    WHERE c.level = 'commune' AND p.code = '25' AND c.code <> '05128' AND (c.valid_to IS NULL OR c.valid_to >= '2025-12-31')
      AND (c.valid_from IS NULL OR c.valid_from <= '2025-12-31') ORDER BY c.code LIMIT 1`.execute(db);
  return row.rows[0].code;
}

/** Stored values of a unit for 2025, keyed `ELEMENT.COC` → value (null = emptied). */
export async function storedByCode(db: Kysely<DB>, unit = '05128'): Promise<Record<string, string | null>> {
  const rows = await db
    .selectFrom('data_value as dv')
    .innerJoin('admin_unit as u', 'u.id', 'dv.unit_id')
    .innerJoin('data_element as de', 'de.id', 'dv.data_element_id')
    .innerJoin('category_option_combo as c', 'c.id', 'dv.category_option_combo_id')
    .select(['de.code as de', 'c.code as coc', 'dv.value'])
    .where('u.code', '=', unit)
    .where('dv.period_id', '=', '2025')
    .execute();
  return Object.fromEntries(rows.map((r) => [`${r.de}.${r.coc}`, r.value]));
}
