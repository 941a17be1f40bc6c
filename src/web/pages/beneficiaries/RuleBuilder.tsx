import { Button, Checkbox, Input, InputNumber, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Res } from '../../api/types.js';

type Field = Res<'/api/eligibility/fields', 'get'>['items'][number];

/** A condition of the builder: a field, its operator and value (and the year of a poverty condition). */
export interface Cond {
  kind: 'condition';
  field: string;
  operator: string;
  value: unknown;
  year?: number;
  not: boolean;
}
/** A group: all (AND) or one (OR) of its items, which may be groups again. */
export interface Group {
  kind: 'group';
  op: 'and' | 'or';
  not: boolean;
  items: Item[];
}
export type Item = Cond | Group;
/** Groups the builder nests at most (the server takes eight levels, a negation counting as one). */
const MAX_GROUP_DEPTH = 3;

export const minorityCondition = (): Cond => ({ kind: 'condition', field: 'minority', operator: 'eq', value: true, not: false });
const povertyCondition = (): Cond => ({ kind: 'condition', field: 'poverty', operator: 'in', value: ['poor'], not: false });
export const newRule = (): Group => ({ kind: 'group', op: 'and', not: false, items: [minorityCondition()] });

type Node = Record<string, unknown>;
const negated = (node: Node, not: boolean): Node => (not ? { op: 'not', child: node } : node);

/** The builder's rule as the API's tree of `and` / `or` / `not` over conditions. */
export function toTree(g: Group, fields: Field[]): Node {
  const items = g.items.map((i): Node => {
    if (i.kind === 'group') return toTree(i, fields);
    const leaf = {
      field: i.field,
      operator: i.operator,
      value: conditionValue(
        fields.find((x) => x.key === i.field),
        i,
      ),
      ...(i.year ? { year: i.year } : {}),
    };
    return negated(leaf, i.not);
  });
  return negated({ op: g.op, children: items }, g.not);
}

/** A saved tree back into the builder: the root is always a group (a lone condition gets one). */
export function fromTree(tree: unknown): Group {
  const item = toItem(tree as Node);
  return item.kind === 'group' ? item : { kind: 'group', op: 'and', not: false, items: [item] };
}

function toItem(node: Node): Item {
  if (node.op === 'not') {
    const inner = toItem(node.child as Node);
    return { ...inner, not: !inner.not };
  }
  if (node.op === 'and' || node.op === 'or') return { kind: 'group', op: node.op, not: false, items: (node.children as Node[]).map(toItem) };
  const leaf = node as { field: string; operator: string; value: unknown; year?: number };
  const text =
    Array.isArray(leaf.value) && typeof leaf.value[0] !== 'number' && ['commune', 'ethnic'].includes(leaf.field) ? leaf.value.join(', ') : leaf.value;
  return { kind: 'condition', field: leaf.field, operator: leaf.operator, value: text, year: leaf.year, not: false };
}

/**
 * A group with its items and the buttons to add a condition or a group inside it. `path` numbers it as
 * the server's error messages do ("2.1": the first item of the second); the root's path is empty.
 */
export function GroupBox({
  g,
  path,
  depth,
  fields,
  onChange,
  onRemove,
}: {
  g: Group;
  path: string;
  depth: number;
  fields: Field[];
  onChange: (g: Group) => void;
  onRemove?: () => void;
}) {
  const { t } = useTranslation();
  const suffix = path ? `-${path}` : '';
  const setItem = (i: number, n: Item | null) => onChange({ ...g, items: n ? g.items.map((x, j) => (j === i ? n : x)) : g.items.filter((_, j) => j !== i) });
  return (
    <div
      data-testid={`group${suffix}`}
      style={depth ? { borderLeft: '3px solid #91caff', background: '#f5f9ff', padding: '8px 0 8px 8px', margin: '0 0 8px' } : undefined}
    >
      <Space wrap style={{ marginBottom: 8 }}>
        <Checkbox checked={g.not} onChange={(e) => onChange({ ...g, not: e.target.checked })} data-testid={`group-not${suffix}`}>
          {t('beneficiaries.negate')}
        </Checkbox>
        <Select
          aria-label={t('beneficiaries.combine')}
          data-testid={`combine${suffix}`}
          style={{ width: 260 }}
          value={g.op}
          onChange={(op) => onChange({ ...g, op })}
          options={[
            { value: 'and', label: t('beneficiaries.all') },
            { value: 'or', label: t('beneficiaries.any') },
          ]}
        />
        {onRemove && (
          <Button onClick={onRemove} data-testid={`remove-group${suffix}`}>
            {t('beneficiaries.removeGroup')}
          </Button>
        )}
      </Space>
      {g.items.map((item, i) => {
        const at = path ? `${path}.${i + 1}` : `${i + 1}`;
        return item.kind === 'group' ? (
          <GroupBox key={i} g={item} path={at} depth={depth + 1} fields={fields} onChange={(n) => setItem(i, n)} onRemove={() => setItem(i, null)} />
        ) : (
          <ConditionRow key={i} c={item} path={at} fields={fields} onChange={(n) => setItem(i, n)} onRemove={() => setItem(i, null)} />
        );
      })}
      {g.items.length === 0 && <div style={{ marginBottom: 8, color: '#a61d24' }}>{t('beneficiaries.groupEmpty')}</div>}
      <Space wrap>
        <Button onClick={() => onChange({ ...g, items: [...g.items, povertyCondition()] })} data-testid={`add-condition${suffix}`}>
          {t('beneficiaries.addCondition')}
        </Button>
        {depth < MAX_GROUP_DEPTH && (
          <Button
            onClick={() =>
              onChange({ ...g, items: [...g.items, { kind: 'group', op: g.op === 'and' ? 'or' : 'and', not: false, items: [minorityCondition()] }] })
            }
            data-testid={`add-group${suffix}`}
          >
            {t('beneficiaries.addGroup')}
          </Button>
        )}
      </Space>
    </div>
  );
}

