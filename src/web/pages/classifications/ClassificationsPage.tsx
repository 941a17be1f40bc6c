import { Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { PageTitle } from '../../components/common.js';
import { AsOfTab } from './AsOfTab.js';
import { ListsTab } from './ListsTab.js';

/** Area classification: what holds on a date, and the dated lists behind it (tab kept in the URL). */
export default function ClassificationsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'lists' ? 'lists' : 'asof';
  return (
    <>
      <PageTitle title={t('classifications.title')} />
      <Tabs
        activeKey={tab}
        onChange={(key) => {
          const p = new URLSearchParams(params);
          if (key === 'lists') p.set('tab', 'lists');
          else p.delete('tab');
          setParams(p, { replace: true });
        }}
        destroyOnHidden
        items={[
          { key: 'asof', label: t('classifications.asOfView'), children: <AsOfTab /> },
          { key: 'lists', label: t('classifications.lists'), children: <ListsTab /> },
        ]}
      />
    </>
  );
}
