import { useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Dropdown, Grid, Result, Space, Table, Tag, Typography } from 'antd';
import { ArrowLeftOutlined, DeleteOutlined, EditOutlined, PlusCircleOutlined, RollbackOutlined } from '@ant-design/icons';
import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { ApiError, call, http } from '../../api/client.js';
import { IsoDatePicker, PageTitle } from '../../components/common.js';
import { PrintButton } from '../../components/Print.js';
import { PageSpinner } from '../../components/PageSpinner.js';
import { useShowError } from '../../lib/errors.js';
import { fmtDate, fmtNumber } from '../../lib/format.js';
import { todayVN } from '../../../shared/dates.js';
import { useMe } from '../../lib/session.js';
import { householdKey, useCodes, useEthnicGroups, useVillages, type Member } from './api.js';
import { birthText, SyntheticTag } from './common.js';
import { DeleteDialog } from './DeleteDialog.js';
import { EVENT_TYPES, EventDialog, type EventType } from './events/EventDialog.js';
import { EventList } from './EventList.js';
import { HouseholdFormDialog } from './HouseholdForm.js';
import { PovertyDialog } from './PovertyDialog.js';
import { HistoryTimeline, useFieldValue } from './Timeline.js';

type Dialog = { kind: 'edit' } | { kind: 'delete' } | { kind: 'poverty' } | { kind: 'event'; type: EventType } | null;

