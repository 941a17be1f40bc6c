import { useState } from 'react';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CategoryItem } from './api.js';
import { editable } from './api.js';
import { CategoryDialog } from './CategoryDialog.js';
import { MetaTable } from './MetaTable.js';

/** Categories (ways of breaking values down) and their options. */
export function CategoriesTab({ canManage }: { canManage: boolean }) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState<{ item: CategoryItem | null } | null>(null);
  return (
    <>
      <MetaTable<CategoryItem>
        kind="categories"
        canManage={canManage}
        onOpen={(item) => setOpen({ item })}
        columns={[
          {
            title: t('reportingMeta.categories.options'),
            key: 'options',
            render: (_, r) => {
              const active = r.options.filter((o) => o.active);
              const names = active.slice(0, 4).map((o) => (i18n.language === 'en' && o.nameEn ? o.nameEn : o.nameVi));
              return (
                <Typography.Text style={{ maxWidth: 360, display: 'inline-block' }} ellipsis={{ tooltip: true }}>
                  {active.length}: {names.join(', ')}
                  {active.length > 4 ? ', …' : ''}
                </Typography.Text>
              );
            },
          },
        ]}
      />
      {open && <CategoryDialog item={open.item} readOnly={!editable(canManage, open.item)} onClose={() => setOpen(null)} />}
    </>
  );
}
