import { useMemo, useState } from 'react';
import { App, Button, Input, Popconfirm, Select, Space, Table, Tooltip, Typography } from 'antd';
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call, http } from '../../../api/client.js';
import type { Paged } from '../../../api/types.js';
import { useShowError } from '../../../lib/errors.js';
import { searchKey } from '../../../../shared/text.js';
import { MAPPING_KINDS, type Mapping } from './api.js';
import { MappingDialog } from './MappingDialog.js';

/** The DHIS2 mapping table: list (by kind, searchable), set, remove. */
export function MappingsTab({ canManage }: { canManage: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowError();
  const qc = useQueryClient();
  const [kind, setKind] = useState<string | undefined>();
  const [q, setQ] = useState('');
  const [open, setOpen] = useState<{ item: Mapping | null } | null>(null);
  const list = useQuery({
    queryKey: ['reporting', 'dhis2-mappings', kind],
    queryFn: () => call<Paged<Mapping>>(http.GET('/api/reporting/dhis2-mappings', { params: { query: { kind: kind as Mapping['kind'] } } })),
  });
  const rows = useMemo(() => {
    const key = searchKey(q.trim());
    return (list.data?.items ?? []).filter((m) => !key || searchKey(`${m.code} ${m.dhis2}`).includes(key));
  }, [list.data, q]);
  const remove = useMutation({
    mutationFn: (m: Mapping) => call(http.DELETE('/api/reporting/dhis2-mappings/{kind}/{code}', { params: { path: { kind: m.kind, code: m.code } } })),
    onSuccess: (_, m) => {
      message.success(t('reportingMeta.mappings.removed', { code: m.code }));
      void qc.invalidateQueries({ queryKey: ['reporting', 'dhis2-mappings'] });
    },
    onError: (e) => showError(e),
  });
  return (
    <>
      <div className="toolbar">
        <Select
          allowClear
          placeholder={t('reportingMeta.mappings.allKinds')}
          value={kind}
          onChange={setKind}
          style={{ width: 220 }}
          data-testid="mapping-kind"
          options={MAPPING_KINDS.map((k) => ({ value: k, label: t(`reportingMeta.mappings.kinds.${k}`) }))}
        />
        <Input.Search
          className="grow"
          allowClear
          placeholder={t('reportingMeta.common.search')}
          value={q}
          onChange={(e) => setQ(e.target.value)}
          style={{ maxWidth: 320 }}
        />
        {canManage && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen({ item: null })} data-testid="create-mapping">
            {t('reportingMeta.mappings.set')}
          </Button>
        )}
      </div>
      <Table<Mapping>
        rowKey={(m) => `${m.kind}:${m.code}`}
        size="small"
        loading={list.isFetching}
        dataSource={rows}
        scroll={{ x: 'max-content' }}
        data-testid="list-dhis2-mappings"
        pagination={{ pageSize: 50, showSizeChanger: false, hideOnSinglePage: true }}
        columns={[
          { title: t('reportingMeta.mappings.kind'), key: 'kind', render: (_, m) => t(`reportingMeta.mappings.kinds.${m.kind}`) },
          { title: t('reportingMeta.mappings.code'), key: 'code', render: (_, m) => <Typography.Text code>{m.code}</Typography.Text> },
          { title: t('reportingMeta.mappings.dhis2'), key: 'dhis2', render: (_, m) => <Typography.Text copyable>{m.dhis2}</Typography.Text> },
          ...(canManage
            ? [
                {
                  title: '',
                  key: 'actions',
                  render: (_: unknown, m: Mapping) =>
                    m.canEdit === false ? (
                      <Tooltip title={t('reportingMeta.mappings.locked')}>
                        <Button
                          size="small"
                          icon={<EditOutlined />}
                          aria-label={t('reportingMeta.mappings.locked')}
                          disabled
                          data-testid={`locked-mapping-${m.code}`}
                        />
                      </Tooltip>
                    ) : (
                      <Space size={4}>
                        <Button
                          size="small"
                          icon={<EditOutlined />}
                          aria-label={t('reportingMeta.common.edit')}
                          title={t('reportingMeta.common.edit')}
                          data-testid={`edit-mapping-${m.code}`}
                          onClick={() => setOpen({ item: m })}
                        />
                        <Popconfirm title={t('reportingMeta.mappings.removeConfirm', { code: m.code })} onConfirm={() => remove.mutate(m)}>
                          <Button
                            size="small"
                            danger
                            icon={<DeleteOutlined />}
                            aria-label={t('reportingMeta.mappings.remove')}
                            title={t('reportingMeta.mappings.remove')}
                            data-testid={`remove-mapping-${m.code}`}
                          />
                        </Popconfirm>
                      </Space>
                    ),
                },
              ]
            : []),
        ]}
      />
      {open && <MappingDialog item={open.item} onClose={() => setOpen(null)} />}
    </>
  );
}
