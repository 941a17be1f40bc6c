import { useState } from 'react';
import { App, Button, Checkbox, Grid, Input, Popconfirm, Space, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { EditOutlined, EyeOutlined, PlusOutlined, StopOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call, http } from '../../../api/client.js';
import { useShowError } from '../../../lib/errors.js';
import { useDebounced } from '../../../lib/hooks.js';
import { deactivatePath, editable, useMetaPage, useNameOf, type MetaKind } from './api.js';

type Row = { code: string; nameVi: string; nameEn: string; active: boolean; owner?: string | null; ownerName?: string | null; canEdit?: boolean };

interface Props<T extends Row> {
  kind: MetaKind;
  columns: TableColumnsType<T>;
  canManage: boolean;
  /** Opens the item's dialog (null: a new item); read-only when the user cannot manage. */
  onOpen: (item: T | null) => void;
  /** Items nobody edits (built in): shown with the view button only. */
  builtIn?: (item: T) => boolean;
}

/** A searchable list of one metadata kind with its row actions: edit or view, deactivate. */
export function MetaTable<T extends Row>({ kind, columns, canManage, onOpen, builtIn }: Props<T>) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowError();
  const qc = useQueryClient();
  const nameOf = useNameOf();
  const screens = Grid.useBreakpoint();
  const [q, setQ] = useState('');
  const [inactive, setInactive] = useState(true);
  const [page, setPage] = useState(1);
  const query = useDebounced(q.trim(), 300);
  const list = useMetaPage<T>(kind, query, page, inactive ? 'all' : 'true');
  const deactivate = useMutation({
    mutationFn: (code: string) => call(http.POST(deactivatePath(kind), { params: { path: { code } } })),
    onSuccess: (_, code) => {
      message.success(t('reportingMeta.common.deactivated', { code }));
      void qc.invalidateQueries({ queryKey: ['reporting'] });
    },
    onError: (e) => showError(e),
  });
  const all: TableColumnsType<T> = [
    { title: t('reportingMeta.common.code'), dataIndex: 'code', key: 'code', render: (c: string) => <Typography.Text code>{c}</Typography.Text> },
    { title: t('reportingMeta.common.name'), key: 'name', render: (_, i) => nameOf(i), width: screens.md ? 340 : 180 },
    // The owner next to the name, so it stays in view when the table scrolls sideways.
    {
      title: t('reportingMeta.common.owner'),
      key: 'owner',
      render: (_, i) => (i.owner ? <Tag color="blue">{i.ownerName ?? i.owner}</Tag> : <Tag color="gold">{t('reportingMeta.common.national')}</Tag>),
    },
    ...columns,
    {
      title: t('reportingMeta.common.status'),
      key: 'active',
      render: (_, i) => (i.active ? <Tag color="green">{t('reportingMeta.common.active')}</Tag> : <Tag>{t('reportingMeta.common.inactive')}</Tag>),
    },
    {
      title: '',
      key: 'actions',
      fixed: 'right',
      render: (_, i) => {
        const view = (
          <Button
            size="small"
            icon={<EyeOutlined />}
            aria-label={t('reportingMeta.common.view')}
            title={t('reportingMeta.common.view')}
            data-testid={`view-${i.code}`}
            onClick={() => onOpen(i)}
          />
        );
        if (!canManage || builtIn?.(i)) return view;
        if (!editable(canManage, i)) {
          // Shown but disabled, saying who may change it.
          const why = t(i.owner ? 'reportingMeta.common.lockedOther' : 'reportingMeta.common.lockedNational');
          return (
            <Space size={4}>
              {view}
              <Tooltip title={why}>
                <Button size="small" icon={<EditOutlined />} aria-label={why} disabled data-testid={`locked-${i.code}`} />
              </Tooltip>
            </Space>
          );
        }
        return (
          <Space size={4}>
            <Button
              size="small"
              icon={<EditOutlined />}
              aria-label={t('reportingMeta.common.edit')}
              title={t('reportingMeta.common.edit')}
              data-testid={`edit-${i.code}`}
              onClick={() => onOpen(i)}
            />
            {i.active && (
              <Popconfirm title={t('reportingMeta.common.deactivateConfirm', { code: i.code })} onConfirm={() => deactivate.mutate(i.code)}>
                <Button
                  size="small"
                  danger
                  icon={<StopOutlined />}
                  aria-label={t('reportingMeta.common.deactivate')}
                  title={t('reportingMeta.common.deactivate')}
                  data-testid={`deactivate-${i.code}`}
                />
              </Popconfirm>
            )}
          </Space>
        );
      },
    },
  ];
  return (
    <>
      <div className="toolbar">
        <Input.Search
          className="grow"
          allowClear
          placeholder={t('reportingMeta.common.search')}
          value={q}
          onChange={(e) => {
            setQ(e.target.value);
            setPage(1);
          }}
          style={{ maxWidth: 360 }}
          data-testid={`search-${kind}`}
        />
        <Checkbox checked={inactive} onChange={(e) => setInactive(e.target.checked)}>
          {t('reportingMeta.common.showInactive')}
        </Checkbox>
        {canManage && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => onOpen(null)} data-testid={`create-${kind}`}>
            {t('reportingMeta.common.create')}
          </Button>
        )}
      </div>
      <Table<T>
        rowKey="code"
        size="small"
        columns={all}
        dataSource={list.data?.items ?? []}
        loading={list.isFetching}
        scroll={{ x: 'max-content' }}
        data-testid={`list-${kind}`}
        pagination={{ current: page, pageSize: 50, total: list.data?.total ?? 0, onChange: setPage, showSizeChanger: false, hideOnSinglePage: true }}
      />
    </>
  );
}