/** The condition's value as the API takes it (lists split from text for codes typed by hand). */
function conditionValue(f: Field | undefined, c: Cond): unknown {
  if (!f || c.operator === 'is_null' || c.operator === 'not_null') return undefined;
  const list = c.operator === 'in' || c.operator === 'not_in';
  if (f.type === 'commune' || f.type === 'ethnic' || f.type === 'village') {
    const parts = String(c.value ?? '')
      .split(/[,;\s]+/)
      .filter(Boolean)
      .map((x) => (f.type === 'village' ? Number(x) : x));
    return list ? parts : parts[0];
  }
  return c.value;
}

function ConditionRow({ c, path, fields, onChange, onRemove }: { c: Cond; path: string; fields: Field[]; onChange: (c: Cond) => void; onRemove: () => void }) {
  const { t } = useTranslation();
  const f = fields.find((x) => x.key === c.field);
  const list = c.operator === 'in' || c.operator === 'not_in';
  let input: React.ReactNode = null;
  if (f && c.operator !== 'is_null' && c.operator !== 'not_null') {
    if (f.codes.length)
      input = (
        <Select
          aria-label={t('beneficiaries.value')}
          mode={list ? 'multiple' : undefined}
          style={{ minWidth: 200 }}
          value={c.value as string}
          options={f.codes.map((x) => ({ value: x.code, label: x.label }))}
          onChange={(v) => onChange({ ...c, value: v })}
        />
      );
    else if (f.type === 'boolean')
      input = (
        <Select
          aria-label={t('beneficiaries.value')}
          style={{ width: 100 }}
          value={c.value as boolean}
          options={[
            { value: true, label: t('common.yes') },
            { value: false, label: t('common.no') },
          ]}
          onChange={(v) => onChange({ ...c, value: v })}
        />
      );
    else if (f.type === 'number')
      input =
        c.operator === 'between' ? (
          <Space.Compact>
            <InputNumber
              aria-label={t('beneficiaries.value')}
              value={(c.value as number[])?.[0]}
              onChange={(v) => onChange({ ...c, value: [v, (c.value as number[])?.[1]] })}
            />
            <InputNumber
              aria-label={t('beneficiaries.value')}
              value={(c.value as number[])?.[1]}
              onChange={(v) => onChange({ ...c, value: [(c.value as number[])?.[0], v] })}
            />
          </Space.Compact>
        ) : (
          <InputNumber aria-label={t('beneficiaries.value')} value={c.value as number} onChange={(v) => onChange({ ...c, value: v })} />
        );
    else
      input = (
        <Input
          aria-label={t('beneficiaries.value')}
          style={{ width: 160 }}
          value={String(c.value ?? '')}
          onChange={(e) => onChange({ ...c, value: e.target.value })}
        />
      );
  }
  return (
    <Space wrap style={{ marginBottom: 8 }} data-testid="condition" data-path={path}>
      <Checkbox checked={c.not} onChange={(e) => onChange({ ...c, not: e.target.checked })}>
        {t('beneficiaries.negate')}
      </Checkbox>
      <Select
        aria-label={t('beneficiaries.field')}
        style={{ width: 240 }}
        value={c.field}
        showSearch
        optionFilterProp="label"
        options={fields.map((x) => ({ value: x.key, label: x.label }))}
        onChange={(v) => {
          const nf = fields.find((x) => x.key === v)!;
          onChange({ kind: 'condition', field: v, operator: nf.operators[0].key, value: undefined, not: c.not });
        }}
      />
      <Select
        aria-label={t('beneficiaries.operator')}
        style={{ width: 130 }}
        value={c.operator}
        options={f?.operators.map((o) => ({ value: o.key, label: o.label }))}
        onChange={(v) => onChange({ ...c, operator: v, value: undefined })}
      />
      {input}
      {f?.type === 'poverty' && (
        <InputNumber
          aria-label={t('beneficiaries.year')}
          placeholder={t('beneficiaries.year')}
          value={c.year}
          onChange={(v) => onChange({ ...c, year: v ?? undefined })}
        />
      )}
      <Button onClick={onRemove}>{t('beneficiaries.remove')}</Button>
    </Space>
  );
}
