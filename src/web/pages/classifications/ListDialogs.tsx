import { useState } from 'react';
import { App, Drawer, Form, Input, Modal, Select, Table, Tag, Typography } from 'antd';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call, http } from '../../api/client.js';
import type { ClassificationEntry, ClassificationKind, ClassificationList } from '../../api/types.js';
import { DemoBadge, IsoDatePicker } from '../../components/common.js';
import { useShowError } from '../../lib/errors.js';
import { useDebounced } from '../../lib/hooks.js';
import { fmtDate } from '../../lib/format.js';
import { CATEGORY_COLORS, categoryLabel } from './labels.js';

export const KINDS: ClassificationKind[] = ['ethnic_region', 'extremely_difficult_commune', 'extremely_difficult_village'];

interface ListValues {
  kind: ClassificationKind;
  name: string;
  periodLabel?: string;
  basis?: string;
  validFrom: string;
  validTo?: string;
}

export function CreateListDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ListValues>();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const showError = useShowError();
  const save = useMutation({
    mutationFn: (v: ListValues) =>
      call(
        http.POST('/api/classification-lists', {
          body: {
            kind: v.kind,
            name: v.name.trim(),
            validFrom: v.validFrom,
            ...(v.validTo ? { validTo: v.validTo } : {}),
            ...(v.periodLabel?.trim() ? { periodLabel: v.periodLabel.trim() } : {}),
            ...(v.basis?.trim() ? { basis: v.basis.trim() } : {}),
          },
        }),
      ),
    onSuccess: async () => {
      message.success(t('classifications.created'));
      await qc.invalidateQueries({ queryKey: ['classification-lists'] });
      onClose();
    },
    onError: (err) => showError(err, form, ['kind', 'name', 'periodLabel', 'basis', 'validFrom', 'validTo']),
  });
  return (
    <Modal
      open
      title={t('classifications.createList')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={{ kind: 'ethnic_region' }} onFinish={(v) => save.mutate(v)}>
        <Form.Item name="kind" label={t('classifications.kind')} rules={[{ required: true }]}>
          <Select options={KINDS.map((k) => ({ value: k, label: t(`classifications.kinds.${k}`) }))} />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('classifications.name')}
          rules={[{ required: true, whitespace: true, message: t('common.required') }, { max: 200 }]}
          hasFeedback
        >
          <Input maxLength={220} />
        </Form.Item>
        <Form.Item name="periodLabel" label={t('classifications.period')} rules={[{ max: 50 }]}>
          <Input placeholder="2021–2025" maxLength={60} />
        </Form.Item>
        <Form.Item name="basis" label={t('classifications.basis')} rules={[{ max: 500 }]}>
          <Input.TextArea rows={2} placeholder="Quyết định 861/QĐ-TTg ngày 04/6/2021" maxLength={520} />
        </Form.Item>
        <Form.Item name="validFrom" label={t('classifications.validFrom')} rules={[{ required: true, message: t('common.required') }]}>
          <IsoDatePicker />
        </Form.Item>
        <Form.Item
          name="validTo"
          label={t('classifications.validTo')}
          dependencies={['validFrom']}
          rules={[
            ({ getFieldValue }) => ({
              validator: (_, v?: string) =>
                !v || !getFieldValue('validFrom') || v >= getFieldValue('validFrom')
                  ? Promise.resolve()
                  : Promise.reject(new Error(`${t('classifications.validTo')} ≥ ${t('classifications.validFrom')}`)),
            }),
          ]}
        >
          <IsoDatePicker allowClear />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** What one list holds: communes or villages and their class. */
export function EntriesDrawer({ list, onClose }: { list: ClassificationList | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const query = useDebounced(q.trim(), 300);
  const entries = useQuery({
    queryKey: ['classification-lists', list?.id, 'entries', query, page],
    queryFn: () => call(http.GET('/api/classification-lists/{id}/entries', { params: { path: { id: list!.id }, query: { q: query, page, pageSize: 50 } } })),
    enabled: !!list,
    placeholderData: keepPreviousData,
  });
  return (
    <Drawer open={!!list} onClose={onClose} title={list?.name} size={Math.min(720, window.innerWidth)}>
      {list && (
        <>
          <Typography.Paragraph type="secondary">
            {t(`classifications.kinds.${list.kind}`)} · {list.periodLabel} · {fmtDate(list.validFrom)} – {fmtDate(list.validTo) || t('units.ongoing')}
            {list.basis ? ` · ${list.basis}` : ''} {list.isDemo && <DemoBadge />}
          </Typography.Paragraph>
          <Input.Search
            allowClear
            placeholder={t('classifications.searchPlaceholder')}
            value={q}
            onChange={(e) => {
              setQ(e.target.value);
              setPage(1);
            }}
            style={{ marginBottom: 12 }}
          />
          <Table<ClassificationEntry>
            size="small"
            rowKey={(e, i) => String(e.id ?? i)}
            loading={entries.isFetching}
            dataSource={entries.data?.items ?? []}
            scroll={{ x: 'max-content' }}
            pagination={{ current: page, pageSize: 50, total: entries.data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
            columns={[
              {
                title: t('classifications.unit'),
                render: (_, e) => (e.unit ? `${e.unit.fullName ?? e.unit.name} (${e.unit.code})` : (e.village?.communeName ?? '')),
              },
              ...(list.kind === 'extremely_difficult_village'
                ? [{ title: t('classifications.village'), render: (_: unknown, e: ClassificationEntry) => e.village?.name ?? '' }]
                : []),
              {
                title: t('classifications.category'),
                dataIndex: 'category',
                render: (c: string) => <Tag color={CATEGORY_COLORS[c]}>{categoryLabel(t, c)}</Tag>,
              },
            ]}
          />
        </>
      )}
    </Drawer>
  );
}
