import { Alert, Button, Progress, Space, Tag } from 'antd';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { fmtDate, fmtDateTime, fmtNumber } from '../../lib/format.js';
import { Muted, Panel, Strong } from '../../components/Plain.js';
import { STATUS_COLOR, TIMELINESS_COLOR, useLocalName } from '../reporting/api.js';
import type { OverviewReport } from './api.js';

/** One report form: the last ended period (its status for one unit, its completeness for many) and the period open now. */
export function ReportCard({ report, canEnter }: { report: OverviewReport; canEnter: boolean }) {
  const { t } = useTranslation();
  const name = useLocalName();
  const { dataSet, due, current } = report;
  const entry = (period: string, unit: string) => `/reporting/entry?dataSet=${encodeURIComponent(dataSet.code)}&unit=${unit}&period=${period}`;
  return (
    <Panel title={<span style={{ whiteSpace: 'normal' }}>{name(dataSet)}</span>} style={{ height: '100%' }} data-testid={`home-report-${dataSet.code}`}>
      <Muted>{t('home.duePeriod')}</Muted> <Strong>{due.period.name}</Strong>
      <div>
        <Muted>{t('home.deadline', { date: fmtDate(due.period.deadline) })}</Muted>
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
          <Muted>{t('home.currentPeriod')}</Muted> {due.unit ? <Link to={entry(current.id, due.unit.code)}>{current.name}</Link> : <span>{current.name}</span>}{' '}
          <Muted>
            ({fmtDate(current.start)} – {fmtDate(current.end)})
          </Muted>
        </div>
      )}
    </Panel>
  );
}
