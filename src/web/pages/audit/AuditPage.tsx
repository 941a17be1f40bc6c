import { useState } from 'react';
import { DatePicker, Grid, Input, Select, Space, Tag, Typography, type TableColumnsType } from 'antd';
import { PagedTable } from '../../components/PagedTable.js';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Dayjs } from 'dayjs';
import { call, http } from '../../api/client.js';
import type { AuditEntry } from '../../api/types.js';
import { PageTitle } from '../../components/common.js';
import { useDebounced } from '../../lib/hooks.js';
import { DATE_FORMAT, fmtDateTime, toIso } from '../../lib/format.js';
import vi from '../../i18n/vi.js';
import { AuditDiff } from './AuditDiff.js';

/** Action keys, nested groups flattened with dots as the server writes them (e.g. `event.birth`). */
const ACTIONS = Object.entries(vi.audit.actions).flatMap(([k, v]) => (typeof v === 'string' ? [k] : Object.keys(v).map((sub) => `${k}.${sub}`)));
const ENTITIES = Object.keys(vi.audit.entities);
const ACTION_COLORS: Record<string, string> = {
  create: 'green',
  update: 'blue',
  delete: 'red',
  deactivate: 'orange',
  merge: 'purple',
  import: 'cyan',
  login_failed: 'red',
};

/** Who changed what and when, with the before/after of each change. */
export default function AuditPage() {
  const { t, i18n } = useTranslation();
  const [user, setUser] = useState('');
  const [entity, setEntity] = useState<string | undefined>();
  const [entityId, setEntityId] = useState('');
  const [action, setAction] = useState<string | undefined>();
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(50);
  const userQ = useDebounced(user.trim(), 300);
  const idQ = useDebounced(entityId.trim(), 300);
  const params = { user: userQ, entity, entityId: idQ, action, from: toIso(range?.[0]), to: toIso(range?.[1]), page, pageSize };
  const log = useQuery({
    queryKey: ['audit', params],
    queryFn: () => call(http.GET('/api/audit', { params: { query: params } })),
    placeholderData: keepPreviousData,
  });
  const label = (group: 'actions' | 'entities', key: string) => (i18n.exists(`audit.${group}.${key}`) ? t(`audit.${group}.${key}`) : key);
  const reset = () => setPage(1);
  const wide = !!Grid.useBreakpoint().md;
  const actionTag = (a: string) => <Tag color={ACTION_COLORS[a]}>{label('actions', a)}</Tag>;
  const viaText = (v: string) => (v.startsWith('token: ') ? t('audit.viaToken', { name: v.slice(7) }) : v === 'basic' ? t('audit.viaBasic') : v);
  // Calls by an access token or HTTP Basic say so under the user's name.
  const whoVia = (r: AuditEntry) => (
    <Space direction="vertical" size={0}>
      {who(r.username)}
      {r.via ? (
        <Typography.Text type="secondary" data-testid="audit-via">
          {viaText(r.via)}
        </Typography.Text>
      ) : null}
    </Space>
  );
  const who = (u: string | null) => u ?? <i>{t('audit.system')}</i>;
  // The object by its name (household code and head, person, user, unit…); its id only when it has no name.
  const objectName = (r: AuditEntry) =>
    r.label ? <span data-testid="audit-label">{r.label}</span> : r.entityId ? <Typography.Text type="secondary">#{r.entityId}</Typography.Text> : null;
  // Phones get two stacked columns instead of six side by side.
  const columns: TableColumnsType<AuditEntry> = wide
    ? [
        { title: t('audit.at'), dataIndex: 'at', render: fmtDateTime, width: 170 },
        { title: t('audit.user'), key: 'username', render: (_, r) => whoVia(r) },
        { title: t('audit.action'), dataIndex: 'action', render: actionTag },
        { title: t('audit.entity'), dataIndex: 'entity', render: (e: string) => label('entities', e) },
        { title: t('audit.label'), key: 'label', render: (_, r) => objectName(r) },
        { title: t('audit.ip'), dataIndex: 'ip', responsive: ['lg'] },
      ]
    : [
        {
          title: `${t('audit.at')} · ${t('audit.user')}`,
          key: 'when',
          render: (_, r) => (
            <Space direction="vertical" size={0}>
              <span>{fmtDateTime(r.at)}</span>
              <Typography.Text type="secondary">{who(r.username)}</Typography.Text>
              {r.via ? <Typography.Text type="secondary">{viaText(r.via)}</Typography.Text> : null}
            </Space>
          ),
        },
        {
          title: `${t('audit.action')} · ${t('audit.entity')}`,
          key: 'what',
          render: (_, r) => (
            <Space direction="vertical" size={0}>
              {actionTag(r.action)}
              <Typography.Text type="secondary">{label('entities', r.entity)}</Typography.Text>
              {objectName(r)}
            </Space>
          ),
        },
      ];

  return (
    <>
      <PageTitle title={t('audit.title')} />
      <div className="toolbar">
        <Input
          allowClear
          placeholder={t('audit.userPlaceholder')}
          value={user}
          onChange={(e) => {
            setUser(e.target.value);
            reset();
          }}
          style={{ width: 180 }}
          aria-label={t('audit.user')}
          data-testid="audit-user"
        />
        <Select
          allowClear
          placeholder={t('audit.entity')}
          value={entity}
          onChange={(v) => {
            setEntity(v);
            reset();
          }}
          style={{ minWidth: 190 }}
          options={ENTITIES.map((e) => ({ value: e, label: label('entities', e) }))}
          data-testid="audit-entity"
        />
        <Input
          allowClear
          placeholder={t('audit.entityId')}
          value={entityId}
          onChange={(e) => {
            setEntityId(e.target.value);
            reset();
          }}
          style={{ width: 140 }}
        />
        <Select
          allowClear
          placeholder={t('audit.action')}
          value={action}
          onChange={(v) => {
            setAction(v);
            reset();
          }}
          style={{ minWidth: 170 }}
          options={ACTIONS.map((a) => ({ value: a, label: label('actions', a) }))}
        />
        <DatePicker.RangePicker
          format={DATE_FORMAT}
          value={range}
          onChange={(v) => {
            setRange(v as [Dayjs | null, Dayjs | null] | null);
            reset();
          }}
          placeholder={[t('common.from'), t('common.to')]}
          aria-label={t('audit.dateRange')}
        />
      </div>
      <PagedTable<AuditEntry>
        query={log}
        wide={wide}
        data-testid="audit-table"
        expandable={{ expandedRowRender: (r) => <AuditDiff before={r.before} after={r.after} refs={r.refs} />, expandRowByClick: true }}
        page={page}
        pageSize={pageSize}
        onPage={(p, s) => {
          setPage(p);
          setPageSize(s);
        }}
        columns={columns}
      />
    </>
  );
}
