import { useState } from 'react';
import { DatePicker, Grid, Input, Result, Select, Space, Tag, Typography, type TableColumnsType } from 'antd';
import { PagedTable } from '../../components/PagedTable.js';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Dayjs } from 'dayjs';
import { call, http } from '../../api/client.js';
import type { Item, Query } from '../../api/types.js';
import { PageTitle } from '../../components/common.js';
import { useDebounced } from '../../lib/hooks.js';
import { DATE_FORMAT, fmtDateTime, fmtNumber, toIso } from '../../lib/format.js';
import { useMe } from '../../lib/session.js';

type AccessEntry = Item<'/api/access-log'>;

const ACTION_COLORS: Record<string, string> = { view: 'blue', export: 'purple' };

/** Export details in a line: row count, format, then the filters used. */
function DetailsText({ details }: { details: unknown }) {
  const { t } = useTranslation();
  if (!details || typeof details !== 'object') return details ? <span>{String(details)}</span> : null;
  const d = details as Record<string, unknown>;
  const parts: string[] = [];
  const rows = d.rows ?? d.rowCount;
  if (typeof rows === 'number') parts.push(t('registerTools.accessLog.rows', { n: fmtNumber(rows) }));
  if (typeof d.format === 'string') parts.push(d.format.toUpperCase());
  const filters = d.filters && typeof d.filters === 'object' ? (d.filters as Record<string, unknown>) : null;
  if (filters)
    parts.push(
      ...Object.entries(filters)
        .filter(([, v]) => v !== undefined && v !== null && v !== '')
        .map(([k, v]) => `${k}=${String(v)}`),
    );
  const rest = Object.fromEntries(Object.entries(d).filter(([k]) => !['rows', 'rowCount', 'format', 'filters', 'columns'].includes(k)));
  if (Object.keys(rest).length) parts.push(JSON.stringify(rest));
  return (
    <Typography.Text type="secondary" style={{ wordBreak: 'break-word' }}>
      {parts.join(' · ')}
    </Typography.Text>
  );
}

/** Who looked at or exported personal data, when and why. Administrators see all, provincial officers their province. */
export default function AccessLogPage() {
  const { t, i18n } = useTranslation();
  const { data: me } = useMe();
  const [user, setUser] = useState('');
  const [action, setAction] = useState<string | undefined>();
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(50);
  const userQ = useDebounced(user.trim(), 300);
  const allowed = !!me?.permissions.includes('read_audit');
  const params = { user: userQ, action: action as Query<'/api/access-log', 'get'>['action'], from: toIso(range?.[0]), to: toIso(range?.[1]), page, pageSize };
  const log = useQuery({
    queryKey: ['access-log', params],
    queryFn: () => call(http.GET('/api/access-log', { params: { query: params } })),
    placeholderData: keepPreviousData,
    enabled: allowed,
  });
  const wide = !!Grid.useBreakpoint().md;
  if (!allowed) return <Result status="403" title="403" subTitle={t('registerTools.accessLog.notAllowed')} />;

  const label = (group: 'actions' | 'entities', key: string) =>
    i18n.exists(`registerTools.accessLog.${group}.${key}`) ? t(`registerTools.accessLog.${group}.${key}`) : key;
  const who = (r: AccessEntry) => (
    <Space direction="vertical" size={0}>
      <span>{r.user.username ?? '—'}</span>
      {r.user.fullName && <Typography.Text type="secondary">{r.user.fullName}</Typography.Text>}
    </Space>
  );
  const what = (r: AccessEntry) => (
    <span>
      <Tag color={ACTION_COLORS[r.action]}>{label('actions', r.action)}</Tag>
      {label('entities', r.action === 'export' && !r.entityId ? `${r.entity}s` : r.entity)}
      {r.entityId ? ` #${r.entityId}` : ''}
    </span>
  );
  const columns: TableColumnsType<AccessEntry> = wide
    ? [
        { title: t('registerTools.accessLog.at'), dataIndex: 'at', render: fmtDateTime, width: 160 },
        { title: t('registerTools.accessLog.user'), key: 'user', render: (_, r) => who(r) },
        { title: t('registerTools.accessLog.action'), key: 'what', render: (_, r) => what(r) },
        { title: t('registerTools.accessLog.purpose'), dataIndex: 'purpose', width: '30%' },
        { title: t('registerTools.accessLog.details'), dataIndex: 'details', render: (d: unknown) => <DetailsText details={d} /> },
      ]
    : [
        {
          title: `${t('registerTools.accessLog.at')} · ${t('registerTools.accessLog.user')}`,
          key: 'all',
          render: (_, r) => (
            <Space direction="vertical" size={2} style={{ width: '100%' }}>
              <span>
                {fmtDateTime(r.at)} · <b>{r.user.username ?? '—'}</b>
              </span>
              {what(r)}
              <span>{r.purpose}</span>
              <DetailsText details={r.details} />
            </Space>
          ),
        },
      ];

  const reset = () => setPage(1);
  return (
    <>
      <PageTitle title={t('registerTools.accessLog.title')} />
      <Typography.Paragraph type="secondary">{t('registerTools.accessLog.hint')}</Typography.Paragraph>
      <div className="toolbar">
        <Input
          allowClear
          placeholder={t('registerTools.accessLog.userPlaceholder')}
          value={user}
          onChange={(e) => {
            setUser(e.target.value);
            reset();
          }}
          style={{ width: 180 }}
          aria-label={t('registerTools.accessLog.user')}
          data-testid="access-user"
        />
        <Select
          allowClear
          placeholder={t('registerTools.accessLog.action')}
          value={action}
          onChange={(v) => {
            setAction(v);
            reset();
          }}
          style={{ minWidth: 140 }}
          options={['view', 'export'].map((a) => ({ value: a, label: label('actions', a) }))}
          data-testid="access-action"
        />
        <DatePicker.RangePicker
          format={DATE_FORMAT}
          value={range}
          onChange={(v) => {
            setRange(v as [Dayjs | null, Dayjs | null] | null);
            reset();
          }}
          placeholder={[t('common.from'), t('common.to')]}
          aria-label={t('registerTools.accessLog.dateRange')}
          style={{ maxWidth: '100%' }}
        />
      </div>
      <PagedTable<AccessEntry>
        query={log}
        wide={wide}
        data-testid="access-table"
        columns={columns}
        page={page}
        pageSize={pageSize}
        onPage={(p, s) => {
          setPage(p);
          setPageSize(s);
        }}
      />
    </>
  );
}
