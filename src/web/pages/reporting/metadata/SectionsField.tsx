import { Button, Form, Input, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { CODE_RE, useMetaAll, useNameOf, type ElementItem, type SectionItem } from './api.js';
import { MoveButtons } from './fields.js';
import { OrderedCodes } from './OrderedCodes.js';

/** The ordered sections of a form, each with its ordered data elements (an element once per form). */
export function SectionsField({ readOnly }: { readOnly: boolean }) {
  const { t } = useTranslation();
  const nameOf = useNameOf();
  const form = Form.useFormInstance();
  const elements = useMetaAll<ElementItem>('data-elements', 'all');
  const byCode = new Map((elements.data ?? []).map((e) => [e.code, e]));
  const sections: Partial<SectionItem>[] = Form.useWatch('sections', form) ?? [];
  return (
    <Form.List name="sections">
      {(fields, { add, remove, move }) => (
        <div data-testid="sections">
          {fields.map((f, i) => {
            const elsewhere = new Set(sections.flatMap((s, j) => (j === i ? [] : (s?.dataElements ?? []))));
            return (
              <div key={f.key} className="md-section" data-testid={`section-${i}`}>
                <div className="md-section-head">
                  <Typography.Text strong>
                    {t('reportingMeta.sets.section')} {i + 1}
                  </Typography.Text>
                  {!readOnly && <MoveButtons index={i} count={fields.length} onMove={move} onRemove={() => remove(f.name)} testid={`section-${i}`} />}
                </div>
                <div className="md-row" style={{ borderBottom: 0, marginBottom: 0 }}>
                  <Form.Item
                    name={[f.name, 'code']}
                    className="md-code"
                    rules={[
                      { required: true, message: t('reportingMeta.common.required') },
                      { pattern: CODE_RE, message: t('reportingMeta.common.codeBad') },
                    ]}
                  >
                    <Input
                      placeholder={t('reportingMeta.sets.sectionCode')}
                      aria-label={t('reportingMeta.sets.sectionCode')}
                      data-testid={`section-${i}-code`}
                      style={{ fontFamily: 'ui-monospace, monospace' }}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[f.name, 'nameVi']}
                    className="md-grow"
                    rules={[{ required: true, whitespace: true, message: t('reportingMeta.common.required') }]}
                  >
                    <Input placeholder={t('reportingMeta.common.nameVi')} aria-label={t('reportingMeta.common.nameVi')} data-testid={`section-${i}-nameVi`} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'nameEn']} className="md-grow">
                    <Input placeholder={t('reportingMeta.common.nameEn')} aria-label={t('reportingMeta.common.nameEn')} data-testid={`section-${i}-nameEn`} />
                  </Form.Item>
                </div>
                <Form.Item
                  name={[f.name, 'dataElements']}
                  label={t('reportingMeta.sets.elements')}
                  extra={readOnly ? undefined : t('reportingMeta.sets.elementElsewhere')}
                >
                  <OrderedCodes
                    testid={`section-${i}-elements`}
                    disabled={readOnly}
                    loading={elements.isLoading}
                    choices={(elements.data ?? []).filter((e) => e.active && !elsewhere.has(e.code)).map((e) => ({ code: e.code, label: nameOf(e) }))}
                    labelOf={(code) => (byCode.get(code) ? nameOf(byCode.get(code)!) : code)}
                    placeholder={t('reportingMeta.sets.addElement')}
                    empty={t('reportingMeta.sets.noElements')}
                  />
                </Form.Item>
              </div>
            );
          })}
          {!readOnly && (
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              onClick={() => add({ code: `S${fields.length + 1}`, nameVi: '', nameEn: '', dataElements: [] })}
              data-testid="add-section"
            >
              {t('reportingMeta.sets.addSection')}
            </Button>
          )}
        </div>
      )}
    </Form.List>
  );
}
