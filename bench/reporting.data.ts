/**
 * Synthetic periodic-reporting data for the benchmark: a monthly form of N data elements (default
 * 300) reported by every commune of Hòa Bình, and its values, written as COPY text rows for
 * data_value. Deterministic: the same scale gives the same rows.
 */
import { sql, type Kysely } from 'kysely';
import type { DB } from '../src/db/schema.js';
import { metadataDocument, type MetadataDocument } from '../src/modules/reporting-metadata/reporting-metadata.schema.js';

/** The six main ethnic groups of Hòa Bình and the rest, with their share of the population (2019 census, rounded). */
export const ETHNIC = [
  { code: 'DT06', vi: 'Mường', en: 'Muong', share: 0.635 },
  { code: 'DT01', vi: 'Kinh', en: 'Kinh', share: 0.278 },
  { code: 'DT03', vi: 'Thái', en: 'Thai', share: 0.039 },
  { code: 'DT02', vi: 'Tày', en: 'Tay', share: 0.027 },
  { code: 'DT09', vi: 'Dao', en: 'Dao', share: 0.015 },
  { code: 'DT08', vi: 'Mông', en: 'Hmong', share: 0.004 },
  { code: 'KHAC', vi: 'Dân tộc khác', en: 'Other groups', share: 0.002 },
];
export const ETHNIC_CATEGORY = 'DAN_TOC_HB';
export const FORM = 'BENCH_THANG_HB';
export const FIRST_YEAR = 2016;
export const YEARS = 10;
/** Hòa Bình's code before the 1 July 2025 reform; its communes went into Phú Thọ (25). */
export const PROVINCE = '17';
export const PROVINCE_AFTER = '25';

export type Kind = 'none' | 'sex' | 'ethnic' | 'ethnic_sex';

export interface ElementSpec {
  code: string;
  kind: Kind;
  valueType: 'integer' | 'number' | 'percentage' | 'boolean';
  aggregation: 'sum' | 'average' | 'last';
  /** Typical size of a commune's monthly value. */
  magnitude: number;
}

/** Element mix of the full benchmark (300): 224 not broken down, 45 by sex, 25 by ethnic group, 6 by ethnic group × sex. */
export function elementSpecs(scale: number): ElementSpec[] {
  const n = Math.max(4, Math.round(300 * scale));
  const sex = Math.max(1, Math.round((n * 45) / 300));
  const ethnic = Math.max(1, Math.round((n * 25) / 300));
  const ethnicSex = Math.max(1, Math.round((n * 6) / 300));
  const none = n - sex - ethnic - ethnicSex;
  const specs: ElementSpec[] = [];
  const add = (kind: Kind, count: number) => {
    for (let i = 0; i < count; i++) {
      const k = specs.length + 1;
      let valueType: ElementSpec['valueType'] = 'integer';
      let aggregation: ElementSpec['aggregation'] = i % 2 === 0 ? 'sum' : 'last';
      if (kind === 'none' && i % 25 === 7) [valueType, aggregation] = ['boolean', 'last'];
      else if (kind === 'none' && i % 12 === 1) [valueType, aggregation] = ['percentage', 'average'];
      else if (kind === 'none' && i % 8 === 3) valueType = 'number';
      specs.push({ code: `BM_E${String(k).padStart(3, '0')}`, kind, valueType, aggregation, magnitude: 10 ** (1 + (k % 4)) * (1 + (k % 7)) });
    }
  };
  add('none', none);
  add('sex', sex);
  add('ethnic', ethnic);
  add('ethnic_sex', ethnicSex);
  return specs;
}

const COMBO: Record<Kind, string> = { none: 'none', sex: 'GIOI_TINH', ethnic: ETHNIC_CATEGORY, ethnic_sex: `${ETHNIC_CATEGORY}_GIOI_TINH` };
const KIND_NAME: Record<Kind, string> = { none: '', sex: ' theo giới tính', ethnic: ' theo dân tộc', ethnic_sex: ' theo dân tộc và giới tính' };

