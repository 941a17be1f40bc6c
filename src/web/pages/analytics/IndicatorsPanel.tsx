import { useState } from 'react';
import { Alert, Button, Card, Form, Input, InputNumber, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError, call, http } from '../../api/client.js';
import type { Body, Res } from '../../api/types.js';
import { useMe } from '../../lib/session.js';

/** Formula syntax (codes, the same in both languages). */
const SYNTAX =
  '#{ELEMENT} #{ELEMENT.OPTION} R{persons|households|poor_households|near_poor_households[.minority|.majority|.male|.female|.age_0_5…|.ethnic_01]} C{CONSTANT}';

type Indicator = Res<'/api/analytics/indicators', 'get'>['items'][number];
type IndicatorBody = Body<'/api/analytics/indicators', 'post'>;

/** Indicators as formulas: the list with descriptions, and (for those who manage reporting) adding, editing and deleting. */
export function IndicatorsPanel() {
  const { t, i18n } = useTranslation();
  const qc = useQueryClient();
  const { data: me } = useMe();
  const canEdit = !!me?.permissions.includes('manage_reporting');
  const [editing, setEditing] = useState<Indicator | 'new' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [form] = Form.useForm<IndicatorBody>();
  const list = useQuery({ queryKey: ['analytics', 'indicators'], queryFn: () => call(http.GET('/api/analytics/indicators')) });
  const en = i18n.language === 'en';

  const save = async (body: IndicatorBody) => {
    setError(null);
    try {
      if (editing === 'new') await call(http.POST('/api/analytics/indicators', { body }));
      else if (editing) await call(http.PUT('/api/analytics/indicators/{id}', { params: { path: { id: editing.id } }, body }));
      setEditing(null);
      await qc.invalidateQueries({ queryKey: ['analytics'] });
    } catch (e) {
      setError(e instanceof ApiError || e instanceof Error ? e.message : String(e));
    }
  };
  const remove = async (id: number) => {
    setError(null);
    try {
      await call(http.DELETE('/api/analytics/indicators/{id}', { params: { path: { id } } }));
      await qc.invalidateQueries({ queryKey: ['analytics'] });
    } catch (e) {
      setError(e instanceof ApiError || e instanceof Error ? e.message : String(e));
    }
  };
  const start = (x: Indicator | 'new') => {
    setEditing(x);
    form.setFieldsValue(
      x === 'new'
        ? { code: '', nameVi: '', nameEn: '', descriptionVi: '', descriptionEn: '', numerator: '', denominator: '1', factor: 100, decimals: 1 }
        : {
            code: x.code,
            nameVi: x.nameVi,
            nameEn: x.nameEn,
            descriptionVi: x.descriptionVi,
            descriptionEn: x.descriptionEn,
            numerator: x.numerator,
            denominator: x.denominator,
            factor: x.factor,
            decimals: x.decimals,
          },
    );
  };

  return (
    <>
      <Typography.Paragraph type="secondary">
        {t('analytics.indicatorsIntro')} <code>{SYNTAX}</code>
      </Typography.Paragraph>
      {error && (
        <Alert type="error" showIcon closable onClose={() => setError(null)} message={error} style={{ marginBottom: 12 }} data-testid="indicator-error" />
      )}
      {editing && (
        <Card size="small" style={{ marginBottom: 12 }}>
          <Form form={form} layout="vertical" onFinish={save}>
            <Space wrap align="start">
              <Form.Item name="code" label={t('analytics.code')} rules={[{ required: true, pattern: /^[A-Za-z0-9_]{1,50}$/ }]}>
                <Input style={{ width: 200 }} />
              </Form.Item>
              <Form.Item name="nameVi" label={t('analytics.nameVi')} rules={[{ required: true }]}>
                <Input style={{ width: 320 }} />
              </Form.Item>
              <Form.Item name="nameEn" label={t('analytics.nameEn')}>
                <Input style={{ width: 320 }} />
              </Form.Item>
            </Space>
            <Form.Item name="numerator" label={t('analytics.numerator')} rules={[{ required: true }]}>
              <Input data-testid="indicator-numerator" />
            </Form.Item>
            <Form.Item name="denominator" label={t('analytics.denominator')} rules={[{ required: true }]}>
              <Input />
            </Form.Item>
            <Space wrap>
              <Form.Item name="factor" label={t('analytics.factor')}>
                <InputNumber />
              </Form.Item>
              <Form.Item name="decimals" label={t('analytics.decimals')}>
                <InputNumber min={0} max={6} />
              </Form.Item>
            </Space>
            <Form.Item name="descriptionVi" label={t('analytics.descriptionVi')}>
              <Input.TextArea rows={2} />
            </Form.Item>
            <Form.Item name="descriptionEn" label={t('analytics.descriptionEn')}>
              <Input.TextArea rows={2} />
            </Form.Item>
            <Space>
              <Button type="primary" htmlType="submit" data-testid="indicator-save">
                {t('analytics.save')}
              </Button>
              <Button onClick={() => setEditing(null)}>{t('analytics.cancel')}</Button>
            </Space>
          </Form>
        </Card>
      )}
      {canEdit && !editing && (
        <Button type="primary" onClick={() => start('new')} style={{ marginBottom: 12 }} data-testid="indicator-add">
          {t('analytics.add')}
        </Button>
      )}
      <Table
        size="small"
        rowKey="id"
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        columns={[
          { key: 'code', title: t('analytics.code'), dataIndex: 'code' },
          {
            key: 'name',
            title: t('analytics.name'),
            render: (_: unknown, r: Indicator) => (
              <>
                <div>
                  {en ? r.nameEn || r.nameVi : r.nameVi} {r.dhis2Uid && <Tag>{t('analytics.fromDhis2')}</Tag>}
                </div>
                <Typography.Text type="secondary">{en ? r.descriptionEn || r.descriptionVi : r.descriptionVi}</Typography.Text>
              </>
            ),
          },
          {
            key: 'formula',
            title: `${t('analytics.numerator')} / ${t('analytics.denominator')} × ${t('analytics.factor')}`,
            render: (_: unknown, r: Indicator) => (
              <code>
                ({r.numerator}) / ({r.denominator}) × {r.factor}
              </code>
            ),
          },
          { key: 'version', title: t('analytics.version'), dataIndex: 'version' },
          ...(canEdit
            ? [
                {
                  key: 'actions',
                  title: '',
                  render: (_: unknown, r: Indicator) => (
                    <Space>
                      <Button size="small" onClick={() => start(r)}>
                        {t('analytics.edit')}
                      </Button>
                      <Popconfirm title={t('analytics.deleteConfirm')} onConfirm={() => remove(r.id)}>
                        <Button size="small" danger>
                          {t('analytics.delete')}
                        </Button>
                      </Popconfirm>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
    </>
  );
}
