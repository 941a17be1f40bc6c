import { useState } from 'react';
import { App, Button, Input, Modal, Popconfirm, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { EditOutlined, PlusOutlined, StopOutlined } from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, qs } from '../../api/client.js';
import type { Paged } from '../../api/types.js';
import { useShowError } from '../../lib/errors.js';
import { useDebounced } from '../../lib/hooks.js';

export type Kind = 'data-sets' | 'data-elements' | 'categories' | 'category-combos' | 'validation-rules';
type Item = Record<string, unknown> & { code: string; nameVi: string; nameEn: string | null; active: boolean };

const READ_ONLY = ['id', 'createdAt', 'updatedAt', 'optionCombos'];

/** One kind of reporting metadata: searchable list; create, edit (as JSON) and deactivate for managers. */
export function MetadataList({ kind, columns, canManage }: { kind: Kind; columns: TableColumnsType<Item>; canManage: boolean }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowError();
  const qc = useQueryClient();
  const [q, setQ] = useState('');
  const query = useDebounced(q.trim(), 300);
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<{ code: string | null; text: string } | null>(null);
  const list = useQuery({
    queryKey: ['reporting', kind, query, page],
    queryFn: () => api<Paged<Item>>(`/reporting/${kind}${qs({ q: query, active: 'all', page, pageSize: 50 })}`),
    placeholderData: keepPreviousData,
  });
  const save = useMutation({
    mutationFn: ({ code, body }: { code: string | null; body: unknown }) =>
      code ? api(`/reporting/${kind}/${encodeURIComponent(code)}`, { method: 'PUT', body }) : api(`/reporting/${kind}`, { method: 'POST', body }),
    onSuccess: () => {
      message.success(t('reporting.forms.saved'));
      setEditing(null);
      void qc.invalidateQueries({ queryKey: ['reporting'] });
    },
    onError: (e) => showError(e),
  });
  const deactivate = useMutation({
    mutationFn: (code: string) => api(`/reporting/${kind}/${encodeURIComponent(code)}/deactivate`, { method: 'POST' }),
    onSuccess: () => {
      message.success(t('reporting.forms.deactivated'));
      void qc.invalidateQueries({ queryKey: ['reporting'] });
    },
    onError: (e) => showError(e),
  });
  const strip = (item: Item) => Object.fromEntries(Object.entries(item).filter(([k]) => !READ_ONLY.includes(k)));
  const all: TableColumnsType<Item> = [
    { title: t('reporting.forms.code'), dataIndex: 'code', key: 'code', render: (c: string) => <Typography.Text code>{c}</Typography.Text> },
    { title: t('reporting.forms.name'), key: 'name', render: (_, i) => (i18n.language === 'en' && i.nameEn ? i.nameEn : i.nameVi), width: 360 },
    ...columns,
    { title: '', key: 'active', render: (_, i) => (i.active ? <Tag color="green">{t('reporting.forms.active')}</Tag> : <Tag>{t('reporting.forms.inactive')}</Tag>) },
  ];
  if (canManage)
    all.push({
      title: '',
      key: 'actions',
      render: (_, i) => (
        <Space size={4}>
          <Button size="small" icon={<EditOutlined />} aria-label={t('reporting.forms.edit')} onClick={() => setEditing({ code: i.code, text: JSON.stringify(strip(i), null, 2) })} />
          {i.active && (
            <Popconfirm title={t('reporting.forms.deactivate')} onConfirm={() => deactivate.mutate(i.code)}>
              <Button size="small" danger icon={<StopOutlined />} aria-label={t('reporting.forms.deactivate')} />
            </Popconfirm>
          )}
        </Space>
      ),
    });
  return (
    <>
      <div className="toolbar">
        <Input.Search className="grow" allowClear placeholder={t('reporting.forms.search')} value={q} onChange={(e) => setQ(e.target.value)} style={{ maxWidth: 360 }} />
        {canManage && (
          <Button icon={<PlusOutlined />} onClick={() => setEditing({ code: null, text: JSON.stringify({ code: '', nameVi: '', nameEn: '' }, null, 2) })}>
            {t('reporting.forms.create')}
          </Button>
        )}
      </div>
      <Table
        rowKey="code"
        size="small"
        columns={all}
        dataSource={list.data?.items ?? []}
        loading={list.isFetching}
        scroll={{ x: 'max-content' }}
        data-testid={`list-${kind}`}
        pagination={{ current: page, pageSize: 50, total: list.data?.total ?? 0, onChange: setPage, showSizeChanger: false, hideOnSinglePage: true }}
      />
      <Modal
        open={!!editing}
        width={720}
        title={editing?.code ? t('reporting.forms.editTitle', { code: editing.code }) : t('reporting.forms.createTitle')}
        confirmLoading={save.isPending}
        onCancel={() => setEditing(null)}
        onOk={() => {
          if (!editing) return;
          let body: unknown;
          try {
            body = JSON.parse(editing.text);
          } catch {
            message.error(t('reporting.forms.badJson'));
            return;
          }
          save.mutate({ code: editing.code, body });
        }}
      >
        <Typography.Paragraph type="secondary">{t('reporting.forms.jsonHint')}</Typography.Paragraph>
        <Input.TextArea
          rows={18}
          value={editing?.text}
          onChange={(e) => setEditing((x) => (x ? { ...x, text: e.target.value } : x))}
          style={{ fontFamily: 'ui-monospace, monospace', fontSize: 12 }}
          data-testid="json-editor"
        />
      </Modal>
    </>
  );
}
