import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { fmtDate, fmtDateTime } from '../../lib/format.js';
import { useFieldValue } from '../register/Timeline.js';

const asRecord = (v: unknown): Record<string, unknown> | null => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null);
const camel = (k: string) => k.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** A data value as the audit log stores it: element, breakdown (category option combination), value. */
interface Cell {
  e: number;
  c: number;
  v?: unknown;
  comment?: unknown;
}
const isCell = (v: unknown): v is Cell => {
  const o = asRecord(v);
  return !!o && typeof o.e === 'number' && typeof o.c === 'number' && Object.keys(o).every((k) => ['e', 'c', 'v', 'comment'].includes(k));
};
/** The data values of one side of an entry: `[{e,c,v}]`, `{values: [{e,c,v}]}` or one `{e,c,v}`. */
function cellsOf(side: unknown): Cell[] | null {
  if (isCell(side)) return [side];
  if (Array.isArray(side) && side.length && side.every(isCell)) return side;
  const values = asRecord(side)?.values;
  if (Array.isArray(values) && values.length && values.every(isCell)) return values;
  return null;
}

/** Nested objects become dotted fields (`kept.fullName`), so every value sits on a labelled row of its own. */
function flatten(o: Record<string, unknown>, prefix = '', out: Record<string, unknown> = {}, depth = 0): Record<string, unknown> {
  for (const [k, v] of Object.entries(o)) {
    const r = asRecord(v);
    if (r && depth < 2 && Object.keys(r).length) flatten(r, `${prefix}${k}.`, out, depth + 1);
    else out[`${prefix}${k}`] = v;
  }
  return out;
}

interface Row {
  field: string;
  label: string;
  before: string;
  after: string;
  changed: boolean;
}

/**
 * Before and after of one audit entry as a table a reader understands: fields by their Vietnamese
 * labels, dates as dd/mm/yyyy, codes by their names, ids by the names of the records they point to
 * (`refs`), data values as element, breakdown and value. Changed fields come first, highlighted.
 */
export function AuditDiff({ before, after, refs = {} }: { before: unknown; after: unknown; refs?: Record<string, string> }) {
  const { t, i18n } = useTranslation();
  const named = (field: string, id: unknown) => refs[`${field}:${String(id)}`];
  const registerValue = useFieldValue(
    (id) => named('villageId', id) ?? named('village_id', id),
    (id) => named('communeId', id) ?? named('commune_id', id),
  );
  const label = (field: string) =>
    field
      .split('.')
      .map((part) => {
        for (const key of [`audit.fields.${part}`, `register.fields.${camel(part)}`]) if (i18n.exists(key)) return t(key);
        return part;
      })
      .join(' › ');
  const show = (field: string, v: unknown): string => {
    const last = field.slice(field.lastIndexOf('.') + 1);
    if (v === undefined || v === null || v === '') return '—';
    if (Array.isArray(v)) return v.length ? v.map((x) => show(field, x)).join(', ') : '—';
    if (typeof v === 'number' && named(last, v)) return named(last, v)!;
    if (typeof v === 'boolean') return t(v ? 'register.form.yes' : 'register.form.no');
    if (typeof v === 'string' && ISO_DAY.test(v)) return fmtDate(v);
    if (typeof v === 'string' && ISO_TIME.test(v)) return fmtDateTime(v);
    if (typeof v === 'object') return JSON.stringify(v);
    return registerValue(camel(last), v);
  };

  if (before == null && after == null) return <Typography.Text type="secondary">{t('audit.noChange')}</Typography.Text>;

  const beforeCells = cellsOf(before);
  const afterCells = cellsOf(after);
  if (beforeCells || afterCells) {
    const key = (c: Cell) => `${c.e}:${c.c}`;
    const old = new Map((beforeCells ?? []).map((c) => [key(c), c]));
    const cells = afterCells ?? beforeCells ?? [];
    const rows = cells.map((c) => ({
      key: key(c),
      element: named('e', c.e) ?? `#${c.e}`,
      breakdown: named('c', c.c) ?? `#${c.c}`,
      before: afterCells ? show('v', old.get(key(c))?.v) : show('v', c.v),
      after: afterCells ? show('v', c.v) : '—',
      comment: typeof c.comment === 'string' ? c.comment : '',
    }));
    const rest = flatten(asRecord(after) ?? {});
    delete rest.values;
    return (
      <>
        {Object.keys(rest).length > 0 && (
          <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
            {Object.entries(rest)
              .map(([k, v]) => `${label(k)}: ${show(k, v)}`)
              .join(' · ')}
          </Typography.Paragraph>
        )}
        <Table
          size="small"
          rowKey="key"
          pagination={false}
          dataSource={rows}
          data-testid="audit-values"
          scroll={{ x: 'max-content' }}
          columns={[
            { title: t('audit.element'), dataIndex: 'element' },
            { title: t('audit.breakdown'), dataIndex: 'breakdown' },
            { title: t('audit.before'), dataIndex: 'before', align: 'right' },
            { title: t('audit.after'), dataIndex: 'after', align: 'right' },
            ...(rows.some((r) => r.comment) ? [{ title: t('audit.comment'), dataIndex: 'comment' }] : []),
          ]}
        />
      </>
    );
  }

  const b = asRecord(before);
  const a = asRecord(after);
  const fb = b ? flatten(b) : before == null ? {} : { value: before };
  const fa = a ? flatten(a) : after == null ? {} : { value: after };
  const keys = [...new Set([...Object.keys(fb), ...Object.keys(fa)])];
  const both = before != null && after != null;
  const rows: Row[] = keys.map((k) => ({
    field: k,
    label: label(k),
    before: k in fb ? show(k, fb[k]) : '',
    after: k in fa ? show(k, fa[k]) : '',
    changed: both && JSON.stringify(fb[k]) !== JSON.stringify(fa[k]),
  }));
  rows.sort((x, y) => Number(y.changed) - Number(x.changed));
  return (
    <Table<Row>
      size="small"
      rowKey="field"
      pagination={false}
      dataSource={rows}
      data-testid="audit-diff"
      rowClassName={(r) => (r.changed ? 'diff-changed' : '')}
      scroll={{ x: 'max-content' }}
      columns={[
        { title: t('audit.field'), dataIndex: 'label', width: 180, render: (l: string) => <Typography.Text strong>{l}</Typography.Text> },
        ...(before != null ? [{ title: t('audit.before'), dataIndex: 'before' }] : []),
        ...(after != null ? [{ title: t('audit.after'), dataIndex: 'after' }] : []),
      ]}
    />
  );
}
