import { Alert, Button, Form, Input, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useShowError } from '../../../lib/errors.js';
import { CODE_RE, toInput, useMetaSave, type CategoryItem, type OptionItem } from './api.js';
import { CodeNameFields, MetaDialog, MoveButtons, itemTitle, commonBody } from './fields.js';

/** Create or edit a category and its ordered options; options taken out are deactivated on save. */
export function CategoryDialog({ item, readOnly, onClose }: { item: CategoryItem | null; readOnly: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const showError = useShowError();
  const save = useMetaSave<CategoryItem>('categories', onClose, (e) => showError(e, form));
  const saved = new Map((item?.options ?? []).map((o) => [o.code, o]));
  const current: Partial<OptionItem>[] = Form.useWatch('options', form) ?? [];
  const kept = new Set(current.map((o) => o?.code));
  const dropped = (item?.options ?? []).filter((o) => o.active && !kept.has(o.code));
  const what = t('reportingMeta.categories.what');
  return (
    <MetaDialog
      open
      testid="category-dialog"
      width={860}
      title={itemTitle(t, what, item, readOnly)}
      form={form}
      readOnly={readOnly}
      saving={save.isPending}
      initialValues={item ? toInput(item) : { nameEn: '', dhis2Uid: null, options: [] }}
      onClose={onClose}
      onSave={(v) =>
        save.mutate({
          original: item?.code ?? null,
          body: {
            ...commonBody(item, v),
            nameVi: v.nameVi,
            options: (v.options ?? []).map((o: OptionItem, i: number) => {
              const old = saved.get(o.code);
              return {
                code: o.code,
                nameVi: o.nameVi,
                nameEn: o.nameEn ?? '',
                sortOrder: (i + 1) * 10,
                dhis2Uid: old?.dhis2Uid ?? null,
                active: old?.active ?? true,
              };
            }),
          },
        })
      }
    >
      <CodeNameFields existing={!!item} />
      <Typography.Title level={5}>{t('reportingMeta.categories.options')}</Typography.Title>
      <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
        {t('reportingMeta.categories.optionsHint')}
      </Typography.Paragraph>
      <Form.List name="options">
        {(fields, { add, remove, move }) => (
          <div data-testid="options">
            {fields.length === 0 && <Typography.Paragraph type="secondary">{t('reportingMeta.categories.noOptions')}</Typography.Paragraph>}
            {fields.map((f, i) => {
              const code = current[i]?.code;
              const old = code ? saved.get(code) : undefined;
              return (
                <div key={f.key} className="md-row" data-testid={`option-${i}`}>
                  <Form.Item
                    name={[f.name, 'code']}
                    className="md-code"
                    rules={[
                      { required: true, message: t('reportingMeta.common.required') },
                      { pattern: CODE_RE, message: t('reportingMeta.common.codeBad') },
                    ]}
                  >
                    <Input
                      placeholder={t('reportingMeta.categories.optionCode')}
                      disabled={!!old}
                      aria-label={t('reportingMeta.categories.optionCode')}
                      data-testid={`option-${i}-code`}
                      style={{ fontFamily: 'ui-monospace, monospace' }}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[f.name, 'nameVi']}
                    className="md-grow"
                    rules={[{ required: true, whitespace: true, message: t('reportingMeta.common.required') }]}
                  >
                    <Input placeholder={t('reportingMeta.common.nameVi')} aria-label={t('reportingMeta.common.nameVi')} data-testid={`option-${i}-nameVi`} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'nameEn']} className="md-grow">
                    <Input placeholder={t('reportingMeta.common.nameEn')} aria-label={t('reportingMeta.common.nameEn')} data-testid={`option-${i}-nameEn`} />
                  </Form.Item>
                  <div className="md-actions">
                    {old && !old.active && <Tag>{t('reportingMeta.categories.optionInactive')}</Tag>}
                    {!readOnly && <MoveButtons index={i} count={fields.length} onMove={move} onRemove={() => remove(f.name)} testid={`option-${i}`} />}
                  </div>
                </div>
              );
            })}
            {!readOnly && (
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ code: '', nameVi: '', nameEn: '' })} data-testid="add-option">
                {t('reportingMeta.categories.addOption')}
              </Button>
            )}
          </div>
        )}
      </Form.List>
      {dropped.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: 12 }}
          data-testid="dropped-options"
          title={`${t('reportingMeta.categories.removedWillDeactivate')}: ${dropped.map((o) => `${o.nameVi} (${o.code})`).join(', ')}`}
        />
      )}
    </MetaDialog>
  );
}
