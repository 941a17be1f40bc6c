import { useEffect } from 'react';
import { App, Form, Input, Modal, Radio, Select, type FormInstance } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call, http } from '../../api/client.js';
import type { Unit, Village, VillageType } from '../../api/types.js';
import { IsoDatePicker } from '../../components/common.js';
import { useShowError } from '../../lib/errors.js';
import { todayVN } from '../../../shared/dates.js';
import { VILLAGE_CODE } from '../../../shared/fields.js';

export const VILLAGE_TYPES: VillageType[] = ['thon', 'ban', 'xom', 'to_dan_pho', 'khac'];

/** Rules shared by create, rename and merge: checked as the user types. */
export function useNameRules() {
  const { t } = useTranslation();
  return [
    { required: true, whitespace: true, message: t('common.required') },
    { max: 100, message: t('villages.nameRule') },
  ];
}

function useTypeOptions() {
  const { t } = useTranslation();
  return VILLAGE_TYPES.map((v) => ({ value: v, label: t(`villages.types.${v}`) }));
}

function useVillageMutation<V>(fn: (v: V) => Promise<unknown>, form: FormInstance<any>, fields: string[], ok: (v: V) => string, onClose: () => void) {
  const qc = useQueryClient();
  const { message } = App.useApp();
  const showError = useShowError();
  return useMutation({
    mutationFn: fn,
    onSuccess: async (_r, v) => {
      message.success(ok(v));
      await qc.invalidateQueries({ queryKey: ['villages'] });
      onClose();
    },
    onError: (err) => showError(err, form, fields),
  });
}

interface CreateValues {
  code?: string;
  name: string;
  type: VillageType;
  validFrom?: string;
}

