import { useState } from 'react';
import { App, Button, Card, Empty, Grid, Input, InputNumber, List, Result, Select, Space, Table, Tabs, Tag, Typography, type TableColumnsType } from 'antd';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call, http } from '../../api/client.js';
import type { Item, Res } from '../../api/types.js';
import { PagedTable } from '../../components/PagedTable.js';
import { PageTitle } from '../../components/common.js';
import { useShowError } from '../../lib/errors.js';
import { useDebounced } from '../../lib/hooks.js';
import { fmtDate, fmtDateTime, fmtNumber } from '../../lib/format.js';
import { useMe } from '../../lib/session.js';

type Entry = Item<'/api/data-protection/accesses'>;
type HistoryEntry = Res<'/api/data-protection/persons/{id}/accesses', 'get'>['items'][number];
type RetentionItem = Res<'/api/data-protection/retention', 'get'>['items'][number];

/** An entry's action, its record or request, and its row count. */
function What({ e }: { e: Entry }) {
  const { t, i18n } = useTranslation();
  const d = (e.details ?? {}) as Record<string, unknown>;
  return (
    <Space direction="vertical" size={0}>
      <span>
        <Tag color={e.action === 'view' ? 'blue' : 'purple'}>{t(`dataUse.action_${e.action === 'view' ? 'view' : 'export'}`)}</Tag>
        {i18n.exists(`dataUse.entity_${e.entity}`) ? t(`dataUse.entity_${e.entity}`) : e.entity}
        {e.entityId ? ` #${e.entityId}` : ''}
      </span>
      {e.request && (
        <Typography.Text type="secondary" data-testid="access-request">
          {t('dataUse.request')}: #{e.request.id} {e.request.title} ({e.request.organisation})
        </Typography.Text>
      )}
      {typeof d.rows === 'number' && <Typography.Text type="secondary">{t('dataUse.rows', { n: fmtNumber(d.rows) })}</Typography.Text>}
    </Space>
  );
}

function Accesses() {
  const { t } = useTranslation();
  const [action, setAction] = useState<'view' | 'export' | undefined>();
  const [user, setUser] = useState('');
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(50);
  const userQ = useDebounced(user.trim(), 300);
  const wide = !!Grid.useBreakpoint().md;
  const params = { action, user: userQ || undefined, page, pageSize };
  const q = useQuery({
    queryKey: ['data-protection', 'accesses', params],
    queryFn: () => call(http.GET('/api/data-protection/accesses', { params: { query: params } })),
    placeholderData: keepPreviousData,
  });
  const who = (e: Entry) => e.user.fullName ?? e.user.username ?? '—';
  const columns: TableColumnsType<Entry> = wide
    ? [
        { title: t('dataUse.at'), dataIndex: 'at', render: fmtDateTime, width: 160 },
        { title: t('dataUse.user'), key: 'user', render: (_, e) => who(e) },
        { title: t('dataUse.action'), key: 'what', render: (_, e) => <What e={e} /> },
        { title: t('dataUse.purpose'), dataIndex: 'purpose', width: '30%' },
      ]
    : [
        {
          key: 'all',
          title: t('dataUse.accesses'),
          render: (_, e) => (
            <Space direction="vertical" size={2}>
              <span>
                {fmtDateTime(e.at)} · <b>{who(e)}</b>
              </span>
              <What e={e} />
              <span>{e.purpose}</span>
            </Space>
          ),
        },
      ];
  return (
    <>
      <div className="toolbar">
        <Input
          allowClear
          value={user}
          onChange={(e) => {
            setUser(e.target.value);
            setPage(1);
          }}
          placeholder={t('dataUse.user')}
          style={{ width: 180 }}
        />
        <Select
          allowClear
          value={action}
          placeholder={t('dataUse.action')}
          onChange={(v) => {
            setAction(v);
            setPage(1);
          }}
          style={{ minWidth: 160 }}
          options={(['view', 'export'] as const).map((a) => ({ value: a, label: t(`dataUse.action_${a}`) }))}
        />
      </div>
      <PagedTable<Entry>
        query={q}
        wide={wide}
        rowKey="id"
        columns={columns}
        page={page}
        pageSize={pageSize}
        onPage={(p, s) => {
          setPage(p);
          setPageSize(s);
        }}
        data-testid="protection-accesses"
      />
    </>
  );
}

