import { Tag, Tooltip } from 'antd';
import { ExperimentOutlined } from '@ant-design/icons';
import { useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';

/** The mark on synthetic (demo) register records. */
export function SyntheticTag({ compact }: { compact?: boolean }) {
  const { t } = useTranslation();
  return (
    <Tooltip title={t('register.demoHint')}>
      <Tag color="orange" icon={<ExperimentOutlined />} data-testid="synthetic-tag" style={{ marginInlineEnd: 0 }}>
        {compact ? null : t('register.demoData')}
      </Tag>
    </Tooltip>
  );
}

/** URL search parameters as a plain record, with a setter that drops empty values and resets paging. */
export function useUrlFilters<K extends string>(keys: readonly K[]) {
  const [params, setParams] = useSearchParams();
  const values = Object.fromEntries(keys.map((k) => [k, params.get(k) ?? undefined])) as Record<K, string | undefined>;
  const set = (patch: Partial<Record<K | 'page' | 'pageSize', string | undefined>>) => {
    const p = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) {
      if (v === undefined || v === '') p.delete(k);
      else p.set(k, String(v));
    }
    if (!('page' in patch)) p.delete('page');
    setParams(p, { replace: true });
  };
  const page = Number(params.get('page') ?? 1) || 1;
  const pageSize = Number(params.get('pageSize') ?? 50) || 50;
  return { values, set, page, pageSize, params };
}

/** "1982" or "05/01/1982". */
export function birthText(p: { birthDate: string | null; birthYear: number }, fmt: (iso: string) => string): string {
  return p.birthDate ? fmt(p.birthDate) : String(p.birthYear);
}
