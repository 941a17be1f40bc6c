import { Alert, Form, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useShowError } from '../../../lib/errors.js';
import { toInput, useMetaAll, useMetaSave, useNameOf, type CategoryItem, type ComboItem } from './api.js';
import { CodeNameFields, MetaDialog, itemTitle, commonBody } from './fields.js';
import { OrderedCodes } from './OrderedCodes.js';

/** Create a category combination from ordered categories, or rename one (its categories are fixed). */
export function ComboDialog({ item, readOnly, onClose }: { item: ComboItem | null; readOnly: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const showError = useShowError();
  const nameOf = useNameOf();
  const cats = useMetaAll<CategoryItem>('categories', 'all');
  const save = useMetaSave<ComboItem>('category-combos', onClose, (e) => showError(e, form));
  const picked: string[] = Form.useWatch('categories', form) ?? item?.categories ?? [];
  const byCode = new Map((cats.data ?? []).map((c) => [c.code, c]));
  const preview = picked.reduce((n, c) => n * (byCode.get(c)?.options.filter((o) => o.active).length ?? 0), picked.length ? 1 : 0);
  const what = t('reportingMeta.combos.what');
  const combos = item?.optionCombos ?? [];
  return (
    <MetaDialog
      open
      testid="combo-dialog"
      title={itemTitle(t, what, item, readOnly)}
      form={form}
      readOnly={readOnly}
      saving={save.isPending}
      initialValues={item ? toInput(item) : { nameEn: '', dhis2Uid: null, categories: [] }}
      onClose={onClose}
      onSave={(v) =>
        save.mutate({
          original: item?.code ?? null,
          body: { ...commonBody(item, v), nameVi: v.nameVi, categories: item ? item.categories : (v.categories ?? []) },
        })
      }
    >
      <CodeNameFields existing={!!item} />
      <Alert
        type={item ? 'warning' : 'info'}
        showIcon
        style={{ marginBottom: 12 }}
        title={item ? t('reportingMeta.combos.fixedNote') : t('reportingMeta.combos.fixedHint')}
        data-testid="combo-fixed"
      />
      <Form.Item
        name="categories"
        label={t('reportingMeta.combos.categories')}
        rules={[{ required: true, type: 'array', min: 1, message: t('reportingMeta.common.required') }]}
      >
        <OrderedCodes
          testid="combo-categories"
          disabled={!!item || readOnly}
          loading={cats.isLoading}
          choices={(cats.data ?? []).filter((c) => c.active).map((c) => ({ code: c.code, label: nameOf(c) }))}
          labelOf={(code) => (byCode.get(code) ? nameOf(byCode.get(code)!) : code)}
          placeholder={t('reportingMeta.combos.pickCategory')}
          empty={t('reportingMeta.combos.noCategories')}
        />
      </Form.Item>
      {item ? (
        <>
          <Typography.Title level={5}>{t('reportingMeta.combos.optionCombos', { count: combos.length })}</Typography.Title>
          <div data-testid="option-combos" style={{ maxHeight: 220, overflow: 'auto' }}>
            {combos.map((c) => (
              <Tag key={c.code} color={c.active ? 'blue' : undefined} style={{ marginBottom: 4 }}>
                {nameOf(c)}{' '}
                <Typography.Text type="secondary" style={{ fontSize: 11 }}>
                  {c.code}
                </Typography.Text>
              </Tag>
            ))}
          </div>
        </>
      ) : (
        picked.length > 0 && (
          <Typography.Text type="secondary" data-testid="combo-preview">
            {t('reportingMeta.combos.preview', { count: preview })}
          </Typography.Text>
        )
      )}
    </MetaDialog>
  );
}
