import { Col, Divider, Form, Input, InputNumber, Radio, Row, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useShowError } from '../../../lib/errors.js';
import { PERIOD_TYPES, toInput, useMetaSave, type SetItem } from './api.js';
import { CodeNameFields, MetaDialog, itemTitle, commonBody } from './fields.js';
import { SectionsField } from './SectionsField.js';
import { UnitCodeField, UnitListField } from './UnitFields.js';

const EMPTY = {
  nameEn: '',
  description: '',
  periodType: 'monthly',
  cutoff: 'calendar',
  deadlineDays: 10,
  approvalRole: 'province_officer',
  assignLevel: null,
  assignWithin: null,
  assignUnits: [],
  sections: [{ code: 'S1', nameVi: '', nameEn: '', dataElements: [] }],
  dhis2Uid: null,
};

/** Create or edit a report form: period and deadline, sections and their elements, assigned units. */
export function DataSetDialog({ item, readOnly, onClose }: { item: SetItem | null; readOnly: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const showError = useShowError();
  const save = useMetaSave<SetItem>('data-sets', onClose, (e) => showError(e, form));
  const cutoff: string = Form.useWatch('cutoff', form) ?? item?.cutoff ?? 'calendar';
  const what = t('reportingMeta.sets.what');
  return (
    <MetaDialog
      open
      testid="set-dialog"
      width={920}
      title={itemTitle(t, what, item, readOnly)}
      form={form}
      readOnly={readOnly}
      saving={save.isPending}
      initialValues={item ? toInput(item) : EMPTY}
      onClose={onClose}
      onSave={(v) =>
        save.mutate({
          original: item?.code ?? null,
          body: {
            ...v,
            ...commonBody(item, v),
            description: v.description ?? '',
            assignLevel: v.assignLevel ?? null,
            assignWithin: v.assignWithin ?? null,
            assignUnits: v.assignUnits ?? [],
            sections: (v.sections ?? []).map((s: SetItem['sections'][number]) => ({
              code: s.code,
              nameVi: s.nameVi,
              nameEn: s.nameEn ?? '',
              dataElements: s.dataElements ?? [],
            })),
          },
        })
      }
    >
      <CodeNameFields existing={!!item} />
      <Form.Item name="description" label={t('reportingMeta.common.description')}>
        <Input.TextArea rows={2} maxLength={2000} data-testid="f-description" />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} md={8}>
          <Form.Item name="periodType" label={t('reportingMeta.sets.periodType')} rules={[{ required: true, message: t('reportingMeta.common.required') }]}>
            <Select data-testid="f-periodType" options={PERIOD_TYPES.map((p) => ({ value: p, label: t(`reporting.forms.periodTypes.${p}`) }))} />
          </Form.Item>
        </Col>
        <Col xs={12} md={8}>
          <Form.Item name="deadlineDays" label={t('reportingMeta.sets.deadlineDays')}>
            <InputNumber min={0} max={365} precision={0} style={{ width: '100%' }} data-testid="f-deadlineDays" />
          </Form.Item>
        </Col>
        <Col xs={12} md={8}>
          <Form.Item name="approvalRole" label={t('reportingMeta.sets.approvalRole')}>
            <Select
              data-testid="f-approvalRole"
              options={['province_officer', 'admin'].map((r) => ({ value: r, label: t(`reportingMeta.sets.approvalRoles.${r}`) }))}
            />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="cutoff"
        label={t('reportingMeta.sets.cutoff')}
        extra={<span data-testid="cutoff-hint">{t(`reportingMeta.sets.cutoffHint.${cutoff}`)}</span>}
      >
        <Radio.Group data-testid="f-cutoff" options={['calendar', 'nd09'].map((c) => ({ value: c, label: t(`reportingMeta.sets.cutoffs.${c}`) }))} />
      </Form.Item>
      <Divider titlePlacement="start" style={{ marginBlock: 8 }}>
        {t('reportingMeta.sets.sections')}
      </Divider>
      <SectionsField readOnly={readOnly} />
      <Divider titlePlacement="start" style={{ marginBlock: 16 }}>
        {t('reportingMeta.sets.assign')}
      </Divider>
      <Row gutter={12}>
        <Col xs={24} md={12}>
          <Form.Item name="assignLevel" label={t('reportingMeta.sets.assignLevel')}>
            <Select
              allowClear
              placeholder={t('reportingMeta.sets.assignLevelNone')}
              data-testid="f-assignLevel"
              options={['province', 'district', 'commune'].map((l) => ({ value: l, label: t(`reportingMeta.sets.levels.${l}`) }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="assignWithin" label={t('reportingMeta.sets.assignWithin')}>
            <UnitCodeField level="province" disabled={readOnly} placeholder={t('reportingMeta.sets.assignWithinAny')} testid="f-assignWithin" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="assignUnits" label={t('reportingMeta.sets.assignUnits')}>
        <UnitListField disabled={readOnly} empty={t('reportingMeta.sets.noUnits')} placeholder={t('reportingMeta.sets.addUnit')} />
      </Form.Item>
      {readOnly && <Typography.Text type="secondary">{t('reportingMeta.readOnly')}</Typography.Text>}
    </MetaDialog>
  );
}