/** The metadata document: the ethnic-group category of Hòa Bình, its combinations, the elements and the monthly form. */
export function metadataFor(specs: ElementSpec[], unitCodes: string[]): MetadataDocument {
  const sections = [];
  for (let i = 0; i < specs.length; i += 30) {
    const n = i / 30 + 1;
    sections.push({ code: `PHAN_${n}`, nameVi: `Phần ${n}`, nameEn: `Part ${n}`, dataElements: specs.slice(i, i + 30).map((s) => s.code) });
  }
  return metadataDocument.parse({
    version: 1,
    categories: [
      {
        code: ETHNIC_CATEGORY,
        nameVi: 'Dân tộc (nhóm chính của Hòa Bình)',
        nameEn: 'Ethnic group (main groups of Hòa Bình)',
        options: ETHNIC.map((e, i) => ({ code: e.code, nameVi: e.vi, nameEn: e.en, sortOrder: i })),
      },
    ],
    categoryCombos: [
      { code: ETHNIC_CATEGORY, nameVi: 'Dân tộc (nhóm chính)', nameEn: 'Ethnic group (main)', categories: [ETHNIC_CATEGORY] },
      {
        code: `${ETHNIC_CATEGORY}_GIOI_TINH`,
        nameVi: 'Dân tộc (nhóm chính) và giới tính',
        nameEn: 'Ethnic group (main) and sex',
        categories: [ETHNIC_CATEGORY, 'GIOI_TINH'],
      },
    ],
    dataElements: specs.map((s) => ({
      code: s.code,
      nameVi: `Chỉ tiêu thử ${s.code.slice(4)}${KIND_NAME[s.kind]}`,
      nameEn: `Benchmark indicator ${s.code.slice(4)}`,
      valueType: s.valueType,
      unit: s.valueType === 'percentage' ? '%' : s.valueType === 'boolean' ? '' : 'người',
      aggregation: s.aggregation,
      minValue: s.valueType === 'boolean' ? null : 0,
      categoryCombo: COMBO[s.kind],
    })),
    dataSets: [
      {
        code: FORM,
        nameVi: 'Biểu thử nghiệm hằng tháng (cấp xã, Hòa Bình)',
        nameEn: 'Monthly benchmark form (communes of Hòa Bình)',
        periodType: 'monthly',
        cutoff: 'calendar',
        assignUnits: unitCodes,
        sections,
      },
    ],
    validationRules: [],
    dhis2Mappings: [],
  });
}

export interface Unit {
  id: number;
  code: string;
}

/** Communes of Hòa Bình before the reform (valid until 30/06/2025) and the communes they became. */
export async function hoaBinhCommunes(db: Kysely<DB>): Promise<{ before: Unit[]; after: Unit[] }> {
  const before = await sql<Unit>`
    SELECT c.id, c.code FROM admin_unit c
    JOIN admin_unit d ON d.id = c.parent_id JOIN admin_unit p ON p.id = d.parent_id
    WHERE c.level = 'commune' AND p.code = ${PROVINCE} AND p.level = 'province' AND c.valid_to = '2025-06-30'
    ORDER BY c.code`.execute(db);
  const after = await sql<Unit>`
    SELECT DISTINCT n.id, n.code FROM admin_unit_succession s JOIN admin_unit n ON n.id = s.new_unit_id
    WHERE n.level = 'commune' AND s.old_unit_id IN (${sql.join(before.rows.map((u) => u.id))})
    ORDER BY n.code`.execute(db);
  return { before: before.rows, after: after.rows };
}

/** One cell of a report: an element and one of its option combinations. */
export interface Cell {
  spec: ElementSpec;
  elementId: number;
  cocId: number;
  /** Share of the element's total this combination carries (ethnic share × ½ for sex). */
  share: number;
  /** The ethnic-group option of the combination, if it has one. */
  ethnic: string | null;
  /** `${elementId}\t${cocId}\t`, the start of a COPY row. */
  prefix: string;
}

