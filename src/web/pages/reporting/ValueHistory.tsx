import { useQuery } from '@tanstack/react-query';
import { Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { call, http } from '../../api/client.js';
import { fmtDateTime } from '../../lib/format.js';
import type { ValueChange } from '../../../shared/value-history.js';
import { reportParams, type GridElement } from './api.js';
import { displayValue } from './checks.js';

/** The changes of one cell, newest first, read when its comment box opens and after each save of it. */
export function ValueHistory({ path, el, coc, version }: { path: string; el: GridElement; coc: number; version: string | undefined }) {
  const { t } = useTranslation();
  const q = useQuery({
    // A new save of the cell (its `updatedAt`) asks again.
    queryKey: ['data-entry', 'value-history', path, el.id, coc, version],
    queryFn: () =>
      call<{ items: ValueChange[] }>(
        http.GET('/api/data-entry/reports/{dataSet}/{unit}/{period}/values/history', {
          params: { ...reportParams(path), query: { dataElementId: el.id, categoryOptionComboId: coc } },
        }),
      ),
    staleTime: 0,
  });
  const shown = (v: string | null) => (v === null ? t('reporting.entry.emptyValue') : displayValue(el, v, t('reporting.entry.yes'), t('reporting.entry.no')));
  if (q.isLoading) return <Spin size="small" />;
  if (q.isError) return <Typography.Text type="danger">{(q.error as Error).message}</Typography.Text>;
  const items = q.data?.items ?? [];
  if (!items.length) return <Typography.Text type="secondary">{t('reporting.entry.noHistory')}</Typography.Text>;
  return (
    <ol className="rp-history" data-testid="value-history">
      {items.map((h, i) => (
        <li key={i}>
          <div>
            {h.oldValue !== h.newValue ? (
              <strong>
                {shown(h.oldValue)} → {shown(h.newValue)}
              </strong>
            ) : (
              <strong>{t('reporting.entry.commentChanged')}</strong>
            )}
            {h.derived && <Typography.Text type="secondary"> · {t('reporting.entry.derived')}</Typography.Text>}
          </div>
          {h.newComment !== h.oldComment && h.newComment && <div className="rp-history-comment">“{h.newComment}”</div>}
          {h.overrideReason && <div className="rp-history-comment">{t('reporting.entry.overriddenHint', { reason: h.overrideReason })}</div>}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {fmtDateTime(h.at)} · {h.byName ?? h.by ?? ''}
          </Typography.Text>
        </li>
      ))}
    </ol>
  );
}
