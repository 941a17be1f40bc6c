import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { Alert, App, Button, Card, Col, Form, Input, List, Row, Segmented, Select, Space, Spin, Tag, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call, http, upload } from '../../api/client.js';
import type { BoundarySource } from '../../api/types.js';
import { IsoDatePicker, PageTitle } from '../../components/common.js';
import { UploadProgress } from '../../components/UploadProgress.js';
import { useCan } from '../../lib/session.js';
import { useShowError } from '../../lib/errors.js';
import { fmtDate, fmtNumber } from '../../lib/format.js';
import { GeoMap, type FeatureCollection } from './GeoMap.js';

type View = 'provinces' | 'hoaBinh';
/** The shapes held are those of the units before the 2025 reorganisation. */
const SHAPES_DATE = '2025-06-30';

function UploadForm() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const qc = useQueryClient();
  const showError = useShowError();
  const [percent, setPercent] = useState<number | null>(null);
  const submit = async (v: { file: { originFileObj: File }[]; level: string; date: string; source?: string; licence?: string; attribution?: string }) => {
    const fd = new FormData();
    fd.append('level', v.level);
    fd.append('date', v.date);
    for (const k of ['source', 'licence', 'attribution'] as const) if (v[k]?.trim()) fd.append(k, v[k]!.trim());
    fd.append('file', v.file[0].originFileObj);
    setPercent(0);
    try {
      const res = await upload('/api/boundaries', '/api/boundaries', fd, setPercent);
      message.success(t('boundaries.uploaded', { count: res.count }));
      form.resetFields();
      await qc.invalidateQueries({ queryKey: ['boundaries'] });
    } catch (err) {
      showError(err, form, ['file', 'level', 'date', 'source', 'licence', 'attribution']);
    } finally {
      setPercent(null);
    }
  };
  return (
    <Card size="small" title={t('boundaries.uploadTitle')}>
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ level: 'province', date: SHAPES_DATE }}>
        <Form.Item
          name="file"
          label={t('boundaries.file')}
          valuePropName="fileList"
          getValueFromEvent={(e) => (Array.isArray(e) ? e : e?.fileList)?.slice(-1)}
          rules={[{ required: true, message: t('common.chooseFile') }]}
        >
          <Upload beforeUpload={() => false} accept=".geojson,.json,application/geo+json,application/json" maxCount={1}>
            <Button icon={<UploadOutlined />}>{t('common.chooseFile')}</Button>
          </Upload>
        </Form.Item>
        <Form.Item name="level" label={t('boundaries.level')} rules={[{ required: true }]}>
          <Select options={(['province', 'district', 'commune'] as const).map((l) => ({ value: l, label: t(`units.levels.${l}`) }))} />
        </Form.Item>
        <Form.Item name="date" label={t('boundaries.date')} rules={[{ required: true, message: t('common.required') }]}>
          <IsoDatePicker />
        </Form.Item>
        <Form.Item name="source" label={t('boundaries.source')} rules={[{ max: 300 }]}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="licence" label={t('boundaries.licence')} rules={[{ max: 100 }]}>
          <Input placeholder="CC-BY-4.0" maxLength={100} />
        </Form.Item>
        <Form.Item name="attribution" label={t('boundaries.attribution')} rules={[{ max: 1000 }]}>
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
        <UploadProgress percent={percent} />
        <Button type="primary" htmlType="submit" loading={percent !== null} icon={<UploadOutlined />}>
          {t('common.upload')}
        </Button>
      </Form>
    </Card>
  );
}

