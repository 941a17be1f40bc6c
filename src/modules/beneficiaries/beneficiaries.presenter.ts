import type { Lang } from '../../server/messages.js';
import type { CycleRow, GrievanceRow, RuleRow, RuleVersionRow } from './beneficiaries.repository.js';
import { FIELDS, OPERATOR_LABELS, OPERATORS, COMMUNE_CLASSES, VILLAGE_CLASSES } from './eligibility.columns.js';
import { describeCondition, factOf, type Facts, type RuleCondition } from './eligibility.parse.js';
import type { DiffReason, ListDiff } from './lists.service.js';

const iso = (d: Date | string | null) => (d === null ? null : d instanceof Date ? d.toISOString() : String(d));
const day = (d: Date | string) => (d instanceof Date ? d.toISOString().slice(0, 10) : String(d).slice(0, 10));

export interface Names {
  units: Map<number, { code: string; name: string; type: string }>;
  villages: Map<number, string>;
  ethnic: Map<string, string>;
}

const unitOf = (names: Names, id: number | null) => {
  if (id === null) return null;
  const u = names.units.get(id);
  return { id, code: u?.code ?? '', name: u ? `${u.type} ${u.name}`.trim() : '' };
};

export function presentFields(lang: Lang) {
  return {
    items: FIELDS.map((f) => {
      const codes = f.type === 'village_class' ? VILLAGE_CLASSES : f.type === 'commune_class' ? COMMUNE_CLASSES : (f.codes ?? {});
      return {
        key: f.key,
        type: f.type,
        label: f.label[lang],
        operators: OPERATORS[f.type].map((o) => ({ key: o, label: OPERATOR_LABELS[o][lang] })),
        codes: Object.entries(codes).map(([code, l]) => ({ code, label: l[lang] })),
        min: f.min ?? null,
        max: f.max ?? null,
      };
    }),
  };
}

export function presentRule(r: RuleRow, names: Names, writable: boolean, versions: RuleVersionRow[] = [], users = new Map<number, string>()) {
  const current = versions.find((v) => v.version === r.current_version);
  return {
    id: r.id,
    name: r.name,
    description: r.description,
    unit: unitOf(names, r.unit_id),
    programmeNodeId: r.programme_node_id,
    policyId: r.policy_id,
    currentVersion: r.current_version,
    tree: current?.tree ?? null,
    versions: versions.map((v) => ({
      version: v.version,
      tree: v.tree,
      note: v.note,
      createdAt: iso(v.created_at)!,
      createdBy: v.created_by === null ? null : (users.get(v.created_by) ?? null),
    })),
    writable,
    updatedAt: iso(r.updated_at)!,
  };
}

/** One person of a preview or a frozen list, with the facts of each condition in words. */
export function presentPerson(
  row: {
    person_id: number;
    full_name: string;
    household_code: string | null;
    commune_id: number;
    village_id: number | null;
    sex: string;
    birth_year: number;
    ethnic_code: string;
  },
  facts: { condition: string; value: string | null; met: boolean }[],
  names: Names,
) {
  const u = names.units.get(row.commune_id);
  return {
    personId: row.person_id,
    fullName: row.full_name,
    householdCode: row.household_code,
    commune: { id: row.commune_id, code: u?.code ?? '', name: u ? `${u.type} ${u.name}`.trim() : '' },
    villageName: row.village_id === null ? null : (names.villages.get(Number(row.village_id)) ?? null),
    sex: row.sex,
    birthYear: Number(row.birth_year),
    ethnicName: names.ethnic.get(row.ethnic_code) ?? row.ethnic_code,
    facts,
  };
}

/** Facts kept as `{ key: [value, met] }` (see factKey) in the order of the conditions, described in words. */
export function factList(conditions: RuleCondition[], facts: Facts, lang: Lang, date: string) {
  return conditions.map((c) => {
    const f = factOf(facts, c);
    return { condition: describeCondition(c, lang, date), value: f?.[0] ?? null, met: f?.[1] ?? false };
  });
}

