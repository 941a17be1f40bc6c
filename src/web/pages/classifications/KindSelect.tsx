import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ClassificationKind } from '../../api/types.js';
import { KINDS } from './ListDialogs.js';

/** Picks one of the three kinds of classification list (or none). */
export function KindSelect({ value, onChange }: { value?: ClassificationKind; onChange: (k?: ClassificationKind) => void }) {
  const { t } = useTranslation();
  return (
    <Select<ClassificationKind>
      allowClear
      value={value}
      onChange={onChange}
      placeholder={t('classifications.kind')}
      style={{ minWidth: 220 }}
      options={KINDS.map((k) => ({ value: k, label: t(`classifications.kinds.${k}`) }))}
    />
  );
}
