import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { fmtDate, fmtNumber } from '../../../lib/format.js';
import { REFORM, type AggregateResult } from './aggregateApi.js';

/** The period's dates, where it lies against the 2025 reform, and which old units the totals hold. */
export function AggregateNotes({ result, periodName }: { result: AggregateResult; periodName: string }) {
  const { t } = useTranslation();
  const p = result.period;
  const before = p.end < REFORM;
  const spans = p.start < REFORM && p.end >= REFORM;
  const rule = t(`reportAggregate.split.${result.splitRule}`);
  return (
    <div className="agg-notes" data-testid="agg-notes">
      <p>
        <strong>{result.unit.name}</strong> · {t('reportAggregate.periodInfo', { name: periodName, start: fmtDate(p.start), end: fmtDate(p.end) })}
      </p>
      {before && <Alert type="info" showIcon title={t('reportAggregate.beforeReform')} data-testid="before-reform" />}
      {spans && <Alert type="info" showIcon title={t('reportAggregate.spansReform')} />}
      {result.mergedUnits.length > 0 && (
        <p className="rp-code">{t('reportAggregate.merged', { count: result.mergedUnits.length, list: result.mergedUnits.join(', ') })}</p>
      )}
      {result.splitUnits.length > 0 && (
        <Alert
          type="warning"
          showIcon
          data-testid="split-notes"
          title={t('reportAggregate.splitTitle', { rule })}
          description={
            <>
              <div>{t(`reportAggregate.splitHint.${result.splitRule}`)}</div>
              <ul style={{ margin: '4px 0 0', paddingInlineStart: 18 }}>
                {result.splitUnits.map((s) => (
                  <li key={s.code}>
                    {t('reportAggregate.splitItem', {
                      name: s.name,
                      code: s.code,
                      successors: s.successors.map((x) => `${x.name} (${x.code})`).join(', '),
                      weight: fmtNumber(s.weight),
                    })}
                  </li>
                ))}
              </ul>
            </>
          }
        />
      )}
    </div>
  );
}
