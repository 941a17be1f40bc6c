import { App, Button, Card, Form, Input, InputNumber, Select, Space, Tabs } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call, http } from '../../api/client.js';
import type { Res } from '../../api/types.js';
import { useShowError } from '../../lib/errors.js';
import { todayVN } from '../../../shared/dates.js';

type Node = Res<'/api/programmes/nodes', 'get'>['items'][number];
const CHILD_KINDS: Record<Node['kind'], ('project' | 'sub_project' | 'activity')[]> = {
  programme: ['project'],
  project: ['sub_project', 'activity'],
  sub_project: ['activity'],
  activity: [],
};

/** Saves a form through `send`, then refreshes the tree; a refusal goes onto the form's fields. */
function useSubmit(form: ReturnType<typeof Form.useForm>[0], fields: string[], keep: string[] = []) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const showError = useShowError();
  return async (send: () => Promise<unknown>) => {
    try {
      await send();
      message.success(t('programmes.saved'));
      form.resetFields(fields.filter((f) => !keep.includes(f)));
      await qc.invalidateQueries({ queryKey: ['programmes'] });
    } catch (err) {
      showError(err, form, fields);
    }
  };
}

const label = (n: Node) => `${'— '.repeat(n.depth)}${n.code} · ${n.name}`;

/** Adds items (project, sub-project, activity), their output indicators and the yearly targets per unit. */
export function TreeForms({ nodes }: { nodes: Node[] }) {
  const { t } = useTranslation();
  const [nodeForm] = Form.useForm();
  const [indicatorForm] = Form.useForm();
  const [targetForm] = Form.useForm();
  const nodeFields = ['parentId', 'kind', 'code', 'name', 'startYear', 'endYear'];
  const saveNode = useSubmit(nodeForm, nodeFields, ['parentId', 'kind']);
  const indicatorFields = ['nodeId', 'code', 'name', 'measure', 'dataElementCode'];
  const saveIndicator = useSubmit(indicatorForm, indicatorFields, ['nodeId']);
  const targetFields = ['indicatorId', 'unitCode', 'year', 'target'];
  const saveTarget = useSubmit(targetForm, targetFields, ['indicatorId', 'year']);
  const parentId = Form.useWatch('parentId', nodeForm) as number | undefined;
  const parent = nodes.find((n) => n.id === parentId);
  const indicators = nodes.flatMap((n) => n.indicators.map((i) => ({ value: i.id, label: `${n.code} · ${i.name}` })));
  const nodeOptions = nodes.map((n) => ({ value: n.id, label: label(n) }));
  const select = { showSearch: true, optionFilterProp: 'label', style: { width: 'min(420px, 85vw)' } } as const;

  return (
    <Card size="small" title={t('programmes.manageTree')} style={{ marginBottom: 12 }} data-testid="tree-forms">
      <Tabs
        size="small"
        items={[
          {
            key: 'node',
            label: t('programmes.addNode'),
            children: (
              <Form
                form={nodeForm}
                layout="vertical"
                data-testid="node-form"
                onFinish={(v) =>
                  saveNode(() =>
                    call(
                      http.POST('/api/programmes/nodes', {
                        body: { parentId: v.parentId, kind: v.kind, code: v.code, name: v.name, startYear: v.startYear ?? null, endYear: v.endYear ?? null },
                      }),
                    ),
                  )
                }
              >
                <Form.Item name="parentId" label={t('programmes.nodeParent')} rules={[{ required: true, message: t('programmes.required') }]}>
                  <Select id="node-parent" {...select} options={nodeOptions.filter((o) => CHILD_KINDS[nodes.find((n) => n.id === o.value)!.kind].length)} />
                </Form.Item>
                <Space wrap align="start">
                  <Form.Item name="kind" label={t('programmes.nodeKind')} rules={[{ required: true, message: t('programmes.required') }]}>
                    <Select
                      id="node-kind"
                      style={{ width: 190 }}
                      options={(parent ? CHILD_KINDS[parent.kind] : (['project', 'sub_project', 'activity'] as const)).map((k) => ({
                        value: k,
                        label: t(`programmes.kind_${k}`),
                      }))}
                    />
                  </Form.Item>
                  <Form.Item name="code" label={t('programmes.nodeCode')} rules={[{ required: true, message: t('programmes.required') }]}>
                    <Input id="node-code" style={{ width: 160 }} />
                  </Form.Item>
                  <Form.Item name="startYear" label={t('programmes.startYear')}>
                    <InputNumber id="node-start" min={2000} max={2100} style={{ width: 100 }} />
                  </Form.Item>
                  <Form.Item name="endYear" label={t('programmes.endYear')}>
                    <InputNumber id="node-end" min={2000} max={2100} style={{ width: 100 }} />
                  </Form.Item>
                </Space>
                <Form.Item name="name" label={t('programmes.nodeName')} rules={[{ required: true, message: t('programmes.required') }]}>
                  <Input id="node-name" />
                </Form.Item>
                <Button type="primary" htmlType="submit" data-testid="node-save">
                  {t('programmes.addNode')}
                </Button>
              </Form>
            ),
          },
          {
            key: 'indicator',
            label: t('programmes.addIndicator'),
            children: (
              <Form
                form={indicatorForm}
                layout="vertical"
                data-testid="indicator-form"
                onFinish={(v) =>
                  saveIndicator(() =>
                    call(
                      http.POST('/api/programmes/nodes/{id}/indicators', {
                        params: { path: { id: v.nodeId } },
                        body: { code: v.code, name: v.name, measure: v.measure ?? '', dataElementCode: v.dataElementCode || null },
                      }),
                    ),
                  )
                }
              >
                <Form.Item name="nodeId" label={t('programmes.item')} rules={[{ required: true, message: t('programmes.required') }]}>
                  <Select id="indicator-node" {...select} options={nodeOptions} />
                </Form.Item>
                <Space wrap align="start">
                  <Form.Item name="code" label={t('programmes.indicatorCode')} rules={[{ required: true, message: t('programmes.required') }]}>
                    <Input id="indicator-code" style={{ width: 140 }} />
                  </Form.Item>
                  <Form.Item name="measure" label={t('programmes.measure')}>
                    <Input id="indicator-measure" style={{ width: 140 }} />
                  </Form.Item>
                  <Form.Item name="dataElementCode" label={t('programmes.dataElementCode')}>
                    <Input id="indicator-element" style={{ width: 220 }} />
                  </Form.Item>
                </Space>
                <Form.Item name="name" label={t('programmes.indicatorName')} rules={[{ required: true, message: t('programmes.required') }]}>
                  <Input id="indicator-name" />
                </Form.Item>
                <Button type="primary" htmlType="submit" data-testid="indicator-save">
                  {t('programmes.addIndicator')}
                </Button>
              </Form>
            ),
          },
          {
            key: 'target',
            label: t('programmes.setTarget'),
            children: (
              <Form
                form={targetForm}
                layout="vertical"
                data-testid="target-form"
                initialValues={{ year: Number(todayVN().slice(0, 4)) }}
                onFinish={(v) =>
                  saveTarget(() =>
                    call(
                      http.PUT('/api/programmes/indicators/{id}/targets', {
                        params: { path: { id: v.indicatorId } },
                        body: { unitCode: v.unitCode, year: v.year, target: v.target, date: todayVN() },
                      }),
                    ),
                  )
                }
              >
                <Form.Item name="indicatorId" label={t('programmes.indicator')} rules={[{ required: true, message: t('programmes.required') }]}>
                  <Select id="target-indicator" {...select} options={indicators} />
                </Form.Item>
                <Space wrap align="start">
                  <Form.Item name="unitCode" label={t('programmes.unitCode')} rules={[{ required: true, message: t('programmes.required') }]}>
                    <Input id="target-unit" style={{ width: 180 }} />
                  </Form.Item>
                  <Form.Item name="year" label={t('programmes.year')} rules={[{ required: true, message: t('programmes.required') }]}>
                    <InputNumber id="target-year" min={2000} max={2100} style={{ width: 100 }} />
                  </Form.Item>
                  <Form.Item name="target" label={t('programmes.target')} rules={[{ required: true, message: t('programmes.required') }]}>
                    <InputNumber id="target-value" min={0} style={{ width: 140 }} />
                  </Form.Item>
                </Space>
                <Button type="primary" htmlType="submit" data-testid="target-save">
                  {t('programmes.setTarget')}
                </Button>
              </Form>
            ),
          },
        ]}
      />
    </Card>
  );
}
