import { useEffect, useState } from 'react';
import { Button, Grid, Input, Select, Space, Switch, Tag, Typography, type TableColumnsType } from 'antd';
import { PagedTable } from '../../components/PagedTable.js';
import { FilterOutlined, PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { call, http } from '../../api/client.js';
import type { Query } from '../../api/types.js';
import { useUnit } from '../../api/units.js';
import { IsoDatePicker, PageTitle } from '../../components/common.js';
import { UnitPicker } from '../../components/UnitPicker.js';
import { useDebounced } from '../../lib/hooks.js';
import { todayVN } from '../../../shared/dates.js';
import { useMe } from '../../lib/session.js';
import { ExportButton } from '../register-tools/ExportButton.js';
import { useCodes, useEthnicGroups, usePovertyYear, useVillages, type HouseholdItem } from './api.js';
import { SyntheticTag, useUrlFilters } from './common.js';
import { HouseholdFormDialog } from './HouseholdForm.js';

const FILTERS = ['q', 'commune', 'village', 'ethnic', 'poverty', 'year', 'housing', 'water', 'internet', 'date', 'deleted'] as const;

/** Households of the caller's area on a day, with filters kept in the URL. */
export default function HouseholdsPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const screens = Grid.useBreakpoint();
  const codes = useCodes();
  const ethnic = useEthnicGroups();
  const { values: f, set, page, pageSize } = useUrlFilters(FILTERS);
  const date = f.date || todayVN();
  const [q, setQ] = useState(f.q ?? '');
  const query = useDebounced(q.trim(), 300);
  const [more, setMore] = useState(() => FILTERS.slice(3).some((k) => k !== 'date' && k !== 'deleted' && f[k]));
  const [creating, setCreating] = useState(false);
  const communeUnit = useUnit(f.commune, date);
  // Villages come from the chosen commune, or from the officer's own commune.
  const villageCommune = f.commune ?? (me?.scope?.level === 'commune' ? me.scope.code : undefined);
  const villages = useVillages(villageCommune, date);
  const canEdit = me?.role !== 'viewer';
  const isAdmin = me?.role === 'admin';

  useEffect(() => {
    if (query !== (f.q ?? '')) set({ q: query || undefined });
  }, [query]); // eslint-disable-line react-hooks/exhaustive-deps

  const defaultYear = usePovertyYear(date);
  const year = f.year ?? defaultYear ?? date.slice(0, 4);
  const filters = {
    q: f.q,
    commune: f.commune,
    village: f.village,
    ethnic: f.ethnic,
    poverty: f.poverty,
    year,
    housing: f.housing,
    water: f.water,
    internet: f.internet,
    date: f.date,
    deleted: f.deleted,
  };
  const list = useQuery({
    queryKey: ['households', 'list', filters, page, pageSize],
    queryFn: () =>
      call(http.GET('/api/households', { params: { query: { ...filters, year: Number(year), page, pageSize } as Query<'/api/households', 'get'> } })),
    enabled: defaultYear !== undefined || !!f.year,
    placeholderData: keepPreviousData,
  });
  const items = list.data?.items ?? [];
  const anyDemo = items.some((h) => h.isDemo);
  const mixed = anyDemo && items.some((h) => !h.isDemo);
  const thisYear = Number(todayVN().slice(0, 4));
  const years = Array.from({ length: thisYear - 2021 }, (_, i) => String(thisYear - i));

  const select = (key: (typeof FILTERS)[number], placeholder: string, options: { value: string; label: string }[], width = 170) => (
    <Select
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      placeholder={placeholder}
      value={f[key]}
      onChange={(v) => set({ [key]: v ?? undefined })}
      options={options}
      style={{ width: screens.md ? width : '100%' }}
      data-testid={`filter-${key}`}
      popupMatchSelectWidth={false}
    />
  );

  const code = (h: HouseholdItem) => (
    <Space size={4} wrap>
      <Link to={`/households/${h.id}${f.date ? `?date=${f.date}` : ''}`} data-testid="household-link">
        {h.code}
      </Link>
      {mixed && h.isDemo && <SyntheticTag compact />}
      {h.deletedAt && <Tag color="red">{t('register.households.deletedTag')}</Tag>}
      {h.validTo && <Tag>{t('register.households.ended')}</Tag>}
    </Space>
  );
  const head = (h: HouseholdItem) =>
    h.head ? `${h.head.fullName} (${h.head.birthYear})` : <Typography.Text type="secondary">{t('register.households.noHead')}</Typography.Text>;
  const poverty = (h: HouseholdItem) =>
    h.poverty ? (
      <Tag color={h.poverty.status === 'poor' ? 'red' : h.poverty.status === 'near_poor' ? 'gold' : 'default'}>
        {codes.label('povertyStatus', h.poverty.status)}
      </Tag>
    ) : (
      '—'
    );
  const columns: TableColumnsType<HouseholdItem> = screens.md
    ? [
        { title: t('register.households.code'), key: 'code', render: (_, h) => code(h) },
        { title: t('register.households.head'), key: 'head', render: (_, h) => head(h) },
        { title: t('register.households.village'), key: 'village', render: (_, h) => h.village?.name ?? '—' },
        ...(!villageCommune ? [{ title: t('register.households.commune'), key: 'commune', render: (_: unknown, h: HouseholdItem) => h.commune.fullName }] : []),
        { title: t('register.households.members'), dataIndex: 'memberCount', align: 'right' },
        { title: `${t('register.households.poverty')} ${year}`, key: 'poverty', render: (_, h) => poverty(h) },
        { title: t('register.households.housing'), key: 'housing', render: (_, h) => codes.label('housing', h.housing) },
        { title: t('register.households.water'), key: 'water', render: (_, h) => codes.label('waterSource', h.waterSource) },
        { title: t('register.households.internet'), key: 'internet', render: (_, h) => codes.label('internetAccess', h.internetAccess) },
      ]
    : [
        {
          title: t('register.households.title'),
          key: 'all',
          render: (_, h) => (
            <Space orientation="vertical" size={2} style={{ width: '100%' }}>
              <Space wrap size={6}>
                {code(h)}
                {h.poverty && poverty(h)}
              </Space>
              <span>{head(h)}</span>
              <Typography.Text type="secondary">
                {[h.village?.name, t('register.households.membersCount', { count: h.memberCount })].filter(Boolean).join(' · ')}
              </Typography.Text>
            </Space>
          ),
        },
      ];

  return (
    <>
      <PageTitle
        title={t('register.households.title')}
        extra={
          <>
            <ExportButton entity="households" filters={filters} />
            {canEdit && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="household-create">
                {t('register.households.create')}
              </Button>
            )}
          </>
        }
      >
        {anyDemo && !mixed && <SyntheticTag />}
      </PageTitle>
      <div className="toolbar">
        <Input.Search
          className="grow"
          allowClear
          placeholder={t('register.households.searchPlaceholder')}
          value={q}
          onChange={(e) => setQ(e.target.value)}
          data-testid="household-search"
        />
        <UnitPicker
          date={date}
          level="commune"
          value={communeUnit.data}
          onChange={(u) => set({ commune: u?.code, village: undefined })}
          placeholder={t('register.households.pickCommune')}
          data-testid="commune-picker"
          style={{ flex: '1 1 220px' }}
        />
        <Button icon={<FilterOutlined />} onClick={() => setMore(!more)} type={more ? 'primary' : 'default'} ghost={more} data-testid="more-filters">
          {t('register.households.moreFilters')}
        </Button>
      </div>
      {more && (
        <div className="toolbar" data-testid="filters">
          {villageCommune &&
            select(
              'village',
              t('register.households.village'),
              (villages.data?.items ?? []).map((v) => ({ value: String(v.id), label: v.name })),
            )}
          {select('ethnic', t('register.households.ethnic'), ethnic.options, 190)}
          {select('poverty', t('register.households.poverty'), codes.options('povertyStatus'), 150)}
          {select(
            'year',
            `${t('register.households.year')} ${year}`,
            years.map((y) => ({ value: y, label: y })),
            110,
          )}
          {select('housing', t('register.households.housing'), codes.options('housing'))}
          {select('water', t('register.households.water'), codes.options('waterSource'))}
          {select('internet', t('register.households.internet'), codes.options('internetAccess'))}
          <Space wrap>
            <span className="nowrap">{t('common.asOf')}</span>
            <IsoDatePicker value={date} onChange={(d) => set({ date: d && d !== todayVN() ? d : undefined })} aria-label={t('common.asOf')} />
          </Space>
          {isAdmin && (
            <Space>
              <Switch size="small" checked={f.deleted === 'true'} onChange={(c) => set({ deleted: c ? 'true' : undefined })} />
              {t('register.households.deleted')}
            </Space>
          )}
          <Button
            type="link"
            onClick={() => {
              setQ('');
              set(Object.fromEntries(FILTERS.map((k) => [k, undefined])));
            }}
          >
            {t('register.households.clearFilters')}
          </Button>
        </div>
      )}
      <PagedTable<HouseholdItem>
        query={list}
        columns={columns}
        wide={!!screens.md}
        data-testid="household-table"
        totalTestId="household-total"
        page={page}
        pageSize={pageSize}
        onPage={(p, s) => set({ page: p === 1 ? undefined : String(p), pageSize: s === 50 ? undefined : String(s) })}
      />
      {creating && (
        <HouseholdFormDialog communeCode={f.commune ?? (me?.scope?.level === 'commune' ? me.scope.code : undefined)} onClose={() => setCreating(false)} />
      )}
    </>
  );
}
