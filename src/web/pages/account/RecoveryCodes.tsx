import { Alert, Button, Space, Typography, message } from 'antd';
import { CopyOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

/** Recovery codes shown once, with a copy button and a "saved" button to go on. */
export function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const { t } = useTranslation();
  const copy = async () => {
    await navigator.clipboard?.writeText(codes.join('\n')).catch(() => undefined);
    message.success(t('account.copied'));
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="recovery-codes">
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('account.recoveryTitle')}
      </Typography.Title>
      <Alert type="warning" showIcon message={t('account.recoveryHint')} />
      <div
        className="recovery-grid"
        style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(140px, 1fr))', gap: 8, fontFamily: 'ui-monospace, monospace', fontSize: 15 }}
      >
        {codes.map((c) => (
          <code key={c} style={{ padding: '4px 8px', background: '#f5f5f5', borderRadius: 4, textAlign: 'center' }}>
            {c}
          </code>
        ))}
      </div>
      <Space wrap>
        <Button icon={<CopyOutlined />} onClick={() => void copy()}>
          {t('account.copy')}
        </Button>
        <Button type="primary" onClick={onDone} data-testid="recovery-saved">
          {t('account.saved')}
        </Button>
      </Space>
    </Space>
  );
}
