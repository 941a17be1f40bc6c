import { useMemo, useState } from 'react';
import { Alert, App, Button, Input, Select, Space, Table, Tabs, Tag } from 'antd';
import { FileExcelOutlined, PlusOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, qs } from '../../api/client.js';
import type { ClassificationEntry, ClassificationKind, ClassificationList, Paged } from '../../api/types.js';
import { DemoBadge, IsoDatePicker, PageTitle } from '../../components/common.js';
import { ImportDialog, useSummary } from '../../components/ImportDialog.js';
import { useCan } from '../../lib/session.js';
import { useDebounced } from '../../lib/hooks.js';
import { fmtDate, fmtNumber, todayIso, viCollator } from '../../lib/format.js';
import { CATEGORY_COLORS, categoryLabel } from './labels.js';
import { CreateListDialog, EntriesDrawer, KINDS } from './ListDialogs.js';

function KindSelect({ value, onChange }: { value?: ClassificationKind; onChange: (k?: ClassificationKind) => void }) {
  const { t } = useTranslation();
  return (
    <Select<ClassificationKind>
      allowClear
      value={value}
      onChange={onChange}
      placeholder={t('classifications.kind')}
      style={{ minWidth: 220 }}
      options={KINDS.map((k) => ({ value: k, label: t(`classifications.kinds.${k}`) }))}
    />
  );
}