function PersonHistory() {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [personId, setPersonId] = useState<number | undefined>();
  const q = useDebounced(text.trim(), 300);
  const found = useQuery({
    queryKey: ['data-protection', 'person-search', q],
    queryFn: () => call(http.GET('/api/persons', { params: { query: { q, pageSize: 20 } } })),
    enabled: q.length >= 2,
  });
  const history = useQuery({
    queryKey: ['data-protection', 'person', personId],
    queryFn: () => call(http.GET('/api/data-protection/persons/{id}/accesses', { params: { path: { id: personId! } } })),
    enabled: personId !== undefined,
  });
  return (
    <>
      <Select
        showSearch={{ filterOption: false, onSearch: setText }}
        value={personId}
        onChange={setPersonId}
        placeholder={t('dataUse.searchPerson')}
        style={{ width: '100%', maxWidth: 480, marginBottom: 12 }}
        data-testid="protection-person-search"
        notFoundContent={null}
        options={(found.data?.items ?? []).map((p) => ({
          value: p.id,
          label: `${p.fullName} (${p.birthYear}) – ${p.commune.fullName}`,
        }))}
      />
      {history.data && (
        <Card size="small" title={`${history.data.person.fullName} (${history.data.person.birthYear ?? '—'}) – ${history.data.person.commune}`}>
          {history.data.items.length === 0 ? (
            <Empty description={t('dataUse.noAccess')} />
          ) : (
            <List<HistoryEntry>
              data-testid="protection-person-history"
              dataSource={history.data.items}
              renderItem={(e) => (
                <List.Item>
                  <Space direction="vertical" size={0}>
                    <span>
                      {fmtDateTime(e.at)} · <b>{e.user.fullName ?? e.user.username ?? '—'}</b> ·{' '}
                      <Tag color={e.kind === 'record' ? 'blue' : 'purple'}>{t(`dataUse.kind_${e.kind}`)}</Tag>
                    </span>
                    <span>{e.purpose}</span>
                    {e.request && (
                      <Typography.Text type="secondary">
                        {t('dataUse.request')}: #{e.request.id} {e.request.title} ({e.request.organisation})
                      </Typography.Text>
                    )}
                  </Space>
                </List.Item>
              )}
            />
          )}
        </Card>
      )}
    </>
  );
}

function RetentionDays({ item, canEdit }: { item: RetentionItem; canEdit: boolean }) {
  const { t } = useTranslation();
  const [days, setDays] = useState<number | null>(item.days);
  const { message } = App.useApp();
  const showError = useShowError();
  const qc = useQueryClient();
  const save = useMutation({
    mutationFn: () => call(http.PUT('/api/data-protection/retention/{kind}', { params: { path: { kind: item.kind } }, body: { days: Number(days) } })),
    onSuccess: () => {
      message.success(t('dataUse.saved'));
      void qc.invalidateQueries({ queryKey: ['data-protection', 'retention'] });
    },
    onError: (e) => showError(e),
  });
  if (item.days === null) return <span>{t('dataUse.perRequest')}</span>;
  if (!canEdit) return <span>{fmtNumber(item.days)}</span>;
  return (
    <Space.Compact>
      <InputNumber min={1} max={36600} value={days} onChange={setDays} style={{ width: 100 }} aria-label={t('dataUse.retentionDaysCol')} />
      <Button onClick={() => save.mutate()} loading={save.isPending} disabled={days === item.days}>
        {t('dataUse.save')}
      </Button>
    </Space.Compact>
  );
}

function Retention() {
  const { t, i18n } = useTranslation();
  const { data: me } = useMe();
  const canEdit = !!me?.permissions.includes('manage_users');
  const q = useQuery({ queryKey: ['data-protection', 'retention'], queryFn: () => call(http.GET('/api/data-protection/retention')) });
  return (
    <div data-testid="protection-retention">
      {(q.data?.items ?? []).map((item) => (
        <Card
          key={item.kind}
          size="small"
          style={{ marginBottom: 12 }}
          title={<span style={{ whiteSpace: 'normal' }}>{i18n.language === 'en' ? item.en : item.vi}</span>}
          data-testid={`retention-${item.kind}`}
        >
          <Space wrap size="large" style={{ marginBottom: 8 }}>
            <span>
              {t('dataUse.retentionDaysCol')}: <RetentionDays item={item} canEdit={canEdit} />
            </span>
            <span>
              {t('dataUse.overdue')}: <b>{fmtNumber(item.total)}</b>
            </span>
            {item.oldest && (
              <span>
                {t('dataUse.oldest')}: {fmtDate(item.oldest)}
              </span>
            )}
          </Space>
          {item.records.length > 0 && (
            <Table
              size="small"
              rowKey="id"
              pagination={false}
              dataSource={item.records}
              columns={[
                { title: '#', dataIndex: 'id', width: 70 },
                { title: t('dataUse.retentionKind'), dataIndex: 'label' },
                { title: t('dataUse.since'), dataIndex: 'since', render: fmtDate, width: 110 },
                { title: t('dataUse.place'), dataIndex: 'place' },
              ]}
            />
          )}
        </Card>
      ))}
    </div>
  );
}

/** Who used which personal data, a person's access history, and data past its retention. */
export default function DataProtectionPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  if (!me?.permissions.includes('read_audit')) return <Result status="403" title="403" subTitle={t('common.notAllowed')} />;
  return (
    <>
      <PageTitle title={t('dataUse.reportTitle')} />
      <Typography.Paragraph type="secondary">{t('dataUse.reportHint')}</Typography.Paragraph>
      <Tabs
        items={[
          { key: 'accesses', label: t('dataUse.accesses'), children: <Accesses /> },
          { key: 'person', label: t('dataUse.personHistory'), children: <PersonHistory /> },
          { key: 'retention', label: t('dataUse.retention'), children: <Retention /> },
        ]}
      />
    </>
  );
}
