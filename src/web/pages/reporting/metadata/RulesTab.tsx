import { useState } from 'react';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RuleItem } from './api.js';
import { editable } from './api.js';
import { MetaTable } from './MetaTable.js';
import { RuleDialog } from './RuleDialog.js';

const COLOR: Record<string, string> = { high: 'red', medium: 'orange', low: 'default' };

/** Validation rules. */
export function RulesTab({ canManage }: { canManage: boolean }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<{ item: RuleItem | null } | null>(null);
  return (
    <>
      <MetaTable<RuleItem>
        kind="validation-rules"
        canManage={canManage}
        onOpen={(item) => setOpen({ item })}
        columns={[
          {
            title: t('reportingMeta.rules.expression'),
            key: 'rule',
            render: (_, r) => <code style={{ whiteSpace: 'normal', display: 'inline-block', maxWidth: 420 }}>{`${r.left} ${r.operator} ${r.right}`}</code>,
          },
          {
            title: t('reportingMeta.rules.importance'),
            key: 'importance',
            render: (_, r) => <Tag color={COLOR[r.importance]}>{t(`reportingMeta.rules.importanceLevels.${r.importance}`)}</Tag>,
          },
          { title: t('reportingMeta.rules.dataSets'), key: 'sets', render: (_, r) => r.dataSets.map((s) => <Tag key={s}>{s}</Tag>) },
        ]}
      />
      {open && <RuleDialog item={open.item} readOnly={!editable(canManage, open.item)} onClose={() => setOpen(null)} />}
    </>
  );
}
