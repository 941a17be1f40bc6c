import { App, Form, Input, Select } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call, http } from '../../../api/client.js';
import { useShowError } from '../../../lib/errors.js';
import { MAPPING_KINDS, type Mapping } from './api.js';
import { MetaDialog } from './fields.js';
import { MAPPING_CODE } from '../../../../shared/fields.js';

/** Sets (creates or changes) one DHIS2 mapping. */
export function MappingDialog({ item, onClose }: { item: Mapping | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const showError = useShowError();
  const qc = useQueryClient();
  const kind: string = Form.useWatch('kind', form) ?? item?.kind ?? 'data_element';
  const save = useMutation({
    mutationFn: (body: Mapping) => call<Mapping>(http.PUT('/api/reporting/dhis2-mappings', { body })),
    onSuccess: (m) => {
      message.success(t('reportingMeta.common.saved', { code: m.code }));
      void qc.invalidateQueries({ queryKey: ['reporting', 'dhis2-mappings'] });
      onClose();
    },
    onError: (e) => showError(e, form),
  });
  return (
    <MetaDialog
      open
      testid="mapping-dialog"
      width={560}
      title={t('reportingMeta.mappings.setTitle')}
      form={form}
      readOnly={false}
      saving={save.isPending}
      initialValues={item ?? { kind: 'data_element' }}
      onClose={onClose}
      onSave={(v) => save.mutate({ kind: v.kind, code: v.code.trim(), dhis2: v.dhis2.trim() })}
    >
      <Form.Item name="kind" label={t('reportingMeta.mappings.kind')} rules={[{ required: true }]}>
        <Select disabled={!!item} data-testid="f-kind" options={MAPPING_KINDS.map((k) => ({ value: k, label: t(`reportingMeta.mappings.kinds.${k}`) }))} />
      </Form.Item>
      <Form.Item
        name="code"
        label={t('reportingMeta.mappings.code')}
        extra={t(`reportingMeta.mappings.codeHint.${kind}`)}
        rules={[
          { required: true, message: t('reportingMeta.common.required') },
          { pattern: MAPPING_CODE, message: t('reportingMeta.common.codeBad') },
        ]}
      >
        <Input disabled={!!item} data-testid="f-code" style={{ fontFamily: 'ui-monospace, monospace' }} />
      </Form.Item>
      <Form.Item
        name="dhis2"
        label={t('reportingMeta.mappings.dhis2')}
        rules={[{ required: true, whitespace: true, message: t('reportingMeta.common.required') }]}
      >
        <Input maxLength={100} data-testid="f-dhis2" />
      </Form.Item>
    </MetaDialog>
  );
}
