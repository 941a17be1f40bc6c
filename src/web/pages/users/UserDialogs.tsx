import { App, Checkbox, Form, Input, Modal, Select } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call, http } from '../../api/client.js';
import type { Lang, Role, Unit, UserRow } from '../../api/types.js';
import { UnitPicker } from '../../components/UnitPicker.js';
import { useShowError } from '../../lib/errors.js';
import { todayVN } from '../../../shared/dates.js';
import { USERNAME } from '../../../shared/fields.js';

export const ROLES: Role[] = ['admin', 'province_officer', 'commune_officer', 'viewer'];

interface Values {
  username: string;
  password?: string;
  fullName: string;
  role: Role;
  scope?: Unit | null;
  language: Lang;
  aggregatesOnly?: boolean;
}

/** The scope picker value for an existing user (the unit version they are tied to). */
function scopeAsUnit(u: UserRow): Unit | null {
  if (!u.scope) return null;
  const s = u.scope;
  return { ...s, level: s.level as Unit['level'], fullName: `${s.type} ${s.name}`, parentId: null, parentCode: null, childCount: 0 };
}

/** Creates a user, or edits one when `user` is given. */
export function UserDialog({ user, onClose }: { user?: UserRow; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const showError = useShowError();
  const role = Form.useWatch('role', form);
  const scopeDate = (s?: Unit | null) =>
    s ? (s.validTo && s.validTo < todayVN() ? s.validTo : s.validFrom && s.validFrom > todayVN() ? s.validFrom : todayVN()) : undefined;
  const save = useMutation({
    mutationFn: (v: Values) => {
      const scope = { scopeUnitCode: v.scope ? v.scope.code : null, ...(v.scope ? { scopeUnitDate: scopeDate(v.scope) } : {}) };
      if (user)
        return call(
          http.PATCH('/api/users/{id}', {
            params: { path: { id: user.id } },
            body: { fullName: v.fullName.trim(), role: v.role, language: v.language, aggregatesOnly: !!v.aggregatesOnly, ...scope },
          }),
        );
      return call(
        http.POST('/api/users', {
          body: {
            username: v.username.trim().toLowerCase(),
            password: v.password ?? '',
            fullName: v.fullName.trim(),
            role: v.role,
            language: v.language,
            ...scope,
          },
        }),
      );
    },
    onSuccess: async (_r, v) => {
      message.success(user ? t('users.updated') : t('users.createdOk', { username: v.username }));
      await qc.invalidateQueries({ queryKey: ['users'] });
      onClose();
    },
    onError: (err) =>
      showError(err, form, {
        username: 'username',
        password: 'password',
        fullName: 'fullName',
        role: 'role',
        language: 'language',
        scopeUnitCode: 'scope',
        scopeUnitDate: 'scope',
        aggregatesOnly: 'aggregatesOnly',
      }),
  });
  const submit = (v: Values) => save.mutate(v);
  return (
    <Modal
      open
      title={user ? `${t('users.edit')}: ${user.username}` : t('users.create')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={
          user
            ? {
                username: user.username,
                fullName: user.fullName,
                role: user.role,
                language: user.language,
                scope: scopeAsUnit(user),
                aggregatesOnly: user.aggregatesOnly,
              }
            : { role: 'commune_officer', language: 'vi' }
        }
      >
        <Form.Item
          name="username"
          label={t('users.username')}
          extra={user ? undefined : t('users.usernameRule')}
          rules={[
            { required: true, message: t('common.required') },
            { pattern: USERNAME, message: t('users.usernameRule') },
          ]}
          hasFeedback={!user}
        >
          <Input disabled={!!user} autoComplete="off" />
        </Form.Item>
        {!user && (
          <Form.Item
            name="password"
            label={t('users.password')}
            extra={t('password.rule')}
            rules={[
              { required: true, message: t('common.required') },
              { min: 8, message: t('password.rule') },
              { pattern: /(?=.*\p{L})(?=.*\d)/u, message: t('password.rule') },
            ]}
            hasFeedback
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        )}
        <Form.Item name="fullName" label={t('users.fullName')} rules={[{ required: true, whitespace: true, message: t('common.required') }, { max: 200 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="role" label={t('users.role')} rules={[{ required: true }]}>
          <Select options={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))} />
        </Form.Item>
        <Form.Item
          name="scope"
          label={t('users.scope')}
          extra={t('users.scopeHint')}
          rules={[{ required: role === 'province_officer' || role === 'commune_officer', message: t('common.required') }]}
        >
          <UnitPicker
            date={todayVN()}
            placeholder={t('users.scopeSearch')}
            level={role === 'commune_officer' ? 'commune' : role === 'province_officer' ? 'province' : undefined}
          />
        </Form.Item>
        <Form.Item name="language" label={t('users.language')}>
          <Select
            options={[
              { value: 'vi', label: 'Tiếng Việt' },
              { value: 'en', label: 'English' },
            ]}
          />
        </Form.Item>
        {user && (
          <Form.Item name="aggregatesOnly" valuePropName="checked" extra={t('users.aggregatesOnlyHint')}>
            <Checkbox data-testid="user-aggregates-only">{t('users.aggregatesOnly')}</Checkbox>
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

export function ResetPasswordDialog({ user, onClose }: { user: UserRow; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ newPassword: string }>();
  const { message } = App.useApp();
  const showError = useShowError();
  const save = useMutation({
    mutationFn: (v: { newPassword: string }) => call(http.POST('/api/users/{id}/password', { params: { path: { id: user.id } }, body: v })),
    onSuccess: () => {
      message.success(t('users.passwordReset'));
      onClose();
    },
    onError: (err) => showError(err, form, ['newPassword']),
  });
  return (
    <Modal
      open
      title={t('users.resetTitle', { username: user.username })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)}>
        <Form.Item
          name="newPassword"
          label={t('users.newPassword')}
          extra={t('password.rule')}
          rules={[
            { required: true, message: t('common.required') },
            { min: 8, message: t('password.rule') },
            { pattern: /(?=.*\p{L})(?=.*\d)/u, message: t('password.rule') },
          ]}
          hasFeedback
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