function ListsTab() {
  const { t } = useTranslation();
  const canEdit = useCan('edit_classifications');
  const { message } = App.useApp();
  const summary = useSummary();
  const qc = useQueryClient();
  const [kind, setKind] = useState<ClassificationKind | undefined>();
  const [date, setDate] = useState<string | undefined>();
  const [open, setOpen] = useState<ClassificationList | null>(null);
  const [importing, setImporting] = useState<ClassificationList | null>(null);
  const [creating, setCreating] = useState(false);
  const lists = useQuery({
    queryKey: ['classification-lists', kind, date],
    queryFn: async () => {
      const r = await api<Paged<ClassificationList> | ClassificationList[]>(`/classification-lists${qs({ kind, date })}`);
      return Array.isArray(r) ? r : r.items;
    },
  });
  return (
    <>
      <div className="toolbar">
        <KindSelect value={kind} onChange={setKind} />
        <Space>
          <span>{t('common.asOf')}</span>
          <IsoDatePicker value={date} onChange={setDate} allowClear />
        </Space>
        <span className="grow" />
        {canEdit && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('classifications.createList')}
          </Button>
        )}
      </div>
      {lists.error && <Alert type="error" showIcon message={(lists.error as Error).message} style={{ marginBottom: 12 }} />}
      <Table<ClassificationList>
        rowKey="id"
        size="small"
        loading={lists.isFetching}
        dataSource={lists.data ?? []}
        scroll={{ x: 'max-content' }}
        pagination={false}
        data-testid="classification-lists"
        columns={[
          {
            title: t('classifications.name'),
            dataIndex: 'name',
            sorter: (a, b) => viCollator.compare(a.name, b.name),
            render: (name: string, l) => (
              <Space size={4} wrap>
                <a onClick={() => setOpen(l)}>{name}</a>
                {l.isDemo && <DemoBadge />}
              </Space>
            ),
          },
          { title: t('classifications.kind'), dataIndex: 'kind', render: (k: ClassificationKind) => t(`classifications.kinds.${k}`) },
          { title: t('classifications.period'), dataIndex: 'periodLabel' },
          { title: t('classifications.basis'), dataIndex: 'basis', ellipsis: true, width: 260 },
          { title: t('classifications.validFrom'), dataIndex: 'validFrom', render: fmtDate },
          { title: t('classifications.validTo'), dataIndex: 'validTo', render: (d: string | null) => fmtDate(d) || t('units.ongoing') },
          { title: t('classifications.entryCount'), dataIndex: 'entryCount', align: 'right', render: (n?: number) => fmtNumber(n) },
          {
            title: t('common.actions'),
            key: 'a',
            render: (_, l) => (
              <Space size={0}>
                <Button type="link" size="small" icon={<UnorderedListOutlined />} onClick={() => setOpen(l)}>
                  {t('classifications.viewEntries')}
                </Button>
                {canEdit && (
                  <Button type="link" size="small" icon={<FileExcelOutlined />} onClick={() => setImporting(l)}>
                    {t('classifications.import')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      <EntriesDrawer list={open} onClose={() => setOpen(null)} />
      {creating && <CreateListDialog onClose={() => setCreating(false)} />}
      <ImportDialog
        open={!!importing}
        title={t('classifications.importTitle', { name: importing?.name ?? '' })}
        uploadPath={`/classification-lists/${importing?.id}/import`}
        onClose={() => setImporting(null)}
        onDone={(r) => {
          message.success(t('import.imported', { summary: summary(r) }));
          void qc.invalidateQueries({ queryKey: ['classification-lists'] });
          void qc.invalidateQueries({ queryKey: ['classifications'] });
        }}
      />
    </>
  );
}

function AsOfTab() {
  const { t } = useTranslation();
  const [date, setDate] = useState(todayIso());
  const [kind, setKind] = useState<ClassificationKind | undefined>();
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const query = useDebounced(q.trim(), 300);
  const rows = useQuery({
    queryKey: ['classifications', 'asof', date, kind, query, page],
    queryFn: () => api<Paged<ClassificationEntry>>(`/classifications${qs({ date, kind, q: query, page, pageSize: 100 })}`),
    placeholderData: keepPreviousData,
  });
  const items = rows.data?.items ?? [];
  const counts = useMemo(() => {
    const m = new Map<string, number>();
    for (const e of items) m.set(e.category, (m.get(e.category) ?? 0) + 1);
    return [...m.entries()];
  }, [items]);
  const complete = rows.data && rows.data.total <= items.length;
  return (
    <>
      <div className="toolbar">
        <Space>
          <span>{t('common.asOf')}</span>
          <IsoDatePicker value={date} onChange={(d) => { if (d) { setDate(d); setPage(1); } }} />
        </Space>
        <KindSelect value={kind} onChange={(k) => { setKind(k); setPage(1); }} />
        <Input.Search className="grow" allowClear placeholder={t('classifications.searchPlaceholder')} value={q} onChange={(e) => { setQ(e.target.value); setPage(1); }} />
      </div>
      {complete && counts.length > 0 && (
        <Space wrap style={{ marginBottom: 12 }}>
          <span>{t('classifications.summary', { date: fmtDate(date) })}:</span>
          {counts.map(([c, n]) => (
            <Tag key={c} color={CATEGORY_COLORS[c]}>
              {categoryLabel(t, c)}: {fmtNumber(n)}
            </Tag>
          ))}
        </Space>
      )}
      {rows.error && <Alert type="error" showIcon message={(rows.error as Error).message} style={{ marginBottom: 12 }} />}
      <Table<ClassificationEntry>
        size="small"
        rowKey={(e, i) => `${e.id ?? ''}-${e.unit?.code ?? ''}-${e.village?.id ?? ''}-${i}`}
        loading={rows.isFetching}
        dataSource={items}
        scroll={{ x: 'max-content' }}
        data-testid="classification-asof"
        pagination={{ current: page, pageSize: 100, total: rows.data?.total ?? 0, onChange: setPage, showSizeChanger: false, showTotal: (total) => t('common.total', { count: total }) }}
        columns={[
          { title: t('classifications.unit'), render: (_, e) => (e.unit ? `${e.unit.fullName ?? e.unit.name} (${e.unit.code})` : e.village?.communeName ?? '') },
          { title: t('classifications.village'), render: (_, e) => e.village?.name ?? '—' },
          { title: t('classifications.category'), dataIndex: 'category', render: (c: string) => <Tag color={CATEGORY_COLORS[c]}>{categoryLabel(t, c)}</Tag> },
          { title: t('classifications.kind'), render: (_, e) => t(`classifications.kinds.${e.kind ?? e.list?.kind ?? 'ethnic_region'}`) },
          {
            title: t('classifications.list'),
            render: (_, e) => (
              <Space size={4} wrap>
                <span>{e.list?.name}</span>
                {(e.isDemo || e.list?.isDemo) && <DemoBadge />}
              </Space>
            ),
          },
        ]}
      />
    </>
  );
}

export default function ClassificationsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle title={t('classifications.title')} />
      <Tabs
        items={[
          { key: 'asof', label: t('classifications.asOfView'), children: <AsOfTab /> },
          { key: 'lists', label: t('classifications.lists'), children: <ListsTab /> },
        ]}
      />
    </>
  );
}
