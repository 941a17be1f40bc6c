import { Alert, Tabs } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../components/common.js';
import { useCan, useMe } from '../../../lib/session.js';
import { MetadataTransfer } from '../MetadataTransfer.js';
import { CategoriesTab } from './CategoriesTab.js';
import { CombosTab } from './CombosTab.js';
import { DataElementsTab } from './DataElementsTab.js';
import { DataSetsTab } from './DataSetsTab.js';
import { MappingsTab } from './MappingsTab.js';
import { RulesTab } from './RulesTab.js';
import '../reporting.css';
import './metadata.css';

const TABS = [
  { key: 'data-sets', label: 'dataSets', Tab: DataSetsTab },
  { key: 'data-elements', label: 'dataElements', Tab: DataElementsTab },
  { key: 'categories', label: 'categories', Tab: CategoriesTab },
  { key: 'category-combos', label: 'combos', Tab: CombosTab },
  { key: 'validation-rules', label: 'rules', Tab: RulesTab },
  { key: 'dhis2-mappings', label: 'mappings', Tab: MappingsTab },
] as const;

/** Danh mục báo cáo: the reporting metadata, edited field by field by holders of manage_reporting, read by everyone. */
export default function MetadataPage() {
  const { t } = useTranslation();
  const canManage = useCan('manage_reporting');
  // DHIS2 exchange is the province's work: commune officers do not see the mappings.
  const communeOfficer = useMe().data?.role === 'commune_officer';
  const tabs = TABS.filter((x) => !(communeOfficer && x.key === 'dhis2-mappings'));
  const [params, setParams] = useSearchParams();
  const tab = tabs.some((x) => x.key === params.get('tab')) ? params.get('tab')! : 'data-sets';
  return (
    <>
      <PageTitle title={t('reportingMeta.title')} extra={<MetadataTransfer canManage={canManage} />} />
      {!canManage && <Alert type="info" showIcon style={{ marginBottom: 8 }} title={t('reportingMeta.readOnly')} data-testid="read-only" />}
      <Tabs
        activeKey={tab}
        onChange={(k) => setParams({ tab: k }, { replace: true })}
        destroyOnHidden
        items={tabs.map(({ key, label, Tab }) => ({ key, label: t(`reportingMeta.tabs.${label}`), children: <Tab canManage={canManage} /> }))}
      />
    </>
  );
}
