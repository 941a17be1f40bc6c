import { useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Button, Card, Col, Grid, Input, List, Row, Space, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { searchUnits, useUnit } from '../../api/units.js';
import type { Unit } from '../../api/types.js';
import { IsoDatePicker, PageTitle } from '../../components/common.js';
import { useDebounced } from '../../lib/hooks.js';
import { fmtDate } from '../../lib/format.js';
import { todayVN } from '../../../shared/dates.js';
import { UnitTree } from './UnitTree.js';
import { UnitDetail } from './UnitDetail.js';
import { useMe } from '../../lib/session.js';

const BEFORE = '2024-06-01';
const AFTER = '2025-08-01';

/** Browse units as of a date: tree, search and the selected unit's history. State lives in the URL. */
export default function AdminUnitsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const date = params.get('date') || todayVN();
  const selected = params.get('unit') || undefined;
  const [q, setQ] = useState(params.get('q') ?? '');
  const query = useDebounced(q.trim(), 300);
  const screens = Grid.useBreakpoint();
  const detailRef = useRef<HTMLDivElement>(null);

  const update = (next: Record<string, string | undefined>) => {
    const p = new URLSearchParams(params);
    for (const [k, v] of Object.entries(next)) {
      if (v) p.set(k, v);
      else p.delete(k);
    }
    setParams(p, { replace: false });
  };

  useEffect(() => {
    if (query !== (params.get('q') ?? '')) update({ q: query || undefined });
  }, [query]); // eslint-disable-line react-hooks/exhaustive-deps

  const results = useQuery({ queryKey: ['admin-units', date, 'search', query], queryFn: () => searchUnits(date, query), enabled: query.length > 0 });
  const unit = useUnit(selected, date);
  // With nothing selected, a user with an area sees the tree opened down to it.
  const { data: me } = useMe();
  const home = useUnit(!selected && me?.scope ? me.scope.code : undefined, date);
  const openPath = selected
    ? (unit.data?.path ?? []).filter((p) => p.id !== unit.data?.id).map((p) => p.code)
    : (home.data?.path ?? []).filter((p) => p.id !== home.data?.id || p.childCount > 0).map((p) => p.code);

  const open = (code: string, day: string) => {
    update({ unit: code, date: day });
    if (!screens.lg) setTimeout(() => detailRef.current?.scrollIntoView({ behavior: 'smooth', block: 'start' }), 50);
  };

  const quick = [
    { iso: BEFORE, label: t('units.quickBefore') },
    { iso: AFTER, label: t('units.quickAfter') },
    { iso: todayVN(), label: t('common.today') },
  ];

  return (
    <>
      <PageTitle title={t('units.title')} />
      <div className="toolbar">
        <Space wrap>
          <span className="nowrap">{t('common.asOf')}</span>
          <IsoDatePicker value={date} onChange={(d) => d && update({ date: d })} aria-label={t('common.asOf')} data-testid="as-of-date" />
          {quick.map((b) => (
            <Button key={b.label} size="middle" type={date === b.iso ? 'primary' : 'default'} onClick={() => update({ date: b.iso })}>
              {b.label}
            </Button>
          ))}
        </Space>
        <Input.Search
          className="grow"
          allowClear
          value={q}
          placeholder={t('units.searchPlaceholder')}
          onChange={(e) => setQ(e.target.value)}
          aria-label={t('common.search')}
          data-testid="unit-search"
        />
      </div>
      <Row gutter={[12, 12]}>
        <Col xs={24} lg={10}>
          <Card
            size="small"
            title={query ? t('units.searchResults') : `${t('units.tree')} · ${fmtDate(date)}`}
            extra={query ? <Typography.Link onClick={() => setQ('')}>{t('units.clearSearch')}</Typography.Link> : null}
            styles={{ body: { maxHeight: screens.lg ? 'calc(100vh - 230px)' : 420, overflow: 'auto' } }}
          >
            {query ? (
              <List<Unit>
                size="small"
                loading={results.isFetching}
                dataSource={results.data?.items ?? []}
                locale={{ emptyText: results.error ? (results.error as Error).message : t('common.noData') }}
                renderItem={(u) => (
                  <List.Item
                    style={{ cursor: 'pointer', paddingInline: 4, background: u.code === selected ? '#e6f4ff' : undefined }}
                    onClick={() => open(u.code, date)}
                  >
                    <Space wrap size={4}>
                      <span>{u.fullName}</span>
                      <Typography.Text type="secondary">{u.code}</Typography.Text>
                      <Tag>{t(`units.levels.${u.level}`)}</Tag>
                    </Space>
                  </List.Item>
                )}
              />
            ) : (
              <UnitTree key={date} date={date} selected={selected} openPath={openPath} onSelect={(code) => open(code, date)} />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={14} ref={detailRef}>
          {selected ? (
            <UnitDetail code={selected} date={date} onOpen={open} />
          ) : (
            <Card>
              <Typography.Text type="secondary">{t('units.selectHint')}</Typography.Text>
            </Card>
          )}
        </Col>
      </Row>
    </>
  );
}
