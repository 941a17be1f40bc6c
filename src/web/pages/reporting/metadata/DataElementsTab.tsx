import { useState } from 'react';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ElementItem } from './api.js';
import { editable } from './api.js';
import { DataElementDialog } from './DataElementDialog.js';
import { MetaTable } from './MetaTable.js';

/** Data elements: list, create, edit, deactivate. */
export function DataElementsTab({ canManage }: { canManage: boolean }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<{ item: ElementItem | null } | null>(null);
  return (
    <>
      <MetaTable<ElementItem>
        kind="data-elements"
        canManage={canManage}
        onOpen={(item) => setOpen({ item })}
        columns={[
          { title: t('reportingMeta.elements.valueType'), key: 'valueType', render: (_, r) => t(`reportingMeta.elements.valueTypes.${r.valueType}`) },
          { title: t('reportingMeta.elements.unit'), key: 'unit', dataIndex: 'unit' },
          { title: t('reportingMeta.elements.combo'), key: 'combo', render: (_, r) => (r.categoryCombo === 'none' ? '' : <Tag>{r.categoryCombo}</Tag>) },
          {
            title: t('reportingMeta.elements.bounds'),
            key: 'bounds',
            render: (_, r) => (r.minValue === null && r.maxValue === null ? '' : [r.minValue, r.maxValue].map((x) => (x === null ? '…' : x)).join(' – ')),
          },
        ]}
      />
      {open && <DataElementDialog item={open.item} readOnly={!editable(canManage, open.item)} onClose={() => setOpen(null)} />}
    </>
  );
}