export function CreateVillageDialog({ commune, date, onClose }: { commune: Unit; date: string; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<CreateValues>();
  const nameRules = useNameRules();
  const typeOptions = useTypeOptions();
  const save = useVillageMutation(
    (v: CreateValues) =>
      call(
        http.POST('/api/villages', {
          body: {
            communeCode: commune.code,
            date,
            name: v.name.trim(),
            type: v.type,
            ...(v.code?.trim() ? { code: v.code.trim() } : {}),
            ...(v.validFrom ? { validFrom: v.validFrom } : {}),
          },
        }),
      ),
    form,
    ['code', 'name', 'type', 'validFrom', 'communeCode', 'date'],
    (v) => t('villages.created', { name: v.name.trim() }),
    onClose,
  );
  return (
    <Modal
      open
      title={t('villages.createTitle', { commune: commune.fullName })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={{ type: 'thon' }} onFinish={(v) => save.mutate(v)} data-testid="village-create-form">
        <Form.Item name="name" label={t('common.name')} rules={nameRules} hasFeedback>
          <Input maxLength={120} autoFocus />
        </Form.Item>
        <Form.Item name="type" label={t('villages.type')} rules={[{ required: true }]}>
          <Select options={typeOptions} />
        </Form.Item>
        <Form.Item name="code" label={t('common.code')} extra={t('villages.codeHint')} rules={[{ pattern: VILLAGE_CODE, message: t('villages.codeHint') }]}>
          <Input maxLength={20} />
        </Form.Item>
        <Form.Item name="validFrom" label={t('villages.validFrom')}>
          <IsoDatePicker allowClear />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function RenameVillageDialog({ village, onClose }: { village: Village; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ name: string; type: VillageType }>();
  const nameRules = useNameRules();
  const typeOptions = useTypeOptions();
  const save = useVillageMutation(
    (v: { name: string; type: VillageType }) =>
      call(http.PATCH('/api/villages/{id}', { params: { path: { id: village.id } }, body: { name: v.name.trim(), type: v.type } })),
    form,
    ['name', 'type'],
    () => t('villages.renamed'),
    onClose,
  );
  return (
    <Modal
      open
      title={t('villages.renameTitle', { name: village.name })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={{ name: village.name, type: village.type }} onFinish={(v) => save.mutate(v)}>
        <Form.Item name="name" label={t('common.name')} rules={nameRules} hasFeedback>
          <Input maxLength={120} autoFocus />
        </Form.Item>
        <Form.Item name="type" label={t('villages.type')} rules={[{ required: true }]}>
          <Select options={typeOptions} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function DeactivateVillageDialog({ village, onClose }: { village: Village; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ date: string; reason: string }>();
  const save = useVillageMutation(
    (v: { date: string; reason: string }) =>
      call(http.POST('/api/villages/{id}/deactivate', { params: { path: { id: village.id } }, body: { date: v.date, reason: v.reason.trim() } })),
    form,
    ['date', 'reason'],
    () => t('villages.deactivated', { name: village.name }),
    onClose,
  );
  return (
    <Modal
      open
      title={t('villages.deactivateTitle', { name: village.name })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('villages.deactivate')}
      okButtonProps={{ danger: true }}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={{ date: todayVN() }} onFinish={(v) => save.mutate(v)}>
        <Form.Item name="date" label={t('villages.effectiveDate')} rules={[{ required: true, message: t('common.required') }]}>
          <IsoDatePicker />
        </Form.Item>
        <Form.Item name="reason" label={t('villages.reason')} rules={[{ required: true, whitespace: true, message: t('common.required') }, { max: 500 }]}>
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface MergeValues {
  sourceIds: number[];
  mode: 'existing' | 'new';
  targetId?: number;
  target?: { name: string; type: VillageType; code?: string };
  date: string;
}

/** Merges villages of one commune, into one of them or into a new village. */
export function MergeVillagesDialog({ villages, selected, onClose }: { villages: Village[]; selected: number[]; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<MergeValues>();
  const nameRules = useNameRules();
  const typeOptions = useTypeOptions();
  const mode = Form.useWatch('mode', form);
  const sources = Form.useWatch('sourceIds', form) ?? [];
  const options = villages.filter((v) => v.status === 'active').map((v) => ({ value: v.id, label: `${v.name} (${v.code})` }));
  useEffect(() => {
    const target = form.getFieldValue('targetId');
    if (target && sources.includes(target)) form.setFieldValue('targetId', undefined);
  }, [sources, form]);
  const save = useVillageMutation(
    (v: MergeValues) =>
      call(
        http.POST('/api/villages/merge', {
          body: {
            sourceIds: v.sourceIds,
            date: v.date,
            ...(v.mode === 'existing'
              ? { targetId: v.targetId }
              : { target: { name: v.target!.name.trim(), type: v.target!.type, ...(v.target!.code?.trim() ? { code: v.target!.code.trim() } : {}) } }),
          },
        }),
      ),
    form,
    ['sourceIds', 'targetId', 'target', 'date'],
    () => t('villages.merged'),
    onClose,
  );
  return (
    <Modal
      open
      title={t('villages.mergeTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('villages.merge')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      destroyOnHidden
      width={600}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ sourceIds: selected, mode: 'new', date: todayVN(), target: { type: 'thon' } }}
        onFinish={(v) => save.mutate(v)}
      >
        <Form.Item
          name="sourceIds"
          label={t('villages.sources')}
          rules={[
            ({ getFieldValue }) => ({
              validator: (_, v: number[] = []) =>
                v.length >= 2 || (v.length >= 1 && getFieldValue('mode') === 'existing')
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('villages.sourcesRule'))),
            }),
          ]}
        >
          <Select mode="multiple" options={options} showSearch={{ optionFilterProp: 'label' }} />
        </Form.Item>
        <Form.Item name="mode" label={t('villages.targetMode')}>
          <Radio.Group
            options={[
              { value: 'new', label: t('villages.targetNew') },
              { value: 'existing', label: t('villages.targetExisting') },
            ]}
          />
        </Form.Item>
        {mode === 'existing' ? (
          <Form.Item name="targetId" label={t('villages.target')} rules={[{ required: true, message: t('common.required') }]}>
            <Select options={options.filter((o) => !sources.includes(o.value))} showSearch={{ optionFilterProp: 'label' }} />
          </Form.Item>
        ) : (
          <>
            <Form.Item name={['target', 'name']} label={t('villages.newName')} rules={nameRules} hasFeedback>
              <Input maxLength={120} />
            </Form.Item>
            <Form.Item name={['target', 'type']} label={t('villages.type')} rules={[{ required: true }]}>
              <Select options={typeOptions} />
            </Form.Item>
          </>
        )}
        <Form.Item name="date" label={t('villages.effectiveDate')} rules={[{ required: true, message: t('common.required') }]}>
          <IsoDatePicker />
        </Form.Item>
      </Form>
    </Modal>
  );
}
