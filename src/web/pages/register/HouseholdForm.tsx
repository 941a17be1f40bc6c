import { App, Button, Card, Col, Divider, Form, Grid, Input, Modal, Row } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { call, http } from '../../api/client.js';
import type { Body } from '../../api/types.js';
import { IsoDatePicker } from '../../components/common.js';
import { useShowError } from '../../lib/errors.js';
import { todayVN } from '../../../shared/dates.js';
import type { HouseholdDetail } from './api.js';
import { CommuneField, HOUSEHOLD_FIELD_NAMES, HouseholdFields } from './HouseholdFields.js';
import { PersonFields, personBody } from './PersonFields.js';
import { HOUSEHOLD_CODE, HOUSEHOLD_CODE_MAX } from './validation.js';

type Values = Record<string, any>;

/** A household field as the form holds it (the village comes as an object in the detail). */
function currentValue(h: HouseholdDetail, k: string): unknown {
  return k === 'villageId' ? (h.village?.id ?? null) : ((h as unknown as Values)[k] ?? null);
}

/** Household values as the API takes them: empty fields become null on edit, are left out on create. */
function householdBody(v: Values, keepNulls: boolean): Values {
  const out: Values = {};
  for (const k of HOUSEHOLD_FIELD_NAMES) {
    const val = typeof v[k] === 'string' ? v[k].trim() : v[k];
    if (val === undefined || val === null || val === '') {
      if (keepNulls) out[k] = k === 'address' ? '' : null;
    } else out[k] = val;
  }
  return out;
}

/** Adds a household with its members, or edits a household's fields (from an effective date). */
export function HouseholdFormDialog({ household, communeCode, onClose }: { household?: HouseholdDetail; communeCode?: string; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const showError = useShowError();
  const screens = Grid.useBreakpoint();
  const editing = !!household;
  const commune = Form.useWatch('communeCode', form) as string | undefined;
  const validFrom = (Form.useWatch('validFrom', form) as string | undefined) ?? todayVN();

  const save = useMutation({
    mutationFn: async (v: Values) => {
      if (!household) {
        const members = ((v.members ?? []) as Values[]).map((m) => personBody(m));
        const body = {
          communeCode: v.communeCode,
          code: v.code.trim(),
          validFrom: v.validFrom,
          ...householdBody(v, false),
          ...(members.length ? { members } : {}),
        };
        return call(http.POST('/api/households', { body: body as Body<'/api/households', 'post'> }));
      }
      const all = householdBody(v, true);
      const changed = Object.fromEntries(
        Object.entries(all).filter(([k, val]) => currentValue(household, k) !== val && !(currentValue(household, k) === null && val === '')),
      );
      if (v.code.trim() !== household.code) changed.code = v.code.trim();
      if (Object.keys(changed).length === 0) return null;
      return call(
        http.PATCH('/api/households/{id}', {
          params: { path: { id: household.id } },
          body: { version: household.version, effectiveDate: v.effectiveDate, ...changed } as Body<'/api/households/{id}', 'patch'>,
        }),
      );
    },
    onSuccess: async (r) => {
      if (!r) {
        message.info(t('register.household.noChange'));
        return onClose();
      }
      message.success(t(editing ? 'register.household.saved' : 'register.household.created', { code: r.code }));
      await qc.invalidateQueries({ queryKey: ['households'] });
      await qc.invalidateQueries({ queryKey: ['persons'] });
      onClose();
      if (!editing) navigate(`/households/${r.id}`);
    },
    onError: (err) => showError(err, form),
  });

  const initial: Values = household
    ? { code: household.code, effectiveDate: todayVN(), ...Object.fromEntries(HOUSEHOLD_FIELD_NAMES.map((k) => [k, currentValue(household, k) ?? undefined])) }
    : { communeCode, validFrom: todayVN(), members: [{ relationship: 'head' }] };

  return (
    <Modal
      open
      title={editing ? t('register.form.editTitle', { code: household.code }) : t('register.form.createTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      destroyOnHidden
      width={screens.md ? 820 : '100%'}
      style={screens.md ? undefined : { top: 8, maxWidth: 'calc(100vw - 16px)' }}
      okButtonProps={{ 'data-testid': 'household-save' }}
    >
      <Form form={form} layout="vertical" initialValues={initial} onFinish={(v) => save.mutate(v)} data-testid="household-form" scrollToFirstError>
        <Row gutter={12}>
          {!editing && (
            <Col xs={24} sm={12}>
              <Form.Item name="communeCode" label={t('register.form.commune')} rules={[{ required: true, message: t('register.form.required') }]}>
                <CommuneField date={validFrom} />
              </Form.Item>
            </Col>
          )}
          <Col xs={24} sm={12}>
            <Form.Item
              name="code"
              label={t('register.fields.code')}
              rules={[
                { required: true, whitespace: true, message: t('register.form.required') },
                { max: HOUSEHOLD_CODE_MAX, pattern: HOUSEHOLD_CODE, message: t('register.form.codeRule') },
              ]}
              hasFeedback
            >
              <Input maxLength={HOUSEHOLD_CODE_MAX} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            {editing ? (
              <Form.Item name="effectiveDate" label={t('register.form.effectiveDate')} rules={[{ required: true, message: t('register.form.required') }]}>
                <IsoDatePicker style={{ width: '100%' }} />
              </Form.Item>
            ) : (
              <Form.Item name="validFrom" label={t('register.fields.validFrom')} rules={[{ required: true, message: t('register.form.required') }]}>
                <IsoDatePicker style={{ width: '100%' }} />
              </Form.Item>
            )}
          </Col>
        </Row>
        <Divider titlePlacement="start" plain>
          {t('register.form.sectionLiving')}
        </Divider>
        <HouseholdFields communeCode={editing ? household.commune.code : commune} date={editing ? todayVN() : validFrom} />
        {!editing && (
          <>
            <Divider titlePlacement="start" plain>
              {t('register.form.sectionMembers')}
            </Divider>
            <Form.List
              name="members"
              rules={[
                {
                  validator: async (_, members: Values[] = []) => {
                    if (members.length && members.filter((m) => m?.relationship === 'head').length !== 1) throw new Error(t('register.form.oneHead'));
                  },
                },
              ]}
            >
              {(fields, { add, remove }, { errors }) => (
                <>
                  {fields.map((field, i) => (
                    <Card
                      key={field.key}
                      size="small"
                      title={t('register.form.member', { n: i + 1 })}
                      style={{ marginBottom: 12 }}
                      data-testid={`member-${i}`}
                      extra={
                        <Button
                          type="text"
                          danger
                          size="small"
                          icon={<DeleteOutlined />}
                          onClick={() => remove(field.name)}
                          aria-label={t('register.form.removeMember')}
                          title={t('register.form.removeMember')}
                        />
                      }
                    >
                      <PersonFields prefix={[field.name]} path={['members', field.name]} withRelationship />
                    </Card>
                  ))}
                  <Form.ErrorList errors={errors} />
                  <Button
                    type="dashed"
                    block
                    icon={<PlusOutlined />}
                    onClick={() => add({ relationship: fields.length ? 'child' : 'head' })}
                    data-testid="member-add"
                  >
                    {t('register.form.addMember')}
                  </Button>
                </>
              )}
            </Form.List>
          </>
        )}
      </Form>
    </Modal>
  );
}
