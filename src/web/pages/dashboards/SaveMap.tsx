import { useState } from 'react';
import { Button, Input, Space, message } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call, http } from '../../api/client.js';
import type { Body } from '../../api/types.js';
import { AddToDashboard } from './AddToDashboard.js';

type Settings = Body<'/api/analytics/maps', 'post'>['settings'];

/** Saves the map being shown (measure, level or unit, date, classes) under a name, then offers to add it to a dashboard. */
export function SaveMap({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [name, setName] = useState('');
  const [savedId, setSavedId] = useState<number | null>(null);
  const save = async () => {
    try {
      const m = await call(http.POST('/api/analytics/maps', { body: { name, settings, sharedRoles: [], sharedUserIds: [] } }));
      setSavedId(m.id);
      await qc.invalidateQueries({ queryKey: ['analytics', 'maps'] });
      message.success(t('dashboards.mapSaved'));
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <Space size={4} wrap>
      <Input style={{ width: 200 }} value={name} onChange={(e) => setName(e.target.value)} placeholder={t('dashboards.mapName')} data-testid="map-save-name" />
      <Button disabled={!name.trim()} onClick={save} data-testid="map-save">
        {t('dashboards.saveMap')}
      </Button>
      {savedId !== null && <AddToDashboard kind="map" refId={savedId} />}
    </Space>
  );
}
