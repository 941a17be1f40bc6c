import { useState } from 'react';
import { Button, Popover, Select, Typography, message } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call, http } from '../../api/client.js';
import { storedItems, newItemId } from './items.js';

/** "Add to dashboard": puts a saved visualisation or map at the end of one of the user's dashboards. */
export function AddToDashboard({ kind, refId }: { kind: 'visualisation' | 'map'; refId: number }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [open, setOpen] = useState(false);
  const list = useQuery({ queryKey: ['dashboards'], queryFn: () => call(http.GET('/api/dashboards')), enabled: open });
  const mine = (list.data?.items ?? []).filter((d) => d.mine);
  const add = async (id: number) => {
    try {
      const d = await call(http.GET('/api/dashboards/{id}', { params: { path: { id } } }));
      const item = {
        id: newItemId(d.items),
        kind,
        width: 2,
        height: 1,
        title: '',
        ...(kind === 'visualisation' ? { visualisationId: refId } : { mapId: refId }),
      };
      await call(http.PATCH('/api/dashboards/{id}', { params: { path: { id } }, body: { items: [...storedItems(d.items), item] } }));
      await qc.invalidateQueries({ queryKey: ['dashboards'] });
      message.success(t('dashboards.addToDashboardOk', { name: d.name }));
      setOpen(false);
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <Popover
      open={open}
      onOpenChange={setOpen}
      trigger="click"
      content={
        list.data && !mine.length ? (
          <Typography.Text type="secondary">{t('dashboards.addToDashboardNone')}</Typography.Text>
        ) : (
          <Select
            style={{ minWidth: 260 }}
            loading={list.isLoading}
            placeholder={t('dashboards.pick')}
            options={mine.map((d) => ({ value: d.id, label: d.name }))}
            onChange={add}
            data-testid="add-to-dashboard-select"
          />
        )
      }
    >
      <Button data-testid="add-to-dashboard">{t('dashboards.addToDashboard')}</Button>
    </Popover>
  );
}
