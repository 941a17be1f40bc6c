import { useState } from 'react';
import { Grid, Input, Segmented, Table, Tag } from 'antd';
import { useQuery, keepPreviousData } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call, http } from '../api/client.js';
import type { EthnicGroup } from '../api/types.js';
import { PageTitle } from '../components/common.js';
import { useDebounced } from '../lib/hooks.js';
import { viCollator } from '../lib/format.js';

type Filter = 'all' | 'true' | 'false';

export default function EthnicGroupsPage() {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [minority, setMinority] = useState<Filter>('all');
  const query = useDebounced(q.trim(), 250);
  // Wide screens wrap the long lists of other names; phones scroll sideways instead.
  const wide = !!Grid.useBreakpoint().md;
  const { data, isFetching, error } = useQuery({
    queryKey: ['ethnic-groups', query, minority],
    queryFn: () => call(http.GET('/api/ethnic-groups', { params: { query: { q: query, minority: minority === 'all' ? undefined : minority } } })),
    placeholderData: keepPreviousData,
  });
  return (
    <>
      <PageTitle title={t('ethnic.title')}>{data && <Tag>{t('ethnic.count', { count: data.total })}</Tag>}</PageTitle>
      <div className="toolbar">
        <Input.Search
          className="grow"
          allowClear
          placeholder={t('ethnic.searchPlaceholder')}
          value={q}
          onChange={(e) => setQ(e.target.value)}
          aria-label={t('common.search')}
          data-testid="ethnic-search"
        />
        <Segmented<Filter>
          value={minority}
          onChange={setMinority}
          options={[
            { value: 'all', label: t('common.all') },
            { value: 'true', label: t('ethnic.minority') },
            { value: 'false', label: t('ethnic.other') },
          ]}
        />
      </div>
      <Table<EthnicGroup>
        rowKey="code"
        size="small"
        loading={isFetching}
        dataSource={data?.items ?? []}
        pagination={false}
        scroll={wide ? undefined : { x: 'max-content' }}
        locale={{ emptyText: error ? (error as Error).message : t('common.noData') }}
        columns={[
          { title: t('common.code'), dataIndex: 'code', width: 64, sorter: (a, b) => a.code.localeCompare(b.code), defaultSortOrder: 'ascend' },
          { title: t('common.name'), dataIndex: 'name', sorter: (a, b) => viCollator.compare(a.name, b.name), render: (v: string) => <strong>{v}</strong> },
          { title: t('ethnic.otherNames'), dataIndex: 'otherNames', render: (v: string[]) => v.join(', '), responsive: ['md'] },
          { title: t('ethnic.languageGroup'), dataIndex: 'languageGroup', sorter: (a, b) => viCollator.compare(a.languageGroup, b.languageGroup) },
          {
            title: t('ethnic.filter'),
            dataIndex: 'isMinority',
            width: 150,
            render: (v: boolean, r) =>
              v ? <Tag color="green">{t('ethnic.minority')}</Tag> : <Tag>{r.code === '01' ? t('ethnic.majority') : t('ethnic.other')}</Tag>,
          },
        ]}
      />
    </>
  );
}