/** One household as of a day: its fields, members, poverty years, events and full history. */
export default function HouseholdPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const [params, setParams] = useSearchParams();
  const date = params.get('date') || undefined;
  const { data: me } = useMe();
  const screens = Grid.useBreakpoint();
  const codes = useCodes();
  const ethnic = useEthnicGroups();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const showError = useShowError();
  const [dialog, setDialog] = useState<Dialog>(null);
  const q = useQuery({
    queryKey: householdKey(id, date),
    queryFn: () => call(http.GET('/api/households/{id}', { params: { path: { id }, query: { date } } })),
    retry: (n, err) => !(err instanceof ApiError && err.status < 500) && n < 2,
    enabled: Number.isFinite(id),
  });
  const h = q.data;
  const villages = useVillages(h?.commune.code, h?.date ?? todayVN());
  const villageName = (vid: number) =>
    villages.data?.items.find((v) => v.id === vid)?.name ??
    h?.villages.find((v) => v.id === vid)?.name ??
    (h?.village?.id === vid ? h.village.name : undefined);
  const communeName = (cid: number) => h?.communes.find((c) => c.id === cid)?.fullName;
  const value = useFieldValue(villageName, communeName);
  // Members who have left are named from the household as it stood on their last day.
  const lastDays = [
    ...new Set(
      (h?.timeline ?? []).filter((c) => c.entity === 'membership' && c.field === 'validTo' && typeof c.newValue === 'string').map((c) => String(c.newValue)),
    ),
  ];
  const earlier = useQueries({
    queries: lastDays.map((d) => ({
      queryKey: householdKey(id, d),
      queryFn: () => call(http.GET('/api/households/{id}', { params: { path: { id }, query: { date: d } } })),
      staleTime: 60_000,
    })),
  });
  const restore = useMutation({
    mutationFn: () => call(http.POST('/api/households/{id}/restore', { params: { path: { id } } })),
    onSuccess: async () => {
      message.success(t('register.household.restored'));
      await qc.invalidateQueries({ queryKey: ['households'] });
    },
    onError: (e) => showError(e),
  });

  if (q.isLoading) return <PageSpinner />;
  if (q.error || !h) {
    const notFound = q.error instanceof ApiError && q.error.status === 404;
    return (
      <Result
        status={notFound ? '404' : 'error'}
        title={notFound ? '404' : t('register.error')}
        subTitle={<span data-testid="household-not-found">{notFound ? t('register.household.notFound') : (q.error as Error)?.message}</span>}
        extra={<Link to="/households">{t('register.household.back')}</Link>}
      />
    );
  }

  const isCurrent = !date || date >= todayVN();
  // Before it was founded a household has no details, members or poverty years to show.
  const notYet = !h.existsOnDate && h.date < h.validFrom;
  const editable = h.canEdit && isCurrent && !h.deletedAt && !h.validTo;
  const setDate = (d: string | undefined) => {
    const p = new URLSearchParams(params);
    if (d && d !== todayVN()) p.set('date', d);
    else p.delete('date');
    setParams(p, { replace: true });
  };
  const names = new Map([...earlier.flatMap((e) => e.data?.members ?? []), ...h.members].map((m) => [m.id, m.fullName]));
  const personName = (pid: number) => names.get(pid);

  const memberColumns = [
    {
      title: t('register.fields.fullName'),
      key: 'name',
      render: (_: unknown, m: Member) => (
        <Space orientation="vertical" size={0}>
          <Link to={`/persons/${m.id}`}>{m.fullName}</Link>
          {!screens.md && (
            <Typography.Text type="secondary">
              {codes.label('relationship', m.relationship)} · {codes.label('sex', m.sex)} · {birthText(m, fmtDate)} · {ethnic.name(m.ethnicCode)}
            </Typography.Text>
          )}
          {m.deathDate && <Tag>{t('register.household.died', { date: fmtDate(m.deathDate) })}</Tag>}
        </Space>
      ),
    },
    ...(screens.md
      ? [
          {
            title: t('register.household.relationship'),
            key: 'rel',
            render: (_: unknown, m: Member) =>
              m.relationship === 'head' ? <Tag color="blue">{codes.label('relationship', 'head')}</Tag> : codes.label('relationship', m.relationship),
          },
          { title: t('register.fields.sex'), key: 'sex', render: (_: unknown, m: Member) => codes.label('sex', m.sex) },
          { title: t('register.fields.birthDate'), key: 'birth', render: (_: unknown, m: Member) => birthText(m, fmtDate) },
          { title: t('register.fields.ethnicCode'), key: 'ethnic', render: (_: unknown, m: Member) => ethnic.name(m.ethnicCode) },
          { title: t('register.household.since'), key: 'from', render: (_: unknown, m: Member) => fmtDate(m.validFrom) },
        ]
      : []),
  ];

  const info: { label: string; value: React.ReactNode }[] = [
    { label: t('register.households.commune'), value: h.commune.fullName },
    { label: t('register.fields.villageId'), value: h.village?.name ?? '—' },
    { label: t('register.households.head'), value: h.head ? <Link to={`/persons/${h.head.id}`}>{h.head.fullName}</Link> : t('register.households.noHead') },
    { label: t('register.household.address'), value: h.address || '—' },
    { label: t('register.household.phone'), value: h.phone || '—' },
    { label: t('register.household.validFrom'), value: fmtDate(h.validFrom) },
    ...(
      [
        'housing',
        'waterSource',
        'electricity',
        'toiletType',
        'mainLivelihood',
        'incomeBand',
        'internetAccess',
        'smartphones',
        'computers',
        'residentialLandM2',
        'productionLandM2',
      ] as const
    ).map((k) => ({
      label: t(`register.fields.${k}`),
      value: h[k] === null ? '—' : value(k, h[k]),
    })),
  ];

  const eventMenu = EVENT_TYPES.map((type) => ({ key: type, label: t(`register.events.types.${type}`), onClick: () => setDialog({ kind: 'event', type }) }));

  return (
    <>
      <Link to="/households" style={{ display: 'inline-block', marginBottom: 8 }}>
        <ArrowLeftOutlined /> {t('register.household.back')}
      </Link>
      <PageTitle
        title={t('register.household.title', { code: h.code })}
        extra={
          <>
            {editable && (
              <Dropdown menu={{ items: eventMenu }} trigger={['click']}>
                <Button type="primary" icon={<PlusCircleOutlined />} data-testid="event-add">
                  {t('register.household.addEvent')}
                </Button>
              </Dropdown>
            )}
            {editable && (
              <Button icon={<EditOutlined />} onClick={() => setDialog({ kind: 'edit' })} data-testid="household-edit">
                {t('register.household.edit')}
              </Button>
            )}
            {editable && (
              <Button danger icon={<DeleteOutlined />} onClick={() => setDialog({ kind: 'delete' })} data-testid="household-delete">
                {!screens.md ? null : t('register.household.delete')}
              </Button>
            )}
            <PrintButton title={t('print.householdCard', { code: h.code })} unit={h.commune.fullName} />
            {h.deletedAt && me?.role === 'admin' && (
              <Button icon={<RollbackOutlined />} loading={restore.isPending} onClick={() => restore.mutate()}>
                {t('register.household.restore')}
              </Button>
            )}
          </>
        }
      >
        {h.isDemo && <SyntheticTag />}
      </PageTitle>
      <div className="toolbar">
        <span className="nowrap">{t('register.household.asOf')}</span>
        <IsoDatePicker value={date ?? todayVN()} onChange={setDate} aria-label={t('register.household.asOf')} data-testid="as-of" />
        {date && <Button onClick={() => setDate(undefined)}>{t('register.household.today')}</Button>}
      </div>
      {!isCurrent && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          message={t('register.household.viewingPast', { date: fmtDate(date) })}
          data-testid="as-of-alert"
        />
      )}
      {!h.existsOnDate && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="not-existing"
          message={
            notYet
              ? t('register.household.notYetExisting', { date: fmtDate(h.date), from: fmtDate(h.validFrom) })
              : t('register.household.notExisting', { date: fmtDate(h.date) })
          }
        />
      )}
      {h.validTo && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          message={t('register.household.endedAlert', { date: fmtDate(h.validTo), reason: value('endReason', h.endReason) })}
        />
      )}
      {h.deletedAt && (
        <Alert type="error" showIcon style={{ marginBottom: 12 }} message={t('register.household.deletedAlert', { reason: h.deletedReason ?? '' })} />
      )}
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        {!notYet && (
          <>
            <Card size="small" title={t('register.household.tabs.info')}>
              <Descriptions
                size="small"
                column={{ xs: 1, sm: 2, lg: 3 }}
                data-testid="household-info"
                items={info.map((i, n) => ({ key: n, label: i.label, children: i.value }))}
              />
            </Card>
            <Card size="small" title={t('register.household.tabs.members', { count: h.members.length })}>
              <Table<Member>
                rowKey="id"
                size="small"
                pagination={false}
                dataSource={h.members}
                columns={memberColumns}
                data-testid="member-table"
                locale={{ emptyText: t('register.household.noMembers') }}
                scroll={screens.md ? { x: 'max-content' } : undefined}
              />
            </Card>
            <Card
              size="small"
              title={t('register.household.tabs.poverty')}
              extra={
                editable && (
                  <Button size="small" onClick={() => setDialog({ kind: 'poverty' })} data-testid="poverty-set">
                    {t('register.household.setPoverty')}
                  </Button>
                )
              }
            >
              {h.povertyHistory.length === 0 ? (
                <Typography.Text type="secondary">{t('register.household.povertyNone')}</Typography.Text>
              ) : (
                <Table
                  rowKey="year"
                  size="small"
                  pagination={false}
                  dataSource={[...h.povertyHistory].reverse()}
                  columns={[
                    { title: t('register.household.povertyYear'), dataIndex: 'year' },
                    {
                      title: t('register.household.povertyStatus'),
                      dataIndex: 'status',
                      render: (s: string) => <Tag color={s === 'poor' ? 'red' : s === 'near_poor' ? 'gold' : 'default'}>{codes.label('povertyStatus', s)}</Tag>,
                    },
                    { title: t('register.household.deprivations'), dataIndex: 'deprivations', render: (d: string[]) => value('deprivations', d) },
                    ...(screens.md
                      ? [
                          {
                            title: t('register.household.incomePerCapita'),
                            dataIndex: 'incomePerCapita',
                            align: 'right' as const,
                            render: (n: number | null) => fmtNumber(n),
                          },
                        ]
                      : []),
                  ]}
                />
              )}
            </Card>
          </>
        )}
        <Card size="small" title={t('register.household.tabs.events', { count: h.events.length })}>
          <EventList events={h.events} personName={personName} householdId={h.id} />
        </Card>
        <Card size="small" title={t('register.household.tabs.history', { count: h.timeline.length })}>
          <HistoryTimeline changes={h.timeline} events={h.events} personName={personName} villageName={villageName} communeName={communeName} />
        </Card>
      </Space>
      {dialog?.kind === 'edit' && <HouseholdFormDialog household={h} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'delete' && (
        <DeleteDialog
          title={t('register.household.deleteTitle', { code: h.code })}
          hint={t('register.household.deleteHint')}
          entity="households"
          id={h.id}
          done={t('register.household.deleted', { code: h.code })}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'poverty' && <PovertyDialog household={h} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'event' && <EventDialog type={dialog.type} household={h} onClose={() => setDialog(null)} />}
    </>
  );
}
