import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { UnitGraph } from '../admin-units/unit-graph.js';
import { communeProfile } from '../register/commune-profile.service.js';
import { optionCodeRows } from '../reporting-metadata/catalogue.service.js';
import type { Form, FormPeriod } from './data-entry.types.js';
import { storedCells } from './data-values.repository.js';

type Profile = Awaited<ReturnType<typeof communeProfile>>;
type Group = Profile['byEthnic'][number];

/**
 * Data elements the register can compute, by code, and what each counts for an ethnic group
 * (options `DT<ethnic code>` of the ethnic-group category, `NAM`/`NU` of sex). Elements with no
 * disaggregation take the commune's total.
 */
const DERIVED: Record<string, { label: string; count: (g: Group, sex: 'male' | 'female' | null) => number }> = {
  DS_NHAN_KHAU: { label: 'persons', count: (g, sex) => (sex ? g[sex] : g.persons) },
  DS_HO: { label: 'households', count: (g) => g.households },
  DS_HO_TONG: { label: 'households', count: (g) => g.households },
  NGHEO_HO: { label: 'poor', count: (g) => g.poor },
  CAN_NGHEO_HO: { label: 'nearPoor', count: (g) => g.nearPoor },
};

export const derivableElements = (form: Form) => form.sections.flatMap((s) => s.elements).filter((e) => DERIVED[e.code]);

/** Option codes of each option combination. */
async function optionCodes(db: Kysely<DB>, comboIds: number[]) {
  const rows = await optionCodeRows(db, comboIds);
  const out = new Map<number, string[]>();
  for (const r of rows) (out.get(r.id) ?? out.set(r.id, []).get(r.id)!).push(r.code);
  return out;
}

/**
 * Values the register gives a commune for a period: households and persons by ethnic group (and
 * sex), poor and near-poor households in the period's year, counted on the period's last day over
 * the commune and the old communes merged into it. Zero cells are left out.
 */
export async function derivedValues(db: Kysely<DB>, graph: UnitGraph, form: Form, period: FormPeriod, unitId: number) {
  const elements = derivableElements(form);
  if (!elements.length) return [];
  const communeIds = [...graph.reach(unitId)].filter((id) => graph.units.get(id)?.level === 'commune');
  const profile = await communeProfile(db, communeIds, period.end, Number(period.end.slice(0, 4)));
  const byCode = new Map(profile.byEthnic.filter((g) => g.code !== null).map((g) => [`DT${g.code}`, g]));
  const total: Group = { code: null, name: '', ...profile.totals };
  const options = await optionCodes(
    db,
    elements.flatMap((e) => e.optionCombos.map((c) => c.id)),
  );
  const out: { dataElementId: number; categoryOptionComboId: number; value: string }[] = [];
  for (const e of elements) {
    const rule = DERIVED[e.code];
    for (const c of e.optionCombos) {
      const codes = options.get(c.id) ?? [];
      const ethnic = codes.find((o) => o.startsWith('DT'));
      const sex = codes.includes('NAM') ? 'male' : codes.includes('NU') ? 'female' : null;
      const group = ethnic ? byCode.get(ethnic) : codes.length === 0 || (codes.length === 1 && sex) ? total : undefined;
      const n = group ? rule.count(group, sex) : 0;
      if (n > 0) out.push({ dataElementId: e.id, categoryOptionComboId: c.id, value: String(n) });
    }
  }
  return out;
}

/**
 * Cells to (re)fill from the register: every computed cell except those holding a value typed or
 * overridden by hand; a derived cell the register no longer counts becomes 0.
 */
export async function derivedInputs(db: Kysely<DB>, graph: UnitGraph, form: Form, period: FormPeriod, unitId: number) {
  const computed = await derivedValues(db, graph, form, period, unitId);
  const ids = derivableElements(form).map((e) => e.id);
  if (!ids.length) return [];
  const stored = await storedCells(db, unitId, period.id, ids);
  const key = (e: number, c: number) => `${e}:${c}`;
  const byKey = new Map(stored.map((s) => [key(s.data_element_id, s.category_option_combo_id), s]));
  const manual = (k: string) => {
    const s = byKey.get(k);
    return !!s && !s.derived && s.value !== null;
  };
  const inputs = computed.filter((c) => !manual(key(c.dataElementId, c.categoryOptionComboId))).map((c) => ({ ...c, derived: true }));
  const seen = new Set(computed.map((c) => key(c.dataElementId, c.categoryOptionComboId)));
  for (const s of stored) {
    if (s.derived && s.value !== null && !seen.has(key(s.data_element_id, s.category_option_combo_id)))
      inputs.push({ dataElementId: s.data_element_id, categoryOptionComboId: s.category_option_combo_id, value: '0', derived: true });
  }
  return inputs;
}
