import { useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Form, Grid, Input, Result, Space, Table, Tag, Typography } from 'antd';
import { DeleteOutlined, EditOutlined, EyeOutlined, RollbackOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { ApiError, call, http } from '../../api/client.js';
import { IsoDatePicker, PageTitle } from '../../components/common.js';
import { PageSpinner } from '../../components/PageSpinner.js';
import { useShowError } from '../../lib/errors.js';
import { fmtDate } from '../../lib/format.js';
import { todayVN } from '../../../shared/dates.js';
import { useMe } from '../../lib/session.js';
import { useCodes } from './api.js';
import { SyntheticTag } from './common.js';
import { DeleteDialog } from './DeleteDialog.js';
import { EventList } from './EventList.js';
import { PersonEditDialog } from './PersonEditDialog.js';
import { HistoryTimeline, useFieldValue } from './Timeline.js';

const LAST_PURPOSE = 'dantoc.lastPurpose';

/** Asks why the record is opened; the API logs every read with this purpose. */
function PurposeForm({ onSubmit }: { onSubmit: (p: string) => void }) {
  const { t } = useTranslation();
  return (
    <Card style={{ maxWidth: 560 }} title={t('register.person.purposeTitle')}>
      <Typography.Paragraph type="secondary">{t('register.person.purposeHint')}</Typography.Paragraph>
      <Form
        layout="vertical"
        initialValues={{ purpose: sessionStorage.getItem(LAST_PURPOSE) ?? '' }}
        onFinish={(v: { purpose: string }) => onSubmit(v.purpose.trim())}
        data-testid="purpose-form"
      >
        <Form.Item
          name="purpose"
          label={t('register.person.purpose')}
          rules={[{ required: true, whitespace: true, min: 3, max: 300, message: t('register.person.purposeRule') }]}
        >
          <Input maxLength={300} placeholder={t('register.person.purposePlaceholder')} autoFocus data-testid="purpose-input" />
        </Form.Item>
        <Button type="primary" htmlType="submit" icon={<EyeOutlined />} data-testid="purpose-submit">
          {t('register.person.open')}
        </Button>
      </Form>
    </Card>
  );
}

/** A person's full record as of a day, shown once a purpose is given. */
export default function PersonPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const [params, setParams] = useSearchParams();
  const date = params.get('date') || undefined;
  const [purpose, setPurpose] = useState<string | null>(null);
  const { data: me } = useMe();
  const screens = Grid.useBreakpoint();
  const codes = useCodes();
  const value = useFieldValue();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const showError = useShowError();
  const [dialog, setDialog] = useState<'edit' | 'delete' | null>(null);
  const q = useQuery({
    queryKey: ['persons', 'detail', id, date ?? '', purpose],
    queryFn: () => call(http.GET('/api/persons/{id}', { params: { path: { id }, query: { purpose: purpose!, date } } })),
    enabled: !!purpose && Number.isFinite(id),
    retry: false,
    staleTime: Infinity,
  });
  const restore = useMutation({
    mutationFn: () => call(http.POST('/api/persons/{id}/restore', { params: { path: { id } } })),
    onSuccess: async () => {
      message.success(t('register.person.restored'));
      await qc.invalidateQueries({ queryKey: ['persons'] });
    },
    onError: (e) => showError(e),
  });

  const title = <PageTitle title={q.data?.fullName ?? t('register.persons.title')}>{q.data?.isDemo && <SyntheticTag />}</PageTitle>;
  if (!purpose) {
    return (
      <>
        {title}
        <PurposeForm
          onSubmit={(p) => {
            sessionStorage.setItem(LAST_PURPOSE, p);
            setPurpose(p);
          }}
        />
      </>
    );
  }
  if (q.isLoading) return <PageSpinner />;
  const p = q.data;
  if (q.error || !p) {
    const notFound = q.error instanceof ApiError && q.error.status === 404;
    return (
      <Result
        status={notFound ? '404' : 'error'}
        title={notFound ? '404' : ''}
        subTitle={<span data-testid="person-not-found">{notFound ? t('register.person.notFound') : (q.error as Error)?.message}</span>}
        extra={<Link to="/persons">{t('register.persons.title')}</Link>}
      />
    );
  }
  const isCurrent = !date || date >= todayVN();
  const editable = p.canEdit && isCurrent && !p.deletedAt;
  const setDate = (d: string | undefined) => {
    const np = new URLSearchParams(params);
    if (d && d !== todayVN()) np.set('date', d);
    else np.delete('date');
    setParams(np, { replace: true });
  };
  const fields = [
    'sex',
    'birthDate',
    'birthYear',
    'ethnicCode',
    'cccd',
    'religion',
    'maritalStatus',
    'educationLevel',
    'literate',
    'speaksVietnamese',
    'schoolEnrolment',
    'occupation',
    'healthInsurance',
    'disability',
    'deathDate',
  ] as const;
  const isHead = p.household?.relationship === 'head';
  return (
    <>
      <PageTitle
        title={p.fullName}
        extra={
          <>
            {editable && (
              <Button icon={<EditOutlined />} onClick={() => setDialog('edit')} data-testid="person-edit">
                {t('register.person.edit')}
              </Button>
            )}
            {editable && !isHead && (
              <Button danger icon={<DeleteOutlined />} onClick={() => setDialog('delete')}>
                {screens.md && t('register.person.delete')}
              </Button>
            )}
            {p.deletedAt && me?.role === 'admin' && (
              <Button icon={<RollbackOutlined />} loading={restore.isPending} onClick={() => restore.mutate()}>
                {t('register.person.restore')}
              </Button>
            )}
          </>
        }
      >
        {p.isDemo && <SyntheticTag />}
      </PageTitle>
      <div className="toolbar">
        <span className="nowrap">{t('register.household.asOf')}</span>
        <IsoDatePicker value={date ?? todayVN()} onChange={setDate} aria-label={t('register.household.asOf')} />
        <Typography.Text type="secondary" style={{ minWidth: 0 }}>
          {t('register.person.viewedFor', { purpose })} ·{' '}
          <Typography.Link onClick={() => setPurpose(null)}>{t('register.person.changePurpose')}</Typography.Link>
        </Typography.Text>
      </div>
      {p.deletedAt && (
        <Alert type="error" showIcon style={{ marginBottom: 12 }} message={t('register.person.deletedAlert', { reason: p.deletedReason ?? '' })} />
      )}
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        <Card size="small" title={t('register.household.tabs.info')}>
          <Descriptions
            size="small"
            column={{ xs: 1, sm: 2, lg: 3 }}
            data-testid="person-info"
            items={[
              { key: 'commune', label: t('register.households.commune'), children: p.commune.fullName },
              {
                key: 'hh',
                label: t('register.persons.household'),
                children: p.household ? (
                  <Link to={`/households/${p.household.id}`}>
                    {p.household.code} ({codes.label('relationship', p.household.relationship)})
                  </Link>
                ) : (
                  '—'
                ),
              },
              ...fields.map((k) => ({ key: k, label: t(`register.fields.${k}`), children: p[k] === null || p[k] === undefined ? '—' : value(k, p[k]) })),
            ]}
          />
        </Card>
        <Card size="small" title={t('register.person.memberships')}>
          <Table
            rowKey={(m) => `${m.householdId}-${m.validFrom}`}
            size="small"
            pagination={false}
            dataSource={p.memberships}
            columns={[
              {
                title: t('register.persons.household'),
                key: 'hh',
                render: (_: unknown, m) => <Link to={`/households/${m.householdId}`}>{m.householdCode}</Link>,
              },
              { title: t('register.fields.relationship'), key: 'rel', render: (_: unknown, m) => codes.label('relationship', m.relationship) },
              { title: t('register.household.since'), key: 'from', render: (_: unknown, m) => fmtDate(m.validFrom) },
              {
                title: t('register.household.until'),
                key: 'to',
                render: (_: unknown, m) => (m.validTo ? fmtDate(m.validTo) : <Tag color="green">{t('register.person.current')}</Tag>),
              },
            ]}
          />
        </Card>
        <Card size="small" title={t('register.household.tabs.events', { count: p.events.length })}>
          <EventList events={p.events} personName={(pid) => (pid === p.id ? p.fullName : undefined)} />
        </Card>
        <Card size="small" title={t('register.household.tabs.history', { count: p.timeline.length })}>
          <HistoryTimeline changes={p.timeline} events={p.events} personName={(pid) => (pid === p.id ? p.fullName : undefined)} testId="person-timeline" />
        </Card>
      </Space>
      {dialog === 'edit' && <PersonEditDialog person={p} onClose={() => setDialog(null)} />}
      {dialog === 'delete' && (
        <DeleteDialog
          title={t('register.person.deleteTitle', { name: p.fullName })}
          hint=""
          entity="persons"
          id={p.id}
          done={t('register.person.deleted')}
          onClose={() => setDialog(null)}
        />
      )}
    </>
  );
}
