import { Alert, Button, Card, Progress, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { fmtDate, fmtDateTime, fmtNumber } from '../../lib/format.js';
import { STATUS_COLOR, TIMELINESS_COLOR, useLocalName } from '../reporting/api.js';
import type { OverviewReport } from './api.js';

/** One report form: the last ended period (its status for one unit, its completeness for many) and the period open now. */
export function ReportCard({ report, canEnter }: { report: OverviewReport; canEnter: boolean }) {
  const { t } = useTranslation();
  const name = useLocalName();
  const { dataSet, due, current } = report;
  const entry = (period: string, unit: string) => `/reporting/entry?dataSet=${encodeURIComponent(dataSet.code)}&unit=${unit}&period=${period}`;
  return (
    <Card
      size="small"
      title={<span style={{ whiteSpace: 'normal' }}>{name(dataSet)}</span>}
      style={{ height: '100%' }}
      data-testid={`home-report-${dataSet.code}`}
    >
      <Typography.Text type="secondary">{t('home.duePeriod')}</Typography.Text> <Typography.Text strong>{due.period.name}</Typography.Text>
      <div>
        <Typography.Text type="secondary">{t('home.deadline', { date: fmtDate(due.period.deadline) })}</Typography.Text>
      </div>
      {due.unit ? (
        <Space wrap style={{ margin: '8px 0' }}>
          <Tag color={due.unit.started || due.unit.status !== 'open' ? STATUS_COLOR[due.unit.status] : 'default'} data-testid="home-report-status">
            {t(`reporting.status.${due.unit.status === 'open' && !due.unit.started ? 'notStarted' : due.unit.status}`)}
          </Tag>
          <Tag color={TIMELINESS_COLOR[due.unit.timeliness]}>{t(`reporting.timeliness.${due.unit.timeliness}`)}</Tag>
          <Link to={entry(due.period.id, due.unit.code)}>
            <Button size="small" type={due.unit.status === 'open' || due.unit.status === 'returned' ? 'primary' : 'default'}>
              {canEnter && (due.unit.status === 'open' || due.unit.status === 'returned') ? t('home.enter') : t('home.open')}
            </Button>
          </Link>
        </Space>
      ) : (
        <div style={{ margin: '8px 0' }}>
          <Progress percent={due.totals.completeness ?? 0} size="small" format={() => `${fmtNumber(due.totals.reported)}/${fmtNumber(due.totals.expected)}`} />
          <Space wrap size={[4, 4]}>
            <Tag color="green">{t('home.approved', { n: fmtNumber(due.totals.approved) })}</Tag>
            {due.totals.missing > 0 && <Tag color="red">{t('home.missing', { n: fmtNumber(due.totals.missing) })}</Tag>}
            {due.totals.returned > 0 && <Tag color="volcano">{t('home.returned', { n: fmtNumber(due.totals.returned) })}</Tag>}
            <Link to={`/reporting/completeness?dataSet=${encodeURIComponent(dataSet.code)}&period=${due.period.id}`} data-testid="home-report-completeness">
              {t('home.seeCompleteness')}
            </Link>
          </Space>
        </div>
      )}
      {due.unit?.status === 'returned' && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 8 }}
          data-testid="home-return-comment"
          title={t('home.returnedTitle', { date: due.unit.decidedAt ? fmtDateTime(due.unit.decidedAt) : '' })}
          description={due.unit.returnComment ?? t('home.returnedNoComment')}
        />
      )}
      {current && (
        <div>
          <Typography.Text type="secondary">{t('home.currentPeriod')}</Typography.Text>{' '}
          {due.unit ? <Link to={entry(current.id, due.unit.code)}>{current.name}</Link> : <span>{current.name}</span>}{' '}
          <Typography.Text type="secondary">
            ({fmtDate(current.start)} – {fmtDate(current.end)})
          </Typography.Text>
        </div>
      )}
    </Card>
  );
}