/** Every cell of the form, with ids read from the database after the metadata import. */
export async function formCells(db: Kysely<DB>, specs: ElementSpec[]): Promise<Cell[]> {
  const els = await db
    .selectFrom('data_element')
    .select(['id', 'code', 'category_combo_id'])
    .where(
      'code',
      'in',
      specs.map((s) => s.code),
    )
    .execute();
  const cocs = await db
    .selectFrom('category_option_combo as c')
    .innerJoin('category_combo as cc', 'cc.id', 'c.category_combo_id')
    .select(['c.id', 'c.code', 'cc.code as combo'])
    .where('cc.code', 'in', Object.values(COMBO))
    .orderBy('c.option_key')
    .orderBy('c.id')
    .execute();
  const byCode = new Map(els.map((e) => [e.code, e.id]));
  const ethnicShare = new Map(ETHNIC.map((e) => [e.code, e.share]));
  return specs.flatMap((spec) => {
    const elementId = byCode.get(spec.code)!;
    return cocs
      .filter((c) => c.combo === COMBO[spec.kind])
      .map((c) => {
        const parts = c.code.split('_').filter((p) => p !== 'NAM' && p !== 'NU');
        const eth = spec.kind === 'ethnic' || spec.kind === 'ethnic_sex' ? (ethnicShare.get(parts.join('_')) ?? 0) : 1;
        const share = eth * (spec.kind === 'sex' || spec.kind === 'ethnic_sex' ? 0.5 : 1);
        const ethnic = spec.kind === 'ethnic' || spec.kind === 'ethnic_sex' ? parts.join('_') : null;
        return { spec, elementId, cocId: c.id, share, ethnic, prefix: `${elementId}\t${c.id}\t` };
      });
  });
}

/** A fast deterministic hash of integers to [0, 1). */
function rand(a: number, b: number, c: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b + 0x632be5ab, 0xc2b2ae35) ^ Math.imul(c + 0x27d4eb2f, 0x165667b1);
  h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
  h = Math.imul(h ^ (h >>> 12), 0x297a2d39);
  return ((h ^ (h >>> 15)) >>> 0) / 4294967296;
}

/** A value as a commune would type it, in the stored canonical form. */
export function cellValue(cell: Cell, unit: Unit, month: number, size: number): string {
  const r = rand(cell.cocId * 131 + cell.elementId, unit.id, month);
  switch (cell.spec.valueType) {
    case 'boolean':
      return r < 0.7 ? 'true' : 'false';
    case 'percentage':
      return String(Math.round((40 + 60 * r) * 10) / 10);
    case 'number':
      return String(Math.round(cell.spec.magnitude * size * cell.share * (0.8 + 0.4 * r) * 10) / 10);
    default:
      return String(Math.round(cell.spec.magnitude * size * cell.share * (0.8 + 0.4 * r)));
  }
}

/** Monthly period ids of the benchmark, oldest first, with the communes reporting each. */
export function periods(units: { before: Unit[]; after: Unit[] }) {
  const out: { id: string; year: number; month: number; units: Unit[] }[] = [];
  for (let y = FIRST_YEAR; y < FIRST_YEAR + YEARS; y++)
    for (let m = 1; m <= 12; m++)
      out.push({ id: `${y}M${String(m).padStart(2, '0')}`, year: y, month: y * 12 + m, units: y < 2025 || m < 7 ? units.before : units.after });
  return out;
}

/**
 * COPY text rows for data_value (data_element_id, category_option_combo_id, unit_id, period_id,
 * value), one chunk per `rowsPerChunk` rows or so, for the given periods.
 */
export function* valueRows(cells: Cell[], list: ReturnType<typeof periods>, rowsPerChunk = 200_000): Generator<{ text: string; rows: number }> {
  let parts: string[] = [];
  for (const p of list) {
    // Communes after the reform are about three times the size of those before it.
    const sizeOf = (u: Unit) => (p.units.length < 100 ? 3.3 : 1) * (0.4 + 1.2 * rand(u.id, 7, 11));
    for (const u of p.units) {
      const size = sizeOf(u);
      for (const c of cells) parts.push(c.prefix + u.id + '\t' + p.id + '\t' + cellValue(c, u, p.month, size) + '\n');
      if (parts.length >= rowsPerChunk) {
        yield { text: parts.join(''), rows: parts.length };
        parts = [];
      }
    }
  }
  if (parts.length) yield { text: parts.join(''), rows: parts.length };
}
