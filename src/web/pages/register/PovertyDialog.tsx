import { App, Form, InputNumber, Modal, Select } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call, http } from '../../api/client.js';
import type { Body } from '../../api/types.js';
import { IsoDatePicker } from '../../components/common.js';
import { useShowError } from '../../lib/errors.js';
import { todayVN } from '../../../shared/dates.js';
import { useCodes, type HouseholdDetail } from './api.js';

interface Values {
  year: number;
  status: PovertyBody['status'];
  deprivations?: PovertyBody['deprivations'];
  incomePerCapita?: number | null;
  effectiveDate: string;
}

type PovertyBody = Body<'/api/households/{id}/poverty/{year}', 'put'>;

/** Records (or corrects) the poverty classification of one year. */
export function PovertyDialog({ household, onClose }: { household: HouseholdDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const codes = useCodes();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const showError = useShowError();
  const required = { required: true, message: t('register.form.required') };
  const thisYear = Number(todayVN().slice(0, 4));
  const year = Form.useWatch('year', form);
  const save = useMutation({
    mutationFn: (v: Values) =>
      call(
        http.PUT('/api/households/{id}/poverty/{year}', {
          params: { path: { id: household.id, year: v.year } },
          body: { status: v.status, deprivations: v.deprivations ?? [], incomePerCapita: v.incomePerCapita ?? null, effectiveDate: v.effectiveDate },
        }),
      ),
    onSuccess: async () => {
      message.success(t('register.household.saved', { code: household.code }));
      await qc.invalidateQueries({ queryKey: ['households'] });
      onClose();
    },
    onError: (e) => showError(e, form),
  });
  const existing = household.povertyHistory.find((p) => p.year === year);
  return (
    <Modal
      open
      title={`${t('register.household.setPoverty')} – ${household.code}`}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ year: thisYear, effectiveDate: todayVN() }}
        onValuesChange={(changed: Partial<Values>) => {
          // Choosing a year already classified starts from what is recorded.
          const p = changed.year ? household.povertyHistory.find((x) => x.year === changed.year) : undefined;
          if (p)
            form.setFieldsValue({
              status: p.status as Values['status'],
              deprivations: p.deprivations as Values['deprivations'],
              incomePerCapita: p.incomePerCapita,
            });
        }}
        onFinish={(v) => save.mutate(v)}
      >
        <Form.Item name="year" label={t('register.household.povertyYear')} rules={[required]}>
          <Select options={Array.from({ length: thisYear - 2020 }, (_, i) => thisYear - i).map((y) => ({ value: y, label: String(y) }))} />
        </Form.Item>
        <Form.Item
          name="status"
          label={t('register.household.povertyStatus')}
          rules={[required]}
          extra={existing ? `${t('register.household.povertyStandard')}: ${existing.standard}` : undefined}
        >
          <Select options={codes.options('povertyStatus')} />
        </Form.Item>
        <Form.Item name="deprivations" label={t('register.household.deprivations')}>
          <Select mode="multiple" allowClear options={codes.options('deprivation')} />
        </Form.Item>
        <Form.Item name="incomePerCapita" label={t('register.household.incomePerCapita')}>
          <InputNumber min={0} max={1_000_000_000} step={100_000} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="effectiveDate" label={t('register.form.effectiveDate')} rules={[required]}>
          <IsoDatePicker />
        </Form.Item>
      </Form>
    </Modal>
  );
}
