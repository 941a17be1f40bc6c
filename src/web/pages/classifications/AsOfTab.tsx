import { useMemo, useState } from 'react';
import { Alert, Button, Grid, Input, Space, Table, Tag, Typography } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { call, http } from '../../api/client.js';
import type { ClassificationEntry, ClassificationKind } from '../../api/types.js';
import { DemoBadge, IsoDatePicker } from '../../components/common.js';
import { useDebounced } from '../../lib/hooks.js';
import { fmtDate, fmtNumber } from '../../lib/format.js';
import { todayVN } from '../../../shared/dates.js';
import { CATEGORY_COLORS, categoryLabel } from './labels.js';
import { KindSelect } from './KindSelect.js';

/** Which communes and villages are classified how on one date. */
export function AsOfTab() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const asked = params.get('date') || todayVN();
  const [kind, setKind] = useState<ClassificationKind | undefined>();
  // The lists of the kind shown, to say when none is in force on the date and which is the latest.
  const lists = useQuery({
    queryKey: ['classification-lists', kind, undefined],
    queryFn: async () => {
      const r = await call(http.GET('/api/classification-lists', { params: { query: { kind } } }));
      return Array.isArray(r) ? r : r.items;
    },
  });
  const all = lists.data ?? [];
  const inForce = all.some((l) => l.validFrom <= asked && (!l.validTo || l.validTo >= asked));
  const latest = inForce ? undefined : [...all].sort((a, b) => b.validFrom.localeCompare(a.validFrom))[0];
  /** The last day the latest list holds (its first day when it starts later). */
  const latestDay = latest ? (latest.validFrom > asked ? latest.validFrom : (latest.validTo ?? latest.validFrom)) : undefined;
  // Opened without a date and no list in force today: show the latest list's classifications.
  const date = !params.get('date') && latestDay ? latestDay : asked;
  const setDate = (d: string) => {
    const p = new URLSearchParams(params);
    p.set('date', d);
    setParams(p, { replace: true });
  };
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const query = useDebounced(q.trim(), 300);
  const rows = useQuery({
    queryKey: ['classifications', 'asof', date, kind, query, page],
    queryFn: () => call(http.GET('/api/classifications', { params: { query: { date, kind, q: query, page, pageSize: 50 } } })),
    placeholderData: keepPreviousData,
    enabled: lists.isFetched,
  });
  const items = rows.data?.items ?? [];
  const counts = useMemo(() => {
    const m = new Map<string, number>();
    for (const e of items) m.set(e.category, (m.get(e.category) ?? 0) + 1);
    return [...m.entries()];
  }, [items]);
  const complete = rows.data && rows.data.total <= items.length;
  const anyDemo = items.some((e) => e.list.isDemo);
  const wide = !!Grid.useBreakpoint().md;
  const unitText = (e: ClassificationEntry) => (e.unit ? `${e.unit.fullName ?? e.unit.name} (${e.unit.code})` : (e.village?.communeName ?? ''));
  const kindText = (e: ClassificationEntry) => t(`classifications.kinds.${e.kind}`);
  const categoryTag = (c: string) => <Tag color={CATEGORY_COLORS[c]}>{categoryLabel(t, c)}</Tag>;
  return (
    <>
      <div className="toolbar">
        <Space wrap>
          <span className="nowrap">{t('common.asOf')}</span>
          <IsoDatePicker
            value={date}
            onChange={(d) => {
              if (d) {
                setDate(d);
                setPage(1);
              }
            }}
            aria-label={t('common.asOf')}
          />
          {[
            { iso: '2024-06-01', label: t('units.quickBefore') },
            { iso: todayVN(), label: t('common.today') },
          ].map((b) => (
            <Button
              key={b.label}
              type={params.get('date') === b.iso || (!params.get('date') && b.iso === todayVN() && date === b.iso) ? 'primary' : 'default'}
              onClick={() => {
                setDate(b.iso);
                setPage(1);
              }}
            >
              {b.label}
            </Button>
          ))}
        </Space>
        <KindSelect
          value={kind}
          onChange={(k) => {
            setKind(k);
            setPage(1);
          }}
        />
        <Input.Search
          className="grow"
          allowClear
          placeholder={t('classifications.searchPlaceholder')}
          value={q}
          onChange={(e) => {
            setQ(e.target.value);
            setPage(1);
          }}
        />
      </div>
      {latest && latestDay && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="no-list-in-force"
          title={t('classifications.noneInForce', { date: fmtDate(asked) })}
          description={
            <>
              {t('classifications.latestList', {
                name: latest.name,
                from: fmtDate(latest.validFrom),
                to: latest.validTo ? fmtDate(latest.validTo) : t('units.ongoing'),
              })}{' '}
              {date === latestDay ? (
                t('classifications.showingLatest', { date: fmtDate(latestDay) })
              ) : (
                <Button size="small" type="link" onClick={() => setDate(latestDay)} data-testid="show-latest">
                  {t('classifications.showLatest')}
                </Button>
              )}
            </>
          }
        />
      )}
      {anyDemo && (
        <div style={{ marginBottom: 8 }}>
          <DemoBadge />
        </div>
      )}
      {complete && counts.length > 0 && (
        <Space wrap style={{ marginBottom: 12 }}>
          <span>{t('classifications.summary', { date: fmtDate(date) })}:</span>
          {counts.map(([c, n]) => (
            <Tag key={c} color={CATEGORY_COLORS[c]}>
              {categoryLabel(t, c)}: {fmtNumber(n)}
            </Tag>
          ))}
        </Space>
      )}
      {rows.error && <Alert type="error" showIcon message={(rows.error as Error).message} style={{ marginBottom: 12 }} />}
      <Table<ClassificationEntry>
        size="small"
        rowKey={(e, i) => `${e.id ?? ''}-${e.unit?.code ?? ''}-${e.village?.id ?? ''}-${i}`}
        loading={rows.isFetching}
        dataSource={items}
        scroll={wide ? { x: 'max-content' } : undefined}
        data-testid="classification-asof"
        locale={{ emptyText: t('classifications.noneOnDate', { date: fmtDate(date) }) }}
        pagination={{
          current: page,
          pageSize: 50,
          total: rows.data?.total ?? 0,
          onChange: setPage,
          showSizeChanger: false,
          showTotal: (total) => t('common.total', { count: total }),
        }}
        columns={
          wide
            ? [
                { title: t('classifications.unit'), key: 'unit', render: (_, e) => unitText(e) },
                { title: t('classifications.village'), key: 'village', render: (_, e) => e.village?.name ?? '—' },
                { title: t('classifications.category'), dataIndex: 'category', render: categoryTag },
                { title: t('classifications.kind'), key: 'kind', render: (_, e) => kindText(e) },
                { title: t('classifications.list'), key: 'list', ellipsis: { showTitle: true }, width: 340, render: (_, e) => e.list?.name },
              ]
            : [
                {
                  title: t('classifications.unit'),
                  key: 'unit',
                  render: (_, e) => (
                    <Space direction="vertical" size={2}>
                      <span>{e.village ? `${e.village.name} · ${unitText(e)}` : unitText(e)}</span>
                      <Space size={4} wrap>
                        {categoryTag(e.category)}
                        <Typography.Text type="secondary">{kindText(e)}</Typography.Text>
                      </Space>
                    </Space>
                  ),
                },
              ]
        }
      />
    </>
  );
}
