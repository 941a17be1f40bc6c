import { Alert, Col, Form, Input, InputNumber, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useShowError } from '../../../lib/errors.js';
import { AGGREGATIONS, toInput, useMetaAll, useMetaSave, useNameOf, VALUE_TYPES, type ComboItem, type ElementItem } from './api.js';
import { CodeNameFields, MetaDialog, itemTitle, commonBody } from './fields.js';

const EMPTY = {
  valueType: 'integer',
  aggregation: 'sum',
  categoryCombo: 'none',
  unit: '',
  shortName: '',
  description: '',
  nameEn: '',
  minValue: null,
  maxValue: null,
  dhis2Uid: null,
};

/** Create or edit a data element field by field. */
export function DataElementDialog({ item, readOnly, onClose }: { item: ElementItem | null; readOnly: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const showError = useShowError();
  const nameOf = useNameOf();
  const combos = useMetaAll<ComboItem>('category-combos', 'all');
  const save = useMetaSave<ElementItem>('data-elements', onClose, (e) => showError(e, form));
  const options = (combos.data ?? []).filter((c) => c.code !== 'none' && (c.active || c.code === item?.categoryCombo));
  const what = t('reportingMeta.elements.what');
  return (
    <MetaDialog
      open
      testid="element-dialog"
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
            shortName: v.shortName ?? '',
            unit: v.unit ?? '',
            description: v.description ?? '',
            minValue: v.minValue ?? null,
            maxValue: v.maxValue ?? null,
          },
        })
      }
    >
      <CodeNameFields existing={!!item} />
      <Row gutter={12}>
        <Col xs={24} md={12}>
          <Form.Item name="shortName" label={t('reportingMeta.elements.shortName')}>
            <Input maxLength={100} data-testid="f-shortName" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="unit" label={t('reportingMeta.elements.unit')}>
            <Input maxLength={50} placeholder={t('reportingMeta.elements.unitPlaceholder')} data-testid="f-unit" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="valueType" label={t('reportingMeta.elements.valueType')} rules={[{ required: true, message: t('reportingMeta.common.required') }]}>
            <Select data-testid="f-valueType" options={VALUE_TYPES.map((v) => ({ value: v, label: t(`reportingMeta.elements.valueTypes.${v}`) }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="aggregation" label={t('reportingMeta.elements.aggregation')}>
            <Select data-testid="f-aggregation" options={AGGREGATIONS.map((v) => ({ value: v, label: t(`reportingMeta.elements.aggregations.${v}`) }))} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="minValue" label={t('reportingMeta.elements.minValue')}>
            <InputNumber style={{ width: '100%' }} data-testid="f-minValue" />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="maxValue" label={t('reportingMeta.elements.maxValue')}>
            <InputNumber style={{ width: '100%' }} data-testid="f-maxValue" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="categoryCombo" label={t('reportingMeta.elements.combo')}>
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              loading={combos.isLoading}
              data-testid="f-categoryCombo"
              options={[
                { value: 'none', label: t('reportingMeta.elements.comboNone') },
                ...options.map((c) => ({ value: c.code, label: `${nameOf(c)} (${c.code})` })),
              ]}
            />
          </Form.Item>
        </Col>
      </Row>
      {item && !readOnly && <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('reportingMeta.elements.comboHint')} />}
      <Form.Item name="description" label={t('reportingMeta.common.description')}>
        <Input.TextArea rows={3} maxLength={2000} data-testid="f-description" />
      </Form.Item>
    </MetaDialog>
  );
}