function reasonText(r: DiffReason, lang: Lang, previousDate: string): string {
  const d = (s: string) => s.split('-').reverse().join('/');
  switch (r.kind) {
    case 'entered':
      return lang === 'vi'
        ? `Chưa có trong sổ hộ của địa bàn vào ngày ${d(previousDate)} (hộ mới, chuyển đến hoặc mới sinh)`
        : `Not in the area's register on ${d(previousDate)} (new household, moved in or born)`;
    case 'left':
      return lang === 'vi'
        ? 'Không còn trong sổ hộ của địa bàn vào ngày xét (chuyển đi, tách hộ hoặc đã mất)'
        : 'No longer in the area register on the day (moved, left or died)';
    case 'rule_changed':
      return lang === 'vi' ? `Quy tắc đổi từ phiên bản ${r.before} sang ${r.after}` : `The rule changed from version ${r.before} to ${r.after}`;
    default: {
      const none = lang === 'vi' ? 'chưa ghi' : 'not recorded';
      const cond = lang === 'vi' ? r.condition : r.conditionEn;
      return `${cond}: ${r.before ?? none} → ${r.after ?? none}`;
    }
  }
}

export function presentList(
  l: {
    id: number;
    name: string;
    source: string;
    rule_id: number | null;
    as_of_date: string | Date;
    person_count: number;
    unit_id: number | null;
    created_at: Date | string;
    diff: unknown;
  },
  version: number | null,
  names: Names,
  lang: Lang,
) {
  const diff = l.diff ? ((typeof l.diff === 'string' ? JSON.parse(l.diff) : l.diff) as ListDiff) : null;
  const people = (ps: ListDiff['added']) =>
    ps.map((p) => ({ ...p, reasons: p.reasons.map((r) => ({ kind: r.kind, text: reasonText(r, lang, diff!.previousDate) })) }));
  return {
    id: l.id,
    name: l.name,
    source: l.source as 'rule' | 'prestigious',
    ruleId: l.rule_id,
    ruleVersion: version,
    asOfDate: day(l.as_of_date),
    personCount: l.person_count,
    unit: unitOf(names, l.unit_id),
    createdAt: iso(l.created_at)!,
    diff: diff ? { previousListId: diff.previousListId, previousDate: diff.previousDate, added: people(diff.added), removed: people(diff.removed) } : null,
  };
}

export function presentCycle(
  c: CycleRow,
  listName: string,
  totals: { deliveries: number; amount: string; quantity: number; persons: number } | undefined,
  actions: ('submit' | 'approve' | 'return' | 'close' | 'deliver')[],
) {
  return {
    id: c.id,
    name: c.name,
    listId: c.list_id,
    listName,
    programmeNodeId: c.programme_node_id,
    policyId: c.policy_id,
    year: c.year,
    tranche: c.tranche,
    benefitCode: c.benefit_code,
    kind: c.kind as 'cash' | 'in_kind' | 'service',
    amountDong: c.amount_dong === null ? null : String(c.amount_dong),
    itemName: c.item_name,
    quantity: c.quantity,
    itemUnit: c.item_unit,
    status: c.status as 'draft' | 'submitted' | 'approved' | 'closed',
    persons: totals?.persons ?? 0,
    deliveries: totals?.deliveries ?? 0,
    deliveredDong: totals?.amount ?? '0',
    deliveredQuantity: totals?.quantity ?? 0,
    submittedAt: iso(c.submitted_at),
    approvedAt: iso(c.approved_at),
    closedAt: iso(c.closed_at),
    actions,
  };
}

export function presentGrievance(g: GrievanceRow) {
  return {
    id: g.id,
    cycleId: g.cycle_id,
    personId: g.person_id,
    complainant: g.complainant,
    content: g.content,
    status: g.status as 'open' | 'in_progress' | 'resolved' | 'rejected',
    answer: g.answer,
    answeredAt: iso(g.answered_at),
    createdAt: iso(g.created_at)!,
  };
}
