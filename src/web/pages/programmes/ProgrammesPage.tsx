import { useState } from 'react';
import { Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/common.js';
import { LibraryTab } from './LibraryTab.js';
import { TreeTab } from './TreeTab.js';
import { BudgetTab } from './BudgetTab.js';

/** "Chương trình, chính sách": the policy library, the programme tree, and budget and disbursement. */
export default function ProgrammesPage() {
  const { t } = useTranslation();
  const [tab, setTab] = useState('library');
  const [root, setRoot] = useState<number | undefined>(undefined);
  return (
    <>
      <PageTitle title={t('programmes.title')} />
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          { key: 'library', label: t('programmes.tabLibrary'), children: <LibraryTab /> },
          {
            key: 'tree',
            label: t('programmes.tabTree'),
            children: (
              <TreeTab
                onOpen={(id) => {
                  setRoot(id);
                  setTab('budget');
                }}
              />
            ),
          },
          { key: 'budget', label: t('programmes.tabBudget'), children: <BudgetTab root={root} onRoot={setRoot} /> },
        ]}
      />
    </>
  );
}
