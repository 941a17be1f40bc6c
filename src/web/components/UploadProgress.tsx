import { Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * Upload percentage, then the server's work on the file: its own percentage when it reports one
 * (`processing`, e.g. from polling a background job), otherwise an indeterminate bar.
 */
export function UploadProgress({ percent, processing }: { percent: number | null; processing?: number | null }) {
  const { t } = useTranslation();
  if (percent === null) return null;
  const uploading = percent < 100;
  const known = !uploading && processing !== undefined && processing !== null;
  return (
    <div data-testid="upload-progress">
      <Progress percent={known ? Math.round(processing) : percent} status="active" showInfo={uploading || known} size="small" />
      <Typography.Text type="secondary">{uploading ? t('import.uploading', { percent }) : t('import.processing')}</Typography.Text>
    </div>
  );
}
