import { Card, Form, Input, InputNumber, Select, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { call, http } from '../../api/client.js';
import type { Res } from '../../api/types.js';
import { ActionForm, FieldRow, usePageActions } from '../../components/PageActions.js';
import { todayVN } from '../../../shared/dates.js';
import { KEY, useRequired } from './LibraryForms.js';

type Node = Res<'/api/programmes/nodes', 'get'>['items'][number];
const CHILD_KINDS: Record<Node['kind'], ('project' | 'sub_project' | 'activity')[]> = {
  programme: ['project'],
  project: ['sub_project', 'activity'],
  sub_project: ['activity'],
  activity: [],
};

const label = (n: Node) => `${'— '.repeat(n.depth)}${n.code} · ${n.name}`;
const select = { showSearch: true, optionFilterProp: 'label', style: { width: 'min(420px, 85vw)' } } as const;

/** Adds items (project, sub-project, activity), their output indicators and the yearly targets per unit. */
export function TreeForms({ nodes }: { nodes: Node[] }) {
  const { t } = useTranslation();
  const required = useRequired();
  const [nodeForm] = Form.useForm();
  const [indicatorForm] = Form.useForm();
  const [targetForm] = Form.useForm();
  const { busy, run, setNotice, banners } = usePageActions(KEY, 'tree');
  /** Sends, says so, and empties the form but for the fields worth keeping for the next entry. */
  const save = (form: typeof nodeForm, keep: string[], send: () => Promise<unknown>) =>
    run(async () => {
      await send();
      setNotice(t('programmes.saved'));
      form.resetFields(Object.keys(form.getFieldsValue()).filter((f) => !keep.includes(f)));
    }, form);
  const parentId = Form.useWatch('parentId', nodeForm) as number | undefined;
  const parent = nodes.find((n) => n.id === parentId);
  const indicators = nodes.flatMap((n) => n.indicators.map((i) => ({ value: i.id, label: `${n.code} · ${i.name}` })));
  const nodeOptions = nodes.map((n) => ({ value: n.id, label: label(n) }));

  return (
    <Card size="small" title={t('programmes.manageTree')} style={{ marginBottom: 12 }} data-testid="tree-forms">
      {banners}
      <Tabs
        size="small"
        items={[
          {
            key: 'node',
            label: t('programmes.addNode'),
            children: (
              <ActionForm
                stacked
                form={nodeForm}
                busy={busy}
                testId="node-form"
                submit={t('programmes.addNode')}
                submitTestId="node-save"
                onFinish={(v: Record<string, any>) =>
                  save(nodeForm, ['parentId', 'kind'], () =>
                    call(
                      http.POST('/api/programmes/nodes', {
                        body: { parentId: v.parentId, kind: v.kind, code: v.code, name: v.name, startYear: v.startYear ?? null, endYear: v.endYear ?? null },
                      }),
                    ),
                  )
                }
              >
                <Form.Item name="parentId" label={t('programmes.nodeParent')} rules={required}>
                  <Select id="node-parent" {...select} options={nodeOptions.filter((o) => CHILD_KINDS[nodes.find((n) => n.id === o.value)!.kind].length)} />
                </Form.Item>
                <FieldRow>
                  <Form.Item name="kind" label={t('programmes.nodeKind')} rules={required}>
                    <Select
                      id="node-kind"
                      style={{ width: 190 }}
                      options={(parent ? CHILD_KINDS[parent.kind] : (['project', 'sub_project', 'activity'] as const)).map((k) => ({
                        value: k,
                        label: t(`programmes.kind_${k}`),
                      }))}
                    />
                  </Form.Item>
                  <Form.Item name="code" label={t('programmes.nodeCode')} rules={required}>
                    <Input id="node-code" style={{ width: 160 }} />
                  </Form.Item>
                  <Form.Item name="startYear" label={t('programmes.startYear')}>
                    <InputNumber id="node-start" min={2000} max={2100} style={{ width: 100 }} />
                  </Form.Item>
                  <Form.Item name="endYear" label={t('programmes.endYear')}>
                    <InputNumber id="node-end" min={2000} max={2100} style={{ width: 100 }} />
                  </Form.Item>
                </FieldRow>
                <Form.Item name="name" label={t('programmes.nodeName')} rules={required}>
                  <Input id="node-name" />
                </Form.Item>
              </ActionForm>
            ),
          },
          {
            key: 'indicator',
            label: t('programmes.addIndicator'),
            children: (
              <ActionForm
                stacked
                form={indicatorForm}
                busy={busy}
                testId="indicator-form"
                submit={t('programmes.addIndicator')}
                submitTestId="indicator-save"
                onFinish={(v: Record<string, any>) =>
                  save(indicatorForm, ['nodeId'], () =>
                    call(
                      http.POST('/api/programmes/nodes/{id}/indicators', {
                        params: { path: { id: v.nodeId } },
                        body: { code: v.code, name: v.name, measure: v.measure ?? '', dataElementCode: v.dataElementCode || null },
                      }),
                    ),
                  )
                }
              >
                <Form.Item name="nodeId" label={t('programmes.item')} rules={required}>
                  <Select id="indicator-node" {...select} options={nodeOptions} />
                </Form.Item>
                <FieldRow>
                  <Form.Item name="code" label={t('programmes.indicatorCode')} rules={required}>
                    <Input id="indicator-code" style={{ width: 140 }} />
                  </Form.Item>
                  <Form.Item name="measure" label={t('programmes.measure')}>
                    <Input id="indicator-measure" style={{ width: 140 }} />
                  </Form.Item>
                  <Form.Item name="dataElementCode" label={t('programmes.dataElementCode')}>
                    <Input id="indicator-element" style={{ width: 220 }} />
                  </Form.Item>
                </FieldRow>
                <Form.Item name="name" label={t('programmes.indicatorName')} rules={required}>
                  <Input id="indicator-name" />
                </Form.Item>
              </ActionForm>
            ),
          },
          {
            key: 'target',
            label: t('programmes.setTarget'),
            children: (
              <ActionForm
                stacked
                form={targetForm}
                busy={busy}
                testId="target-form"
                submit={t('programmes.setTarget')}
                submitTestId="target-save"
                initialValues={{ year: Number(todayVN().slice(0, 4)) }}
                onFinish={(v: Record<string, any>) =>
                  save(targetForm, ['indicatorId', 'year'], () =>
                    call(
                      http.PUT('/api/programmes/indicators/{id}/targets', {
                        params: { path: { id: v.indicatorId } },
                        body: { unitCode: v.unitCode, year: v.year, target: v.target, date: todayVN() },
                      }),
                    ),
                  )
                }
              >
                <Form.Item name="indicatorId" label={t('programmes.indicator')} rules={required}>
                  <Select id="target-indicator" {...select} options={indicators} />
                </Form.Item>
                <FieldRow>
                  <Form.Item name="unitCode" label={t('programmes.unitCode')} rules={required}>
                    <Input id="target-unit" style={{ width: 180 }} />
                  </Form.Item>
                  <Form.Item name="year" label={t('programmes.year')} rules={required}>
                    <InputNumber id="target-year" min={2000} max={2100} style={{ width: 100 }} />
                  </Form.Item>
                  <Form.Item name="target" label={t('programmes.target')} rules={required}>
                    <InputNumber id="target-value" min={0} style={{ width: 140 }} />
                  </Form.Item>
                </FieldRow>
              </ActionForm>
            ),
          },
        ]}
      />
    </Card>
  );
}
