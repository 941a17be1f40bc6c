import { useState } from 'react';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ComboItem } from './api.js';
import { editable } from './api.js';
import { ComboDialog } from './ComboDialog.js';
import { MetaTable } from './MetaTable.js';

/** Category combinations: their categories in order and the generated option combinations. */
export function CombosTab({ canManage }: { canManage: boolean }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<{ item: ComboItem | null } | null>(null);
  return (
    <>
      <MetaTable<ComboItem>
        kind="category-combos"
        canManage={canManage}
        onOpen={(item) => setOpen({ item })}
        builtIn={(c) => c.code === 'none'}
        columns={[
          { title: t('reportingMeta.combos.categories'), key: 'categories', render: (_, r) => r.categories.map((c) => <Tag key={c}>{c}</Tag>) },
          { title: t('reportingMeta.combos.optionCombosShort'), key: 'cocs', render: (_, r) => (r.optionCombos ?? []).filter((c) => c.active).length },
        ]}
      />
      {open && <ComboDialog item={open.item} readOnly={!editable(canManage, open.item) || open.item?.code === 'none'} onClose={() => setOpen(null)} />}
    </>
  );
}
