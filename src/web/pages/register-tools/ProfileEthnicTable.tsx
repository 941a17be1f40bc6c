import { Table, Typography, type TableColumnsType } from 'antd';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { byName, fmtNumber } from '../../lib/format.js';
import { householdsLink, personsLink, type CommuneProfile, type EthnicRow } from './profileApi.js';
import { pct } from './profileCharts.js';

/** Each number opens the household or person list with the same filters, so the two can be compared. */
export function ProfileEthnicTable({ profile, date }: { profile: CommuneProfile; date: string }) {
  const { t } = useTranslation();
  const commune = profile.unit.code;
  const year = profile.year;
  const hh = (ethnic: string | null | undefined, poverty?: string) => (ethnic === null ? null : householdsLink({ commune, ethnic, poverty, year, date }));
  const num = (n: number, to: string | null, testId?: string) =>
    n && to ? (
      <Link to={to} data-testid={testId}>
        {fmtNumber(n)}
      </Link>
    ) : (
      <Typography.Text type="secondary">0</Typography.Text>
    );
  const rate = (n: number, of: number) => (of ? `${fmtNumber(pct(n, of))}%` : '—');
  const rows = [...profile.byEthnic].sort(byName((r: EthnicRow) => r.name)).sort((a, b) => b.persons - a.persons);
  const tot = profile.totals;

  const columns: TableColumnsType<EthnicRow> = [
    {
      title: t('registerTools.profile.ethnic'),
      dataIndex: 'name',
      fixed: 'left',
      render: (n: string, r) => (
        <span className="nowrap">
          {n} <Typography.Text type="secondary">{r.code}</Typography.Text>
        </span>
      ),
    },
    {
      title: t('registerTools.profile.households'),
      dataIndex: 'households',
      align: 'right',
      render: (n: number, r) => num(n, hh(r.code), `profile-eth-${r.code ?? 'none'}-households`),
    },
    {
      title: t('registerTools.profile.persons'),
      dataIndex: 'persons',
      align: 'right',
      render: (n: number, r) => num(n, r.code && personsLink({ commune, date, ethnic: r.code }), `profile-eth-${r.code ?? 'none'}-persons`),
    },
    {
      title: t('registerTools.profile.male'),
      dataIndex: 'male',
      align: 'right',
      render: (n: number, r) => num(n, r.code && personsLink({ commune, date, ethnic: r.code, sex: 'male' })),
    },
    {
      title: t('registerTools.profile.female'),
      dataIndex: 'female',
      align: 'right',
      render: (n: number, r) => num(n, r.code && personsLink({ commune, date, ethnic: r.code, sex: 'female' })),
    },
    {
      title: t('registerTools.profile.poor'),
      dataIndex: 'poor',
      align: 'right',
      render: (n: number, r) => num(n, hh(r.code, 'poor'), `profile-eth-${r.code ?? 'none'}-poor`),
    },
    { title: t('registerTools.profile.poorRate'), key: 'poorRate', align: 'right', render: (_, r) => rate(r.poor, r.households) },
    { title: t('registerTools.profile.nearPoor'), dataIndex: 'nearPoor', align: 'right', render: (n: number, r) => num(n, hh(r.code, 'near_poor')) },
    { title: t('registerTools.profile.nearPoorRate'), key: 'nearPoorRate', align: 'right', render: (_, r) => rate(r.nearPoor, r.households) },
  ];

  return (
    <Table<EthnicRow>
      size="small"
      rowKey={(r) => r.code ?? '-'}
      dataSource={rows}
      columns={columns}
      pagination={false}
      scroll={{ x: 'max-content' }}
      data-testid="profile-ethnic-table"
      summary={() => (
        <Table.Summary.Row style={{ fontWeight: 600 }}>
          <Table.Summary.Cell index={0}>{t('registerTools.profile.total')}</Table.Summary.Cell>
          <Table.Summary.Cell index={1} align="right">
            {num(tot.households, hh(undefined))}
          </Table.Summary.Cell>
          <Table.Summary.Cell index={2} align="right">
            {num(tot.persons, personsLink({ commune, date }))}
          </Table.Summary.Cell>
          <Table.Summary.Cell index={3} align="right">
            {fmtNumber(tot.male)}
          </Table.Summary.Cell>
          <Table.Summary.Cell index={4} align="right">
            {fmtNumber(tot.female)}
          </Table.Summary.Cell>
          <Table.Summary.Cell index={5} align="right">
            {num(tot.poor, hh(undefined, 'poor'))}
          </Table.Summary.Cell>
          <Table.Summary.Cell index={6} align="right">
            {rate(tot.poor, tot.households)}
          </Table.Summary.Cell>
          <Table.Summary.Cell index={7} align="right">
            {fmtNumber(tot.nearPoor)}
          </Table.Summary.Cell>
          <Table.Summary.Cell index={8} align="right">
            {rate(tot.nearPoor, tot.households)}
          </Table.Summary.Cell>
        </Table.Summary.Row>
      )}
    />
  );
}
