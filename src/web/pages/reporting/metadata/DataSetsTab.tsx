import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SetItem } from './api.js';
import { editable } from './api.js';
import { DataSetDialog } from './DataSetDialog.js';
import { MetaTable } from './MetaTable.js';

/** Report forms (data sets). */
export function DataSetsTab({ canManage }: { canManage: boolean }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<{ item: SetItem | null } | null>(null);
  return (
    <>
      <MetaTable<SetItem>
        kind="data-sets"
        canManage={canManage}
        onOpen={(item) => setOpen({ item })}
        columns={[
          { title: t('reportingMeta.sets.periodType'), key: 'periodType', render: (_, r) => t(`reporting.forms.periodTypes.${r.periodType}`) },
          { title: t('reportingMeta.sets.cutoff'), key: 'cutoff', render: (_, r) => t(`reportingMeta.sets.cutoffs.${r.cutoff}`) },
          { title: t('reportingMeta.sets.deadlineDays'), key: 'deadline', dataIndex: 'deadlineDays' },
          {
            title: t('reportingMeta.sets.sections'),
            key: 'sections',
            render: (_, r) =>
              t('reportingMeta.sets.sectionsCount', { count: r.sections.length, elements: r.sections.reduce((n, s) => n + s.dataElements.length, 0) }),
          },
          {
            title: t('reportingMeta.sets.assign'),
            key: 'assign',
            render: (_, r) =>
              t('reportingMeta.sets.assignSummary', {
                level: r.assignLevel ? t(`reportingMeta.sets.levels.${r.assignLevel}`) : t('reportingMeta.sets.assignLevelNone'),
                within: r.assignWithin ? ` (${r.assignWithin})` : '',
                count: r.assignUnits.length,
              }),
          },
        ]}
      />
      {open && <DataSetDialog item={open.item} readOnly={!editable(canManage, open.item)} onClose={() => setOpen(null)} />}
    </>
  );
}
