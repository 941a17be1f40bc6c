import { Col, Collapse, Form, Input, InputNumber, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { IsoDatePicker } from '../../components/common.js';
import { useCodes, useEthnicGroups } from './api.js';
import { usePersonRules } from './validation.js';

interface Props {
  /** Names relative to the enclosing Form.List item ([field.name]) or [] at the top. */
  prefix?: (string | number)[];
  /** Absolute path of the person in the form (for rules that read other fields). */
  path?: (string | number)[];
  withRelationship?: boolean;
  /** Hide birth date/year (a newborn's birth is the event's date). */
  noBirth?: boolean;
  /** Relationship options to leave out (e.g. head when the household has one). */
  excludeRelationships?: string[];
}

const boolOptions = (t: (k: string) => string) => [
  { value: true, label: t('register.form.yes') },
  { value: false, label: t('register.form.no') },
];

/** The fields of a person, checked as they are typed with the same rules as the server. */
export function PersonFields({ prefix = [], path = [], withRelationship, noBirth, excludeRelationships = [] }: Props) {
  const { t } = useTranslation();
  const codes = useCodes();
  const ethnic = useEthnicGroups();
  const rules = usePersonRules(path);
  const n = (k: string) => [...prefix, k];
  const dep = (k: string) => [...path, k];
  const label = (k: string) => t(`register.fields.${k}`);
  const half = { xs: 24, sm: 12 };
  return (
    <>
      <Row gutter={12}>
        <Col xs={24} sm={withRelationship ? 12 : 24}>
          <Form.Item name={n('fullName')} label={label('fullName')} rules={rules.fullName} hasFeedback>
            <Input maxLength={100} autoComplete="off" />
          </Form.Item>
        </Col>
        {withRelationship && (
          <Col {...half}>
            <Form.Item name={n('relationship')} label={label('relationship')} rules={rules.relationship}>
              <Select virtual={false} options={codes.options('relationship').filter((o) => !excludeRelationships.includes(o.value))} />
            </Form.Item>
          </Col>
        )}
        <Col {...half}>
          <Form.Item name={n('sex')} label={label('sex')} rules={rules.sex}>
            <Select options={codes.options('sex')} />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item name={n('ethnicCode')} label={label('ethnicCode')} rules={rules.ethnicCode}>
            <Select showSearch={{ optionFilterProp: 'label' }} options={ethnic.options} />
          </Form.Item>
        </Col>
        {!noBirth && (
          <>
            <Col {...half}>
              <Form.Item name={n('birthDate')} label={label('birthDate')} rules={rules.birthDate}>
                <IsoDatePicker allowClear style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item name={n('birthYear')} label={label('birthYear')} rules={rules.birthYear} dependencies={[dep('birthDate')]}>
                <InputNumber min={1900} max={2100} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </>
        )}
        <Col xs={24}>
          <Form.Item name={n('cccd')} label={label('cccd')} rules={rules.cccd} dependencies={[dep('sex'), dep('birthDate'), dep('birthYear')]} hasFeedback>
            <Input maxLength={12} inputMode="numeric" autoComplete="off" />
          </Form.Item>
        </Col>
      </Row>
      <Collapse
        size="small"
        ghost
        items={[
          {
            key: 'more',
            label: t('register.form.morePersonFields'),
            forceRender: true,
            children: (
              <Row gutter={12}>
                {(['religion', 'maritalStatus', 'educationLevel', 'schoolEnrolment', 'disability'] as const).map((k) => (
                  <Col {...half} key={k}>
                    <Form.Item name={n(k)} label={label(k)}>
                      <Select allowClear options={codes.options(k)} />
                    </Form.Item>
                  </Col>
                ))}
                <Col {...half}>
                  <Form.Item name={n('occupation')} label={label('occupation')}>
                    <Input maxLength={100} />
                  </Form.Item>
                </Col>
                {(['literate', 'speaksVietnamese', 'healthInsurance'] as const).map((k) => (
                  <Col {...half} key={k}>
                    <Form.Item name={n(k)} label={label(k)}>
                      <Select allowClear options={boolOptions(t)} />
                    </Form.Item>
                  </Col>
                ))}
              </Row>
            ),
          },
        ]}
      />
    </>
  );
}

/** A person's form values as the API takes them (empty values left out, birth year from the date). */
export function personBody(v: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, val] of Object.entries(v)) {
    if (val === undefined || val === null || val === '') continue;
    out[k] = typeof val === 'string' ? val.trim() : val;
  }
  if (typeof out.birthDate === 'string' && out.birthYear === undefined) out.birthYear = Number(out.birthDate.slice(0, 4));
  return out;
}
