import { useState, type ReactNode } from 'react';
import { Alert, Button, Form, type FormInstance, Space } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/client.js';

/**
 * The busy flag, error and notice of a page whose actions write and then refresh the queries under
 * `key`. A refusal shows in the error banner; its field details also go onto the form's fields.
 */
export function usePageActions(key: readonly unknown[], testPrefix: string) {
  const qc = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (work: () => Promise<void>, form?: FormInstance) => {
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      await work();
      await qc.invalidateQueries({ queryKey: key });
    } catch (err) {
      setError(err instanceof ApiError || err instanceof Error ? err.message : String(err));
      if (form && err instanceof ApiError && err.details.length) {
        // Registered fields (getFieldsValue() lists each, set or not).
        const names = new Set(Object.keys(form.getFieldsValue()));
        const fields = err.details.map((d) => ({ name: d.field.replace(/^body\.?/, ''), errors: [d.message] })).filter((f) => names.has(f.name));
        if (fields.length) form.setFields(fields);
      }
    } finally {
      setBusy(false);
    }
  };

  const banners = (
    <>
      {error && (
        <Alert type="error" showIcon closable onClose={() => setError(null)} message={error} style={{ marginBottom: 12 }} data-testid={`${testPrefix}-error`} />
      )}
      {notice && (
        <Alert
          type="success"
          showIcon
          closable
          onClose={() => setNotice(null)}
          message={notice}
          style={{ marginBottom: 12 }}
          data-testid={`${testPrefix}-notice`}
        />
      )}
    </>
  );
  return { busy, run, setNotice, banners };
}

/** Fields in a row that wraps on narrow screens (a line of a stacked `ActionForm`). */
export function FieldRow({ children }: { children: ReactNode }) {
  return (
    <Space wrap align="start">
      {children}
    </Space>
  );
}

/**
 * A form ended by its primary button. By default its fields stand in one wrapping row with the button at
 * its end; `stacked` lays the children out as blocks (full-width fields, `FieldRow`s) with the button below.
 */
export function ActionForm<V>({
  form,
  onFinish,
  initialValues,
  submit,
  busy,
  submitTestId,
  children,
  testId,
  stacked,
}: {
  form: FormInstance;
  onFinish: (v: V) => void;
  initialValues?: Partial<V>;
  submit: string;
  busy: boolean;
  submitTestId?: string;
  children: ReactNode;
  testId?: string;
  stacked?: boolean;
}) {
  const button = (
    <Button type="primary" htmlType="submit" disabled={busy} data-testid={submitTestId}>
      {submit}
    </Button>
  );
  return (
    <Form form={form} layout="vertical" initialValues={initialValues} onFinish={onFinish} data-testid={testId}>
      {stacked ? (
        <>
          {children}
          {button}
        </>
      ) : (
        <Space wrap align="end">
          {children}
          <Form.Item>{button}</Form.Item>
        </Space>
      )}
    </Form>
  );
}
