import { Tabs, Tag, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/common.js';
import { useCan } from '../../lib/session.js';
import { MetadataList } from './MetadataList.js';
import { MetadataTransfer } from './MetadataTransfer.js';
import './reporting.css';

type Row = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Report forms and their metadata: read for everyone, managed by holders of manage_reporting. */
export default function FormsPage() {
  const { t } = useTranslation();
  const canManage = useCan('manage_reporting');
  const col = (title: string, render: (r: Row) => React.ReactNode, key = title): TableColumnsType<Row>[number] => ({ title, key, render: (_, r) => render(r) });
  const tabs: { key: 'data-sets' | 'data-elements' | 'categories' | 'validation-rules'; label: string; columns: TableColumnsType<Row> }[] = [
    {
      key: 'data-sets',
      label: t('reporting.forms.dataSets'),
      columns: [
        col(t('reporting.forms.periodType'), (r) => t(`reporting.forms.periodTypes.${r.periodType}`)),
        col(t('reporting.forms.deadlineDays'), (r) => r.deadlineDays),
        col(t('reporting.forms.sections'), (r) => (r.sections ?? []).length),
      ],
    },
    {
      key: 'data-elements',
      label: t('reporting.forms.dataElements'),
      columns: [
        col(t('reporting.forms.valueType'), (r) => r.valueType),
        col(t('reporting.forms.unit'), (r) => r.unit),
        col(t('reporting.forms.combo'), (r) => (r.categoryCombo === 'none' ? '' : <Tag>{r.categoryCombo}</Tag>)),
        col(t('reporting.forms.bounds'), (r) => [r.minValue, r.maxValue].map((x) => (x === null ? '…' : x)).join(' – ')),
      ],
    },
    {
      key: 'categories',
      label: t('reporting.forms.categoryCombos'),
      columns: [col(t('reporting.forms.options'), (r) => (r.options ?? []).length)],
    },
    {
      key: 'validation-rules',
      label: t('reporting.forms.validationRules'),
      columns: [
        col(t('reporting.forms.rule'), (r) => <code style={{ whiteSpace: 'nowrap' }}>{`${r.left} ${r.operator} ${r.right}`}</code>),
        col(t('reporting.forms.importance'), (r) => <Tag color={r.importance === 'high' ? 'red' : r.importance === 'medium' ? 'orange' : 'default'}>{t(`reporting.forms.importanceLevels.${r.importance}`)}</Tag>),
      ],
    },
  ];
  return (
    <>
      <PageTitle title={t('reporting.forms.title')} extra={<MetadataTransfer canManage={canManage} />} />
      <Tabs items={tabs.map((x) => ({ key: x.key, label: x.label, children: <MetadataList kind={x.key} columns={x.columns as never} canManage={canManage} /> }))} />
    </>
  );
}
