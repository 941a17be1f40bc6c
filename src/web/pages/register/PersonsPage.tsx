import { useEffect, useState } from 'react';
import { Grid, Input, Select, Space, Tag, Typography, type TableColumnsType } from 'antd';
import { PagedTable } from '../../components/PagedTable.js';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { call, http } from '../../api/client.js';
import type { Query } from '../../api/types.js';
import { useUnit } from '../../api/units.js';
import { IsoDatePicker, PageTitle } from '../../components/common.js';
import { UnitPicker } from '../../components/UnitPicker.js';
import { useDebounced } from '../../lib/hooks.js';
import { fmtDate } from '../../lib/format.js';
import { todayVN } from '../../../shared/dates.js';
import { ExportButton } from '../register-tools/ExportButton.js';
import { useCodes, useEthnicGroups, type PersonItem } from './api.js';
import { birthText, SyntheticTag, useUrlFilters } from './common.js';

const FILTERS = ['q', 'commune', 'ethnic', 'sex', 'status', 'date'] as const;

/**
 * Persons of the caller's area in Vietnamese name order; CCCDs masked. As of a day: the persons of a
 * household that day, in the commune the household lived in that day.
 */
export default function PersonsPage() {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const codes = useCodes();
  const ethnic = useEthnicGroups();
  const { values: f, set, page, pageSize } = useUrlFilters(FILTERS);
  const [q, setQ] = useState(f.q ?? '');
  const query = useDebounced(q.trim(), 300);
  useEffect(() => {
    if (query !== (f.q ?? '')) set({ q: query || undefined });
  }, [query]); // eslint-disable-line react-hooks/exhaustive-deps
  const date = f.date || todayVN();
  const communeUnit = useUnit(f.commune, date);
  // As of a day the list holds the members of that day's households: the status filter does not apply.
  const filters = { q: f.q, commune: f.commune, ethnic: f.ethnic, sex: f.sex, status: f.date ? undefined : f.status, date: f.date };
  const list = useQuery({
    queryKey: ['persons', 'list', filters, page, pageSize],
    queryFn: () => call(http.GET('/api/persons', { params: { query: { ...filters, page, pageSize } as Query<'/api/persons', 'get'> } })),
    placeholderData: keepPreviousData,
  });
  const items = list.data?.items ?? [];
  const anyDemo = items.some((p) => p.isDemo);
  const mixed = anyDemo && items.some((p) => !p.isDemo);
  const name = (p: PersonItem) => (
    <Space size={4} wrap>
      <Link to={`/persons/${p.id}${f.date ? `?date=${f.date}` : ''}`}>{p.fullName}</Link>
      {mixed && p.isDemo && <SyntheticTag compact />}
      {p.deathDate && <Tag>{t('register.persons.dead')}</Tag>}
    </Space>
  );
  const household = (p: PersonItem) =>
    p.household ? <Link to={`/households/${p.household.id}${f.date ? `?date=${f.date}` : ''}`}>{p.household.code}</Link> : '—';
  const columns: TableColumnsType<PersonItem> = screens.md
    ? [
        { title: t('register.fields.fullName'), key: 'name', render: (_, p) => name(p) },
        { title: t('register.persons.sex'), key: 'sex', render: (_, p) => codes.label('sex', p.sex) },
        { title: t('register.persons.birth'), key: 'birth', render: (_, p) => birthText(p, fmtDate) },
        { title: t('register.persons.ethnic'), dataIndex: 'ethnicName' },
        { title: t('register.persons.cccd'), dataIndex: 'cccdMasked', render: (c: string | null) => c ?? '—' },
        { title: t('register.persons.household'), key: 'hh', render: (_, p) => household(p) },
        { title: t('register.fields.relationship'), key: 'rel', render: (_, p) => codes.label('relationship', p.household?.relationship) || '—' },
        { title: t('register.households.commune'), key: 'commune', render: (_, p) => p.commune.fullName },
      ]
    : [
        {
          title: t('register.persons.title'),
          key: 'all',
          render: (_, p) => (
            <Space orientation="vertical" size={2}>
              {name(p)}
              <Typography.Text type="secondary">
                {[codes.label('sex', p.sex), birthText(p, fmtDate), p.ethnicName, p.cccdMasked].filter(Boolean).join(' · ')}
              </Typography.Text>
              {p.household && (
                <span>
                  {t('register.persons.household')} {household(p)} · {codes.label('relationship', p.household.relationship)}
                </span>
              )}
            </Space>
          ),
        },
      ];
  const sel = (key: (typeof FILTERS)[number], placeholder: string, options: { value: string; label: string }[], width = 170) => (
    <Select
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      placeholder={placeholder}
      value={f[key]}
      onChange={(v) => set({ [key]: v ?? undefined })}
      options={options}
      style={{ width: screens.md ? width : '100%' }}
      popupMatchSelectWidth={false}
      data-testid={`filter-${key}`}
    />
  );
  return (
    <>
      <PageTitle title={t('register.persons.title')} extra={<ExportButton entity="persons" filters={filters} />}>
        {anyDemo && !mixed && <SyntheticTag />}
      </PageTitle>
      <div className="toolbar">
        <Input.Search
          className="grow"
          allowClear
          placeholder={t('register.persons.searchPlaceholder')}
          value={q}
          onChange={(e) => setQ(e.target.value)}
          data-testid="person-search"
        />
        <UnitPicker
          date={date}
          level="commune"
          value={communeUnit.data}
          onChange={(u) => set({ commune: u?.code })}
          data-testid="commune-picker"
          placeholder={t('register.households.pickCommune')}
          style={{ flex: '1 1 220px' }}
        />
        {sel('ethnic', t('register.persons.ethnic'), ethnic.options, 190)}
        {sel('sex', t('register.persons.sex'), codes.options('sex'), 120)}
        {!f.date &&
          sel(
            'status',
            t('register.persons.status'),
            (['all', 'current', 'former'] as const).map((s) => ({ value: s, label: t(`register.persons.statuses.${s}`) })),
            190,
          )}
        <Space wrap>
          <span className="nowrap">{t('common.asOf')}</span>
          <IsoDatePicker
            value={date}
            onChange={(d) => set({ date: d && d !== todayVN() ? d : undefined, status: undefined })}
            aria-label={t('common.asOf')}
            data-testid="persons-as-of"
          />
        </Space>
      </div>
      <PagedTable<PersonItem>
        query={list}
        columns={columns}
        wide={!!screens.md}
        data-testid="person-table"
        page={page}
        pageSize={pageSize}
        onPage={(p, s) => set({ page: p === 1 ? undefined : String(p), pageSize: s === 50 ? undefined : String(s) })}
      />
    </>
  );
}
