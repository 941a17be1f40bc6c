import { Col, Form, Input, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client.js';
import { useShowError } from '../../../lib/errors.js';
import { IMPORTANCE, OPERATORS, toInput, useMetaAll, useMetaSave, useNameOf, type RuleItem, type SetItem } from './api.js';
import { CodeNameFields, MetaDialog, itemTitle, commonBody } from './fields.js';

const EMPTY = { nameEn: '', dhis2Uid: null, operator: '<=', importance: 'medium', messageVi: '', messageEn: '', dataSets: [] };

/** Create or edit a validation rule; the server's parse errors (with the character position) show under the expression. */
export function RuleDialog({ item, readOnly, onClose }: { item: RuleItem | null; readOnly: boolean; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm();
  const showError = useShowError();
  const nameOf = useNameOf();
  const sets = useMetaAll<SetItem>('data-sets', 'all');
  // The server names the parse problem by a code inside its message: show it in words.
  const readable = (e: unknown) => {
    if (!(e instanceof ApiError)) return e;
    const details = e.details.map((d) =>
      d.code === 'reporting_bad_expression'
        ? {
            ...d,
            message: d.message.replace(/\(([a-z_]+)\)/, (m, r: string) =>
              i18n.exists(`reportingMeta.rules.reasons.${r}`) ? `(${t(`reportingMeta.rules.reasons.${r}`)})` : m,
            ),
          }
        : d,
    );
    return new ApiError(e.status, e.code, e.message, details, e.params);
  };
  const save = useMetaSave<RuleItem>('validation-rules', onClose, (e) => showError(readable(e), form));
  const what = t('reportingMeta.rules.what');
  const expr = (name: 'left' | 'right') => (
    <Form.Item
      name={name}
      label={t(`reportingMeta.rules.${name}`)}
      className="md-expr"
      rules={[{ required: true, whitespace: true, message: t('reportingMeta.common.required') }]}
    >
      <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={2000} spellCheck={false} data-testid={`f-${name}`} />
    </Form.Item>
  );
  return (
    <MetaDialog
      open
      testid="rule-dialog"
      width={820}
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
            messageVi: v.messageVi ?? '',
            messageEn: v.messageEn ?? '',
            dataSets: v.dataSets ?? [],
          },
        })
      }
    >
      <CodeNameFields existing={!!item} />
      <div style={{ color: 'rgba(0,0,0,0.45)', fontSize: 13, marginBottom: 8 }}>{t('reportingMeta.rules.expressionHint')}</div>
      <Row gutter={12} align="top">
        <Col xs={24} md={10}>
          {expr('left')}
        </Col>
        <Col xs={24} md={4}>
          <Form.Item name="operator" label={t('reportingMeta.rules.operator')} rules={[{ required: true }]}>
            <Select data-testid="f-operator" options={OPERATORS.map((o) => ({ value: o, label: <code>{o}</code> }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={10}>
          {expr('right')}
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="importance" label={t('reportingMeta.rules.importance')}>
            <Select data-testid="f-importance" options={IMPORTANCE.map((i) => ({ value: i, label: t(`reportingMeta.rules.importanceLevels.${i}`) }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={16}>
          <Form.Item name="dataSets" label={t('reportingMeta.rules.dataSets')}>
            <Select
              mode="multiple"
              showSearch={{ optionFilterProp: 'label' }}
              loading={sets.isLoading}
              data-testid="f-dataSets"
              options={(sets.data ?? []).map((s) => ({ value: s.code, label: `${nameOf(s)} (${s.code})` }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="messageVi" label={t('reportingMeta.rules.messageVi')}>
            <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} maxLength={500} data-testid="f-messageVi" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="messageEn" label={t('reportingMeta.rules.messageEn')}>
            <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} maxLength={500} data-testid="f-messageEn" />
          </Form.Item>
        </Col>
      </Row>
    </MetaDialog>
  );
}
