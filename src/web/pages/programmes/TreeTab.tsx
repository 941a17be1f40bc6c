import { useState } from 'react';
import { Alert, Tag, Tree, Typography } from 'antd';
import type { TreeDataNode as DataNode } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call, http } from '../../api/client.js';
import type { Res } from '../../api/types.js';
import { useMayManage } from './LibraryForms.js';
import { TreeForms } from './TreeForms.js';
import { formatNumber } from '../../lib/format.js';
import { todayVN } from '../../../shared/dates.js';

type Node = Res<'/api/programmes/nodes', 'get'>['items'][number];

/** Programme → project → sub-project → activity, with output indicators; a click opens the item's budget. */
export function TreeTab({ onOpen }: { onOpen: (id: number) => void }) {
  const { t } = useTranslation();
  const year = Number(todayVN().slice(0, 4));
  const nodes = useQuery({ queryKey: ['programmes', 'nodes', year], queryFn: () => call(http.GET('/api/programmes/nodes', { params: { query: { year } } })) });
  const items = nodes.data?.items ?? [];
  const build = (parent: number | null): DataNode[] =>
    items
      .filter((n) => n.parentId === parent)
      .map((n: Node) => ({
        key: n.id,
        title: (
          <span data-testid={`node-${n.code}`}>
            <Tag color={n.kind === 'programme' ? 'blue' : n.kind === 'project' ? 'geekblue' : undefined}>{t(`programmes.kind_${n.kind}`)}</Tag>
            {n.name}
            {n.indicators.map((i) => (
              <div key={i.id} style={{ fontSize: 12, color: '#666' }}>
                {t('programmes.indicators')}: {i.name}
                {i.measure && ` (${i.measure})`}
                {i.dataElementCode && ` · ${t('programmes.linkedElement', { code: i.dataElementCode })}`}
                {i.targets.length > 0 && (
                  <div data-testid={`targets-${i.code}`}>
                    {t('programmes.targetsOfYear', {
                      year,
                      list: i.targets.map((x) => `${x.unitName} ${formatNumber(x.target)}${i.measure ? ` ${i.measure}` : ''}`).join('; '),
                    })}
                  </div>
                )}
              </div>
            ))}
          </span>
        ),
        children: build(n.id),
      }));
  // Every item open but those the user closed, so that an item just added shows under its parent.
  const [closed, setClosed] = useState<Set<number>>(() => new Set());
  const mayManage = useMayManage();
  return (
    <>
      {mayManage && items.length > 0 && <TreeForms nodes={items} />}
      <Typography.Paragraph type="secondary">{t('programmes.treeHint')}</Typography.Paragraph>
      {nodes.error && <Alert type="error" showIcon message={(nodes.error as Error).message} />}
      {items.length > 0 && (
        <Tree
          data-testid="programme-tree"
          blockNode
          expandedKeys={items.filter((n) => !closed.has(n.id)).map((n) => n.id)}
          onExpand={(_, { node, expanded }) =>
            setClosed((c) => {
              const next = new Set(c);
              if (expanded) next.delete(Number(node.key));
              else next.add(Number(node.key));
              return next;
            })
          }
          treeData={build(null)}
          onSelect={(keys) => keys[0] !== undefined && onOpen(Number(keys[0]))}
          style={{ whiteSpace: 'normal' }}
        />
      )}
    </>
  );
}
