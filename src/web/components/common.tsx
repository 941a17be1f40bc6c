import { DatePicker, Tag, Tooltip } from 'antd';
import { ExperimentOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { DATE_FORMAT, fromIso, toIso } from '../lib/format.js';

/** The visible mark on anything that is demo data, never official figures. */
export function DemoBadge() {
  const { t } = useTranslation();
  return (
    <Tooltip title={t('common.demoHint')}>
      <Tag color="orange" icon={<ExperimentOutlined />} data-testid="demo-badge" style={{ marginInlineEnd: 0 }}>
        {t('common.demoData')}
      </Tag>
    </Tooltip>
  );
}

export { PageTitle } from './PageTitle.js';

/** A date picker that speaks the API's `YYYY-MM-DD` and shows dd/mm/yyyy. */
export function IsoDatePicker({
  value,
  onChange,
  allowClear = false,
  ...rest
}: {
  value?: string | null;
  onChange?: (iso: string | undefined) => void;
  allowClear?: boolean;
  style?: React.CSSProperties;
  id?: string;
  'aria-label'?: string;
  'data-testid'?: string;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <DatePicker
      {...rest}
      style={{ width: 140, ...rest.style }}
      format={DATE_FORMAT}
      placeholder={t('common.datePlaceholder')}
      allowClear={allowClear}
      value={fromIso(value ?? null)}
      onChange={(d) => onChange?.(toIso(d))}
    />
  );
}

/** Table props that make a click choose a row (by `id`) and mark the chosen one. */
export function selectableRows<R extends { id: number }>(selected: number | null, select: (id: number) => void) {
  return {
    onRow: (r: R) => ({ onClick: () => select(r.id) }),
    rowClassName: (r: R) => (r.id === selected ? 'ant-table-row-selected' : ''),
  };
}
