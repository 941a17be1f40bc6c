import { useState } from 'react';
import { Alert, App, Button, Dropdown, Grid, Input, Select, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { EditOutlined, KeyOutlined, MoreOutlined, PlusOutlined, SafetyOutlined, StopOutlined, UnlockOutlined, CheckCircleOutlined } from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call, http } from '../../api/client.js';
import type { Role, UserRow } from '../../api/types.js';
import { PageTitle } from '../../components/common.js';
import { useShowError } from '../../lib/errors.js';
import { useDebounced } from '../../lib/hooks.js';
import { fmtDate, fmtDateTime } from '../../lib/format.js';
import { ResetPasswordDialog, ROLES, UserDialog } from './UserDialogs.js';

type Dialog = { kind: 'create' } | { kind: 'edit' | 'password'; user: UserRow } | null;

function isLocked(u: UserRow): boolean {
  return !!u.lockedUntil && new Date(u.lockedUntil).getTime() > Date.now();
}

/** Accounts: who may log in, with which role and over which area. */
export default function UsersPage() {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const qc = useQueryClient();
  const showError = useShowError();
  const [q, setQ] = useState('');
  const [role, setRole] = useState<Role | undefined>();
  const [page, setPage] = useState(1);
  const [dialog, setDialog] = useState<Dialog>(null);
  const query = useDebounced(q.trim(), 300);
  const wide = !!Grid.useBreakpoint().md;
  const users = useQuery({
    queryKey: ['users', query, role, page],
    queryFn: () => call(http.GET('/api/users', { params: { query: { q: query, role: role as Role | undefined, page, pageSize: 50 } } })),
    placeholderData: keepPreviousData,
  });
  const act = useMutation({
    mutationFn: async ({ user, action }: { user: UserRow; action: 'unlock' | 'deactivate' | 'activate' | 'reset2fa' }): Promise<unknown> =>
      action === 'unlock'
        ? call(http.POST('/api/users/{id}/unlock', { params: { path: { id: user.id } } }))
        : action === 'reset2fa'
          ? call(http.POST('/api/users/{id}/two-factor/reset', { params: { path: { id: user.id } } }))
          : call(http.PATCH('/api/users/{id}', { params: { path: { id: user.id } }, body: { active: action === 'activate' } })),
    onSuccess: async (_r, { action }) => {
      message.success(action === 'unlock' ? t('users.unlocked') : action === 'reset2fa' ? t('account.reset2faDone') : t('users.updated'));
      await qc.invalidateQueries({ queryKey: ['users'] });
    },
    onError: (err) => showError(err),
  });

  const confirmDeactivate = (user: UserRow) =>
    modal.confirm({
      title: t('users.deactivate'),
      content: t('users.confirmDeactivate', { username: user.username }),
      okButtonProps: { danger: true },
      okText: t('users.deactivate'),
      cancelText: t('common.cancel'),
      onOk: () => act.mutateAsync({ user, action: 'deactivate' }),
    });

  const confirmReset2fa = (user: UserRow) =>
    modal.confirm({
      title: t('account.reset2fa'),
      content: t('account.confirmReset2fa', { username: user.username }),
      okButtonProps: { danger: true },
      okText: t('account.reset2fa'),
      cancelText: t('common.cancel'),
      onOk: () => act.mutateAsync({ user, action: 'reset2fa' }),
    });

  const roleTag = (r: Role) => <Tag color={r === 'admin' ? 'red' : r === 'viewer' ? 'default' : 'blue'}>{t(`roles.${r}`)}</Tag>;
  const statusTags = (u: UserRow) => (
    <Space size={4} wrap>
      {u.active ? <Tag color="green">{t('users.active')}</Tag> : <Tag>{t('users.inactive')}</Tag>}
      {u.twoFactorEnabled && (
        <Tag color="cyan" icon={<SafetyOutlined />}>
          {t('account.twoFactorTag')}
        </Tag>
      )}
      {isLocked(u) && (
        <Tag color="red" title={`${t('account.heldBack')} · ${fmtDateTime(u.lockedUntil)}`}>
          {t('users.locked')}
        </Tag>
      )}
    </Space>
  );
  const scopeText = (s: UserRow['scope']) => (s ? `${s.type} ${s.name} (${s.code})` : t('header.national'));
  const actionsColumn: TableColumnsType<UserRow>[number] = {
    title: wide ? t('common.actions') : '',
    key: 'actions',
    render: (_, u) => (
      <Space size={0}>
        <Button
          type="link"
          size="small"
          icon={<EditOutlined />}
          onClick={() => setDialog({ kind: 'edit', user: u })}
          title={t('common.edit')}
          aria-label={t('common.edit')}
        >
          {wide && t('common.edit')}
        </Button>
        <Dropdown
          trigger={['click']}
          menu={{
            items: [
              { key: 'pw', icon: <KeyOutlined />, label: t('users.resetPassword'), onClick: () => setDialog({ kind: 'password', user: u }) },
              {
                key: 'unlock',
                icon: <UnlockOutlined />,
                label: t('users.unlock'),
                disabled: !isLocked(u) && !u.failedLogins,
                onClick: () => act.mutate({ user: u, action: 'unlock' }),
              },
              { key: 'reset2fa', icon: <SafetyOutlined />, label: t('account.reset2fa'), disabled: !u.twoFactorEnabled, onClick: () => confirmReset2fa(u) },
              u.active
                ? { key: 'off', icon: <StopOutlined />, danger: true, label: t('users.deactivate'), onClick: () => confirmDeactivate(u) }
                : { key: 'on', icon: <CheckCircleOutlined />, label: t('users.activate'), onClick: () => act.mutate({ user: u, action: 'activate' }) },
            ],
          }}
        >
          <Button type="text" size="small" icon={<MoreOutlined />} aria-label={t('common.more')} />
        </Dropdown>
      </Space>
    ),
  };
  // Phones get one stacked column per user and the actions beside it.
  const columns: TableColumnsType<UserRow> = wide
    ? [
        { title: t('users.username'), dataIndex: 'username', render: (v: string) => <strong>{v}</strong> },
        { title: t('users.fullName'), dataIndex: 'fullName' },
        { title: t('users.role'), dataIndex: 'role', render: roleTag },
        { title: t('users.scope'), dataIndex: 'scope', render: scopeText },
        { title: t('common.status'), key: 'status', render: (_, u) => statusTags(u) },
        { title: t('users.createdAt'), dataIndex: 'createdAt', render: (d: string) => fmtDate(d.slice(0, 10)) },
        actionsColumn,
      ]
    : [
        {
          title: t('users.title'),
          key: 'user',
          render: (_, u) => (
            <Space direction="vertical" size={2}>
              <strong>{u.username}</strong>
              <span>{u.fullName}</span>
              <Typography.Text type="secondary">{scopeText(u.scope)}</Typography.Text>
              <Space size={4} wrap>
                {roleTag(u.role)}
                {statusTags(u)}
              </Space>
            </Space>
          ),
        },
        actionsColumn,
      ];

  return (
    <>
      <PageTitle
        title={t('users.title')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'create' })}>
            {t('users.create')}
          </Button>
        }
      />
      <div className="toolbar">
        <Input.Search
          className="grow"
          allowClear
          placeholder={t('common.searchNoAccent')}
          value={q}
          onChange={(e) => {
            setQ(e.target.value);
            setPage(1);
          }}
        />
        <Select<Role>
          allowClear
          placeholder={t('users.role')}
          value={role}
          onChange={(r) => {
            setRole(r);
            setPage(1);
          }}
          style={{ minWidth: 200 }}
          options={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
        />
      </div>
      {users.error && <Alert type="error" showIcon message={(users.error as Error).message} style={{ marginBottom: 12 }} />}
      <Table<UserRow>
        rowKey="id"
        size="small"
        loading={users.isFetching}
        dataSource={users.data?.items ?? []}
        scroll={wide ? { x: 'max-content' } : undefined}
        pagination={{ current: page, pageSize: 50, total: users.data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
        columns={columns}
      />
      {dialog?.kind === 'create' && <UserDialog onClose={() => setDialog(null)} />}
      {dialog?.kind === 'edit' && <UserDialog user={dialog.user} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'password' && <ResetPasswordDialog user={dialog.user} onClose={() => setDialog(null)} />}
    </>
  );
}
