import { useState } from 'react';
import { Alert, App, Button, Grid, Space, Table, Typography } from 'antd';
import { FileExcelOutlined, PlusOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call, http } from '../../api/client.js';
import type { ClassificationKind, ClassificationList } from '../../api/types.js';
import { DemoBadge, IsoDatePicker } from '../../components/common.js';
import { ImportDialog, useSummary } from '../../components/ImportDialog.js';
import { useCan } from '../../lib/session.js';
import { fmtDate, fmtNumber, viCollator } from '../../lib/format.js';
import { CreateListDialog, EntriesDrawer } from './ListDialogs.js';
import { KindSelect } from './KindSelect.js';

/** The dated lists: what they are, how many units they hold, their entries; create and import. */
export function ListsTab() {
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
  const wide = !!Grid.useBreakpoint().md;
  const validity = (l: ClassificationList) =>
    `${l.periodLabel ? `${l.periodLabel}: ` : ''}${fmtDate(l.validFrom)} – ${fmtDate(l.validTo) || t('units.ongoing')}`;
  const lists = useQuery({
    queryKey: ['classification-lists', kind, date],
    queryFn: async () => {
      const r = await call(http.GET('/api/classification-lists', { params: { query: { kind, date } } }));
      return Array.isArray(r) ? r : r.items;
    },
  });
  return (
    <>
      <div className="toolbar">
        <KindSelect value={kind} onChange={setKind} />
        <Space wrap>
          <span className="nowrap">{t('common.asOf')}</span>
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
        scroll={{ x: wide ? 1000 : undefined }}
        pagination={false}
        data-testid="classification-lists"
        columns={[
          {
            title: t('classifications.name'),
            dataIndex: 'name',
            width: wide ? 380 : undefined,
            sorter: (a, b) => viCollator.compare(a.name, b.name),
            render: (name: string, l) => (
              <Space direction="vertical" size={2}>
                <Button type="link" className="link-button" onClick={() => setOpen(l)}>
                  {name}
                </Button>
                {!wide && (
                  <Typography.Text type="secondary">
                    {t(`classifications.kinds.${l.kind}`)} · {validity(l)} · {t('classifications.entryCount')}: {fmtNumber(l.entryCount)}
                  </Typography.Text>
                )}
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {l.basis}
                </Typography.Text>
                {l.isDemo && <DemoBadge />}
              </Space>
            ),
          },
          ...(wide
            ? [
                { title: t('classifications.kind'), dataIndex: 'kind', width: 170, render: (k: ClassificationKind) => t(`classifications.kinds.${k}`) },
                { title: t('classifications.period'), key: 'validity', width: 190, render: (_: unknown, l: ClassificationList) => validity(l) },
                { title: t('classifications.entryCount'), dataIndex: 'entryCount', width: 100, align: 'right' as const, render: (n: number) => fmtNumber(n) },
              ]
            : []),
          {
            title: wide ? t('common.actions') : '',
            key: 'a',
            width: wide ? 170 : 48,
            render: (_, l) => (
              <Space size={0} direction={wide ? 'vertical' : 'horizontal'} align="start">
                <Button type="link" size="small" icon={<UnorderedListOutlined />} onClick={() => setOpen(l)} title={t('classifications.viewEntries')}>
                  {wide && t('classifications.viewEntries')}
                </Button>
                {canEdit && (
                  <Button type="link" size="small" icon={<FileExcelOutlined />} onClick={() => setImporting(l)} title={t('classifications.import')}>
                    {wide && t('classifications.import')}
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
        uploadPath="/api/classification-lists/{id}/import"
        uploadUrl={`/api/classification-lists/${importing?.id}/import`}
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
