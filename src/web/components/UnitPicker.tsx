import { useMemo, useState } from 'react';
import { Select, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { searchUnits, sortUnits } from '../api/units.js';
import type { Unit, UnitLevel } from '../api/types.js';
import { useDebounced } from '../lib/hooks.js';

interface Props {
  date: string;
  level?: UnitLevel;
  value?: Unit | null;
  onChange?: (u: Unit | undefined) => void;
  placeholder?: string;
  allowClear?: boolean;
  style?: React.CSSProperties;
  id?: string;
  'data-testid'?: string;
}

/** Picks a unit valid on `date` inside the user's area by typing part of its name or code. */
export function UnitPicker({ date, level, value, onChange, placeholder, allowClear = true, style, id, ...rest }: Props) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const query = useDebounced(q.trim(), 250);
  const found = useQuery({
    queryKey: ['admin-units', date, 'pick', level ?? '', query],
    queryFn: () => searchUnits(date, query, level, 30),
    staleTime: 60_000,
  });
  const units = useMemo(() => {
    const list = sortUnits(found.data?.items ?? []);
    if (value && !list.some((u) => u.id === value.id)) list.unshift(value);
    return list;
  }, [found.data, value]);
  return (
    <Select
      id={id}
      data-testid={rest['data-testid']}
      showSearch={{ filterOption: false, onSearch: setQ }}
      allowClear={allowClear}
      placeholder={placeholder ?? t('common.search')}
      style={{ minWidth: 240, ...style }}
      loading={found.isFetching}
      value={value?.code}
      notFoundContent={found.isFetching ? t('common.loading') : t('common.noData')}
      onChange={(code) => {
        onChange?.(units.find((u) => u.code === code));
        setQ('');
      }}
      options={units.map((u) => ({
        value: u.code,
        label: (
          <span>
            {u.fullName} <Typography.Text type="secondary">{u.code}</Typography.Text>
          </span>
        ),
      }))}
    />
  );
}
