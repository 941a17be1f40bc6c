import { useState } from 'react';
import { Alert, Card, Input, Grid as AntGrid, List, Progress, Select, Space, Statistic, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { call, http, qs } from '../../api/client.js';
import { PageTitle } from '../../components/common.js';
import { fmtDate, fmtDateTime } from '../../lib/format.js';
import { todayVN } from '../../../shared/dates.js';
import { useUrlFilters } from '../register/common.js';
import { STATUS_COLOR, TIMELINESS_COLOR, useDataSets, useLocalName, usePeriods, type Completeness, type CompletenessItem } from './api.js';
import { CompletenessExcel } from './excel/CompletenessExcel.js';
import './reporting.css';

/** Whole days from one ISO date to another (positive when `to` is later). */
const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** A report's state in words: "Chưa nhập" while nobody has saved anything, else its workflow status. */
function StatusTag({ item }: { item: Pick<CompletenessItem, 'status' | 'started'> }) {
  const { t } = useTranslation();
  if (item.status === 'open' && !item.started) return <Tag>{t('reporting.status.notStarted')}</Tag>;
  return <Tag color={STATUS_COLOR[item.status]}>{t(`reporting.status.${item.status}`)}</Tag>;
}

/** Which units reported a form for a period: counts, a table of units and the list to chase. */
export default function CompletenessPage() {
  const { t, i18n } = useTranslation();
  const dec = i18n.language === 'en' ? '.' : ',';
  const screens = AntGrid.useBreakpoint();
  const { values: f, set } = useUrlFilters(['dataSet', 'period'] as const);
  const [find, setFind] = useState('');
  const sets = useDataSets();
  const local = useLocalName();
  const form = sets.data?.items.find((s) => s.code === f.dataSet);
  const periods = usePeriods(form?.periodType, form?.cutoff);
  const data = useQuery({
    queryKey: ['data-entry', 'completeness', f.dataSet, f.period],
    queryFn: () => call<Completeness>(http.GET('/api/data-entry/completeness', { params: { query: { dataSet: f.dataSet!, period: f.period! } } })),
    enabled: !!(f.dataSet && f.period),
  });
  const w = (n: number) => (screens.md ? n : '100%');
  const entryLink = (i: CompletenessItem) => `/reporting/entry${qs({ dataSet: f.dataSet, unit: i.unit.code, period: f.period })}`;
  const columns: TableColumnsType<CompletenessItem> = [
    {
      title: t('reporting.completeness.unit'),
      key: 'unit',
      render: (_, i) => (
        <Link to={entryLink(i)} data-testid={`unit-${i.unit.code}`}>
          {i.unit.name} <span className="rp-code">{i.unit.code}</span>
        </Link>
      ),
    },
    { title: t('reporting.completeness.parent'), key: 'parent', responsive: ['md'], render: (_, i) => i.unit.parent?.name },
    {
      title: t('reporting.completeness.status'),
      key: 'status',
      filters: (['notStarted', 'open', 'submitted', 'approved', 'returned'] as const).map((x) => ({ text: t(`reporting.status.${x}`), value: x })),
      onFilter: (v, i) => (v === 'notStarted' ? i.status === 'open' && !i.started : v === 'open' ? i.status === 'open' && i.started : i.status === v),
      render: (_, i) => (
        <span data-testid={`status-${i.unit.code}`}>
          <StatusTag item={i} />
        </span>
      ),
    },
    {
      title: t('reporting.completeness.timelinessCol'),
      key: 'timeliness',
      render: (_, i) => (
        <Tag color={TIMELINESS_COLOR[i.timeliness]} data-testid={`timeliness-${i.unit.code}`}>
          {t(`reporting.timeliness.${i.timeliness}`)}
        </Tag>
      ),
    },
    { title: t('reporting.completeness.submittedAt'), key: 'submittedAt', responsive: ['sm'], render: (_, i) => fmtDateTime(i.submittedAt) },
  ];
  const d = data.data;
  const p = periods.items.find((x) => x.id === f.period);
  const today = todayVN();
  const chasePage = screens.md ? 10 : 5;
  const periodText = p ? periods.name(p) : (d?.period.id ?? '');
  /** A message to send to a unit to chase: what is owed, since when, what to do. */
  const message = (i: CompletenessItem) =>
    i.status === 'returned'
      ? t('reporting.completeness.messageReturned', { unit: i.unit.name, form: form ? local(form) : (d?.dataSet.name ?? ''), period: periodText })
      : t('reporting.completeness.message', {
          unit: i.unit.name,
          form: form ? local(form) : (d?.dataSet.name ?? ''),
          period: periodText,
          deadline: fmtDate(d?.period.deadline ?? ''),
          count: d ? Math.max(0, daysBetween(d.period.deadline, today)) : 0,
        });
  return (
    <>
      <PageTitle title={t('reporting.completeness.title')} />
      <div className="toolbar">
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('reporting.entry.pickForm')}
          value={f.dataSet}
          style={{ width: w(360) }}
          popupMatchSelectWidth={false}
          data-testid="pick-form"
          onChange={(v) => set({ dataSet: v, period: undefined })}
          options={(sets.data?.items ?? []).map((s) => ({ value: s.code, label: local(s) }))}
          optionRender={(o) => <div style={{ maxWidth: 480, whiteSpace: 'normal' }}>{o.label}</div>}
        />
        <Select
          placeholder={t('reporting.entry.pickPeriod')}
          value={f.period}
          disabled={!form}
          style={{ width: w(220) }}
          data-testid="pick-period"
          onChange={(v) => set({ period: v })}
          options={periods.items.map((x) => ({ value: x.id, label: periods.name(x) }))}
        />
        {d && form && (
          <CompletenessExcel
            dataSet={d.dataSet.code}
            period={d.period.id}
            formName={local(form)}
            periodName={p ? periods.name(p) : d.period.id}
            items={d.items}
            onSaved={() => void data.refetch()}
          />
        )}
      </div>
      {!(f.dataSet && f.period) && <Alert type="info" showIcon title={t('reporting.entry.pickHint')} />}
      {data.error && <Alert type="error" showIcon title={(data.error as Error).message} />}
      {d && (
        <>
          <p>
            {t('reporting.completeness.period', {
              name: p ? periods.name(p) : d.period.id,
              start: fmtDate(d.period.start),
              end: fmtDate(d.period.end),
              deadline: fmtDate(d.period.deadline),
            })}
          </p>
          <div className="rp-stats" data-testid="totals">
            <Card size="small">
              <Statistic title={t('reporting.completeness.completeness')} value={d.totals.completeness ?? 0} decimalSeparator={dec} suffix="%" />
              <Progress percent={d.totals.completeness ?? 0} showInfo={false} size="small" />
            </Card>
            <Card size="small">
              <Statistic title={t('reporting.completeness.timeliness')} value={d.totals.timeliness ?? 0} decimalSeparator={dec} suffix="%" />
              <Progress percent={d.totals.timeliness ?? 0} showInfo={false} size="small" strokeColor="#52c41a" />
            </Card>
            {(['expected', 'reported', 'approved', 'onTime', 'late', 'missing', 'notDue'] as const).map((k) => (
              <Card size="small" key={k}>
                <Statistic
                  title={t(`reporting.completeness.${k}`)}
                  value={d.totals[k]}
                  valueStyle={k === 'missing' && d.totals[k] ? { color: '#cf1322' } : undefined}
                  data-testid={`total-${k}`}
                />
              </Card>
            ))}
          </div>
          <Card
            size="small"
            title={t('reporting.completeness.chase')}
            style={{ marginBottom: 12 }}
            extra={
              d.chase.length > 0 && (
                <Typography.Text
                  copyable={{ text: d.chase.map(message).join('\n'), tooltips: [t('reporting.completeness.copyAll'), t('reporting.completeness.copied')] }}
                >
                  {t('reporting.completeness.copyAll')}
                </Typography.Text>
              )
            }
          >
            <Typography.Paragraph type="secondary" style={{ marginBottom: 4 }}>
              {t('reporting.completeness.chaseHint')}
            </Typography.Paragraph>
            <List
              size="small"
              dataSource={d.chase}
              pagination={d.chase.length > chasePage ? { pageSize: chasePage, size: 'small', showSizeChanger: false } : false}
              locale={{
                emptyText:
                  today <= d.period.deadline
                    ? t('reporting.completeness.chaseNotDue', { deadline: fmtDate(d.period.deadline) })
                    : t('reporting.completeness.chaseEmpty'),
              }}
              data-testid="chase"
              renderItem={(i) => {
                const late = daysBetween(d.period.deadline, today);
                return (
                  <List.Item data-testid={`chase-${i.unit.code}`}>
                    <div style={{ width: '100%' }}>
                      <Space wrap size={6}>
                        <Link to={entryLink(i)}>{i.unit.name}</Link>
                        {i.unit.parent && <span className="rp-code">{i.unit.parent.name}</span>}
                        <StatusTag item={i} />
                        {i.timeliness === 'missing' && (
                          <Tag color="red" data-testid="days-overdue">
                            {t('reporting.completeness.daysOverdue', { count: late })}
                          </Tag>
                        )}
                      </Space>
                      <div data-testid="chase-officers">
                        <Typography.Text type="secondary">{t('reporting.completeness.officers')}</Typography.Text>{' '}
                        {i.officers.length ? i.officers.map((o) => `${o.name} (${o.username})`).join(', ') : t('reporting.completeness.noOfficer')}
                      </div>
                      {i.status === 'returned' && i.comment && (
                        <div>
                          <Typography.Text type="secondary">{t('reporting.completeness.returnedWith')}</Typography.Text> {i.comment}
                        </div>
                      )}
                      <Typography.Text
                        type="secondary"
                        copyable={{ text: message(i), tooltips: [t('reporting.completeness.copy'), t('reporting.completeness.copied')] }}
                        data-testid="chase-message"
                      >
                        {message(i)}
                      </Typography.Text>
                    </div>
                  </List.Item>
                );
              }}
            />
          </Card>
          <div className="toolbar">
            <Input.Search
              allowClear
              placeholder={t('reporting.completeness.find')}
              value={find}
              onChange={(e) => setFind(e.target.value)}
              style={{ maxWidth: 320 }}
              data-testid="find-unit"
            />
          </div>
          <Table
            rowKey={(i) => i.unit.id}
            size="small"
            columns={columns}
            dataSource={find.trim() ? d.items.filter((i) => `${i.unit.code} ${i.unit.name}`.toLowerCase().includes(find.trim().toLowerCase())) : d.items}
            loading={data.isFetching}
            pagination={{ pageSize: 50, hideOnSinglePage: true }}
            scroll={{ x: 'max-content' }}
            data-testid="completeness-table"
          />
        </>
      )}
    </>
  );
}