/** Province and district shapes drawn from the boundaries held, with their sources and licences. */
export default function BoundariesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const canUpload = useCan('manage_reference');
  const [params, setParams] = useSearchParams();
  const view: View = params.get('view') === 'hoaBinh' ? 'hoaBinh' : 'provinces';
  const date = params.get('date') || SHAPES_DATE;
  const setParam = (key: string, value: string) => {
    const p = new URLSearchParams(params);
    p.set(key, value);
    setParams(p, { replace: true });
  };
  const setView = (v: View) => setParam('view', v);
  const setDate = (d: string) => setParam('date', d);
  const select = view === 'provinces' ? ({ level: 'province', date } as const) : ({ level: 'district', parent: '17', date } as const);
  const shapes = useQuery({
    queryKey: ['boundaries', select],
    queryFn: () => call<FeatureCollection>(http.GET('/api/boundaries', { params: { query: select } })),
    staleTime: 10 * 60_000,
  });
  const sources = useQuery({
    queryKey: ['boundaries', 'sources'],
    queryFn: async () => {
      const r = await call(http.GET('/api/boundaries/sources'));
      return r.items;
    },
    staleTime: 10 * 60_000,
  });
  const count = shapes.data?.features.length ?? 0;

  return (
    <>
      <PageTitle title={t('boundaries.title')} />
      <div className="toolbar">
        <Segmented<View>
          value={view}
          onChange={setView}
          options={[
            { value: 'provinces', label: t('boundaries.provinces') },
            { value: 'hoaBinh', label: t('boundaries.hoaBinhDistricts') },
          ]}
        />
        <Space wrap>
          <span className="nowrap">{t('common.asOf')}</span>
          <IsoDatePicker value={date} onChange={(d) => d && setDate(d)} aria-label={t('common.asOf')} />
        </Space>
        {shapes.data && <Tag>{t('boundaries.features', { n: fmtNumber(count) })}</Tag>}
      </div>
      <Row gutter={[12, 12]}>
        <Col xs={24} xl={canUpload ? 16 : 24}>
          <Card size="small" styles={{ body: { padding: 8 } }}>
            {shapes.isLoading ? (
              <div className="map-box" style={{ display: 'grid', placeItems: 'center' }}>
                <Spin />
              </div>
            ) : shapes.error ? (
              <Alert type="error" showIcon message={(shapes.error as Error).message} />
            ) : count === 0 ? (
              <Alert type="info" showIcon message={t('boundaries.noShapes')} />
            ) : (
              <GeoMap
                id={`${view}-${date}`}
                data={shapes.data!}
                showLabels={view === 'hoaBinh'}
                onPick={(code) => navigate(`/admin-units?date=${date}&unit=${code}`)}
              />
            )}
            <Typography.Paragraph type="secondary" style={{ margin: '8px 8px 0', fontSize: 12 }}>
              {t('boundaries.offlineNote')}
            </Typography.Paragraph>
          </Card>
          <Card size="small" title={t('boundaries.sources')} style={{ marginTop: 12 }} data-testid="boundary-sources">
            <List<BoundarySource>
              size="small"
              loading={sources.isLoading}
              dataSource={sources.data ?? []}
              locale={{ emptyText: sources.error ? (sources.error as Error).message : t('common.noData') }}
              renderItem={(s) => (
                <List.Item style={{ display: 'block' }}>
                  <div>
                    <Typography.Text strong>{t('boundaries.source')}:</Typography.Text> {s.source}
                  </div>
                  <Space size={4} wrap style={{ margin: '4px 0' }}>
                    {s.levels.map((l) => (
                      <Tag key={l}>{t(`units.levels.${l}`, { defaultValue: l })}</Tag>
                    ))}
                    <Tag>{t('boundaries.features', { n: fmtNumber(s.units) })}</Tag>
                    <Typography.Text type="secondary">{t('boundaries.loadedAt', { date: fmtDate(s.loadedAt.slice(0, 10)) })}</Typography.Text>
                  </Space>
                  {s.notes && (
                    <div>
                      <Typography.Text type="secondary">{s.notes}</Typography.Text>
                    </div>
                  )}
                  <div>
                    <Typography.Text strong>{t('boundaries.licence')}:</Typography.Text> {s.licence}
                  </div>
                  {s.attribution && (
                    <div>
                      <Typography.Text strong>{t('boundaries.attribution')}:</Typography.Text> {s.attribution}
                    </div>
                  )}
                </List.Item>
              )}
            />
          </Card>
        </Col>
        {canUpload && (
          <Col xs={24} xl={8}>
            <UploadForm />
          </Col>
        )}
      </Row>
    </>
  );
}
