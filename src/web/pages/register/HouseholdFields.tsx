import { Col, Form, Input, InputNumber, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useUnit } from '../../api/units.js';
import { UnitPicker } from '../../components/UnitPicker.js';
import { useCodes, useVillages } from './api.js';
import { PHONE } from './validation.js';

/** A commune picker that reads and writes the commune's code (for Form.Item). */
export function CommuneField({ value, onChange, date, id }: { value?: string; onChange?: (code: string | undefined) => void; date: string; id?: string }) {
  const unit = useUnit(value, date);
  return (
    <UnitPicker
      id={id}
      date={date}
      level="commune"
      value={unit.data}
      onChange={(u) => onChange?.(u?.code)}
      style={{ width: '100%' }}
      data-testid="form-commune"
    />
  );
}

/** Fields of a household (everything but its code, commune and members). */
export function HouseholdFields({ communeCode, date }: { communeCode?: string; date: string }) {
  const { t } = useTranslation();
  const codes = useCodes();
  const villages = useVillages(communeCode, date);
  const label = (k: string) => t(`register.fields.${k}`);
  const half = { xs: 24, sm: 12 };
  const coded = (k: 'housing' | 'waterSource' | 'electricity' | 'toiletType' | 'mainLivelihood' | 'incomeBand' | 'internetAccess') => (
    <Col {...half} key={k}>
      <Form.Item name={k} label={label(k)}>
        <Select allowClear options={codes.options(k)} data-testid={`field-${k}`} />
      </Form.Item>
    </Col>
  );
  const num = (k: string, max: number, step = 1) => (
    <Col {...half} key={k}>
      <Form.Item name={k} label={label(k)}>
        <InputNumber min={0} max={max} step={step} style={{ width: '100%' }} />
      </Form.Item>
    </Col>
  );
  return (
    <Row gutter={12}>
      <Col {...half}>
        <Form.Item name="villageId" label={label('villageId')}>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            loading={villages.isFetching}
            options={(villages.data?.items ?? []).map((v) => ({ value: v.id, label: v.name }))}
            data-testid="field-villageId"
          />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item name="phone" label={label('phone')} rules={[{ pattern: PHONE, message: t('register.form.phoneRule') }]}>
          <Input maxLength={20} inputMode="tel" />
        </Form.Item>
      </Col>
      <Col xs={24}>
        <Form.Item name="address" label={label('address')} rules={[{ max: 300 }]}>
          <Input maxLength={300} />
        </Form.Item>
      </Col>
      {coded('housing')}
      {coded('waterSource')}
      {coded('electricity')}
      {coded('toiletType')}
      {coded('mainLivelihood')}
      {coded('incomeBand')}
      {coded('internetAccess')}
      {num('smartphones', 100)}
      {num('computers', 100)}
      {num('residentialLandM2', 100_000_000, 10)}
      {num('productionLandM2', 100_000_000, 10)}
    </Row>
  );
}

export const HOUSEHOLD_FIELD_NAMES = [
  'villageId',
  'address',
  'phone',
  'housing',
  'residentialLandM2',
  'productionLandM2',
  'waterSource',
  'electricity',
  'toiletType',
  'mainLivelihood',
  'incomeBand',
  'internetAccess',
  'smartphones',
  'computers',
] as const;
