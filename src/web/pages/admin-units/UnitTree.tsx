import { useEffect, useMemo, useState } from 'react';
import { Alert, Spin, Tree, Typography, type TreeDataNode } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { fetchUnits, sortUnits } from '../../api/units.js';
import type { Unit } from '../../api/types.js';

interface Props {
  date: string;
  selected?: string;
  /** Codes of the selected unit's ancestors (province first), to open the tree down to it. */
  openPath?: string[];
  onSelect: (code: string) => void;
}

type UnitNode = TreeDataNode & { unit: Unit };

/** Provinces → districts → communes valid on `date`, each level loaded when opened. */
export function UnitTree({ date, selected, openPath, onSelect }: Props) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [children, setChildren] = useState<Record<string, Unit[]>>({});
  const [expanded, setExpanded] = useState<string[]>([]);
  const roots = useQuery({ queryKey: ['admin-units', date, 'children', ''], queryFn: () => fetchUnits(date) });

  const load = async (code: string) => {
    if (children[code]) return;
    const res = await qc.fetchQuery({ queryKey: ['admin-units', date, 'children', code], queryFn: () => fetchUnits(date, code), staleTime: 60_000 });
    setChildren((prev) => ({ ...prev, [code]: sortUnits(res.items) }));
  };

  // Open the tree down to a unit picked elsewhere (search, links between dates).
  const pathKey = openPath?.join('/') ?? '';
  useEffect(() => {
    if (!openPath?.length) return;
    let cancelled = false;
    void (async () => {
      for (const code of openPath) {
        if (cancelled) return;
        await load(code).catch(() => undefined);
      }
      if (cancelled) return;
      setExpanded((prev) => [...new Set([...prev, ...openPath])]);
      // Bring the unit into view inside the scrolling card, without moving the page.
      setTimeout(() => {
        const el = document.querySelector<HTMLElement>(`.unit-tree [data-testid="unit-node-${selected ?? openPath[openPath.length - 1]}"]`);
        const box = el?.closest<HTMLElement>('.ant-card-body');
        if (el && box) box.scrollTop += el.getBoundingClientRect().top - box.getBoundingClientRect().top - box.clientHeight / 3;
      }, 100);
    })();
    return () => {
      cancelled = true;
    };
  }, [pathKey]); // eslint-disable-line react-hooks/exhaustive-deps

  const treeData = useMemo(() => {
    const build = (units: Unit[]): UnitNode[] =>
      units.map((u) => ({
        key: u.code,
        unit: u,
        isLeaf: u.childCount === 0,
        title: (
          <span data-testid={`unit-node-${u.code}`}>
            {u.fullName} <Typography.Text type="secondary">{u.code}</Typography.Text>
          </span>
        ),
        children: children[u.code] ? build(children[u.code]) : undefined,
      }));
    return build(sortUnits(roots.data?.items ?? []));
  }, [roots.data, children]);

  if (roots.isLoading) return <Spin />;
  if (roots.error) return <Alert type="error" showIcon message={(roots.error as Error).message} />;
  if (!treeData.length) return <Typography.Text type="secondary">{t('common.noData')}</Typography.Text>;
  return (
    <Tree
      className="unit-tree"
      blockNode
      showLine
      treeData={treeData}
      expandedKeys={expanded}
      onExpand={(keys) => setExpanded(keys.map(String))}
      loadData={(node) => load(String(node.key))}
      loadedKeys={Object.keys(children)}
      selectedKeys={selected ? [selected] : []}
      onSelect={(keys) => keys.length && onSelect(String(keys[0]))}
    />
  );
}
