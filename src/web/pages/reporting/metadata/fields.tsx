import type { ReactNode } from 'react';
import { Button, Col, Form, Input, Modal, Row, Space, type FormInstance } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { CODE_RE } from './api.js';

/** Code (fixed once created), Vietnamese and English names, DHIS2 UID: the fields every item has. */
export function CodeNameFields({ existing, uid = true }: { existing: boolean; uid?: boolean }) {
  const { t } = useTranslation();
  return (
    <Row gutter={12}>
      <Col xs={24} md={12}>
        <Form.Item
          name="code"
          label={t('reportingMeta.common.code')}
          extra={existing ? undefined : t('reportingMeta.common.codeHint')}
          rules={[
            { required: true, message: t('reportingMeta.common.required') },
            { pattern: CODE_RE, message: t('reportingMeta.common.codeBad') },
          ]}
        >
          <Input disabled={existing} maxLength={50} data-testid="f-code" style={{ fontFamily: 'ui-monospace, monospace' }} />
        </Form.Item>
      </Col>
      {uid && (
        <Col xs={24} md={12}>
          <Form.Item name="dhis2Uid" label={t('reportingMeta.common.dhis2Uid')}>
            <Input maxLength={50} allowClear data-testid="f-dhis2Uid" />
          </Form.Item>
        </Col>
      )}
      <Col xs={24} md={12}>
        <Form.Item
          name="nameVi"
          label={t('reportingMeta.common.nameVi')}
          rules={[{ required: true, whitespace: true, message: t('reportingMeta.common.required') }]}
        >
          <Input maxLength={300} data-testid="f-nameVi" />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="nameEn" label={t('reportingMeta.common.nameEn')}>
          <Input maxLength={300} data-testid="f-nameEn" />
        </Form.Item>
      </Col>
    </Row>
  );
}

/** Up, down and remove buttons of one entry in an ordered list. */
export function MoveButtons({
  index,
  count,
  onMove,
  onRemove,
  disabled,
  testid,
}: {
  index: number;
  count: number;
  onMove: (from: number, to: number) => void;
  onRemove?: () => void;
  disabled?: boolean;
  testid?: string;
}) {
  const { t } = useTranslation();
  return (
    <Space.Compact size="small">
      <Button
        icon={<ArrowUpOutlined />}
        disabled={disabled || index === 0}
        onClick={() => onMove(index, index - 1)}
        aria-label={t('reportingMeta.common.moveUp')}
        title={t('reportingMeta.common.moveUp')}
        data-testid={testid && `${testid}-up`}
      />
      <Button
        icon={<ArrowDownOutlined />}
        disabled={disabled || index === count - 1}
        onClick={() => onMove(index, index + 1)}
        aria-label={t('reportingMeta.common.moveDown')}
        title={t('reportingMeta.common.moveDown')}
        data-testid={testid && `${testid}-down`}
      />
      {onRemove && (
        <Button
          danger
          icon={<DeleteOutlined />}
          disabled={disabled}
          onClick={onRemove}
          aria-label={t('reportingMeta.common.remove')}
          title={t('reportingMeta.common.remove')}
          data-testid={testid && `${testid}-remove`}
        />
      )}
    </Space.Compact>
  );
}

/** Moves an entry of an array (a copy). */
export function moved<T>(list: T[], from: number, to: number): T[] {
  const next = [...list];
  const [x] = next.splice(from, 1);
  next.splice(to, 0, x!);
  return next;
}

interface DialogProps {
  open: boolean;
  title: string;
  form: FormInstance;
  readOnly: boolean;
  saving: boolean;
  onSave: (values: any) => void; // eslint-disable-line @typescript-eslint/no-explicit-any
  onClose: () => void;
  width?: number;
  testid: string;
  initialValues: object;
  children: ReactNode;
}

/** A dialog's title: create, edit or view one item of a kind (`what`). */
export function itemTitle(
  t: (key: string, params?: Record<string, unknown>) => string,
  what: string,
  item: { code: string } | null,
  readOnly: boolean,
): string {
  return item
    ? t(readOnly ? 'reportingMeta.common.viewTitle' : 'reportingMeta.common.editTitle', { what, code: item.code })
    : t('reportingMeta.common.createTitle', { what });
}

/** The fields every kind of item sends alike: the code fixed once created, optional English name and DHIS2 uid, the active flag kept. */
export function commonBody(item: { code: string; active: boolean } | null, v: { code: string; nameEn?: string | null; dhis2Uid?: string | null }) {
  return { code: item?.code ?? v.code, nameEn: v.nameEn ?? '', dhis2Uid: v.dhis2Uid?.trim() || null, active: item?.active ?? true };
}

/** The dialog around an item's form: read-only for viewers (their only button closes it). */
export function MetaDialog({ open, title, form, readOnly, saving, onSave, onClose, width = 760, testid, initialValues, children }: DialogProps) {
  const { t } = useTranslation();
  return (
    <Modal
      open={open}
      title={title}
      width={width}
      destroyOnHidden
      maskClosable={false}
      onCancel={onClose}
      footer={
        readOnly
          ? [
              <Button key="close" onClick={onClose}>
                {t('common.close')}
              </Button>,
            ]
          : [
              <Button key="cancel" onClick={onClose}>
                {t('common.cancel')}
              </Button>,
              <Button key="save" type="primary" loading={saving} onClick={() => form.submit()} data-testid="dialog-save">
                {t('common.save')}
              </Button>,
            ]
      }
    >
      <Form form={form} layout="vertical" disabled={readOnly} onFinish={onSave} requiredMark={!readOnly} initialValues={initialValues} scrollToFirstError>
        <div data-testid={testid}>{children}</div>
      </Form>
    </Modal>
  );
}
