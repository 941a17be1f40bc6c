import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

function show(v: unknown): string {
  if (v === undefined) return '';
  if (v === null) return 'null';
  if (typeof v === 'string') return v;
  return JSON.stringify(v, null, 2);
}

function asRecord(v: unknown): Record<string, unknown> | null {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
}

interface Row {
  field: string;
  before: unknown;
  after: unknown;
  changed: boolean;
}

/** Field-by-field before/after of one audit entry; changed fields highlighted. */
export function AuditDiff({ before, after }: { before: unknown; after: unknown }) {
  const { t } = useTranslation();
  const b = asRecord(before);
  const a = asRecord(after);
  if (before == null && after == null) return <Typography.Text type="secondary">{t('audit.noChange')}</Typography.Text>;
  if ((before != null && !b) || (after != null && !a)) {
    return (
      <pre className="json-cell">
        {t('audit.before')}: {show(before)}
        {'\n'}
        {t('audit.after')}: {show(after)}
      </pre>
    );
  }
  const keys = [...new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})])];
  const rows: Row[] = keys.map((k) => ({ field: k, before: b?.[k], after: a?.[k], changed: JSON.stringify(b?.[k]) !== JSON.stringify(a?.[k]) }));
  rows.sort((x, y) => Number(y.changed) - Number(x.changed));
  return (
    <Table<Row>
      size="small"
      rowKey="field"
      pagination={false}
      dataSource={rows}
      data-testid="audit-diff"
      rowClassName={(r) => (r.changed && b && a ? 'diff-changed' : '')}
      scroll={{ x: 'max-content' }}
      columns={[
        { title: t('audit.field'), dataIndex: 'field', width: 160, render: (f: string) => <Typography.Text code>{f}</Typography.Text> },
        { title: t('audit.before'), dataIndex: 'before', render: (v: unknown) => <pre className="json-cell">{show(v)}</pre> },
        { title: t('audit.after'), dataIndex: 'after', render: (v: unknown) => <pre className="json-cell">{show(v)}</pre> },
      ]}
    />
  );
}
