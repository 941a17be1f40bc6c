import { App, Form, Grid, Modal } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call, http } from '../../api/client.js';
import type { Body } from '../../api/types.js';
import { IsoDatePicker } from '../../components/common.js';
import { useShowError } from '../../lib/errors.js';
import { todayVN } from '../../../shared/dates.js';
import type { PersonDetail } from './api.js';
import { PersonFields } from './PersonFields.js';

const FIELDS = [
  'fullName',
  'sex',
  'birthDate',
  'birthYear',
  'ethnicCode',
  'religion',
  'cccd',
  'maritalStatus',
  'educationLevel',
  'literate',
  'speaksVietnamese',
  'schoolEnrolment',
  'occupation',
  'healthInsurance',
  'disability',
] as const;

/** Edits a person's record from an effective date; only changed fields are sent. */
export function PersonEditDialog({ person, onClose }: { person: PersonDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Record<string, any>>();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const showError = useShowError();
  const screens = Grid.useBreakpoint();
  const save = useMutation({
    mutationFn: async (v: Record<string, any>) => {
      const changed: Record<string, unknown> = {};
      for (const k of FIELDS) {
        let val = v[k] === undefined || v[k] === '' ? null : v[k];
        if (typeof val === 'string') val = val.trim();
        if (val !== (person[k] ?? null)) changed[k] = val;
      }
      if (Object.keys(changed).length === 0) return null;
      // The API takes the year with the date.
      if ('birthDate' in changed && changed.birthDate && !('birthYear' in changed)) changed.birthYear = Number(String(changed.birthDate).slice(0, 4));
      if (changed.birthYear === null) delete changed.birthYear;
      return call(
        http.PATCH('/api/persons/{id}', {
          params: { path: { id: person.id } },
          body: { version: person.version, effectiveDate: v.effectiveDate, ...changed } as Body<'/api/persons/{id}', 'patch'>,
        }),
      );
    },
    onSuccess: async (r) => {
      message.success(r ? t('register.person.saved') : t('register.household.noChange'));
      await qc.invalidateQueries({ queryKey: ['persons'] });
      await qc.invalidateQueries({ queryKey: ['households'] });
      onClose();
    },
    onError: (e) => showError(e, form),
  });
  const initial = { effectiveDate: todayVN(), ...Object.fromEntries(FIELDS.map((k) => [k, person[k] ?? undefined])) };
  return (
    <Modal
      open
      title={t('register.person.editTitle', { name: person.fullName })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      destroyOnHidden
      width={screens.md ? 720 : '100%'}
      style={screens.md ? undefined : { top: 8, maxWidth: 'calc(100vw - 16px)' }}
    >
      <Form form={form} layout="vertical" initialValues={initial} onFinish={(v) => save.mutate(v)} scrollToFirstError>
        <Form.Item name="effectiveDate" label={t('register.form.effectiveDate')} rules={[{ required: true, message: t('register.form.required') }]}>
          <IsoDatePicker />
        </Form.Item>
        <PersonFields />
      </Form>
    </Modal>
  );
}
