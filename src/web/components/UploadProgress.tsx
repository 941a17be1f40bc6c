import { Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** Upload percentage, then an indeterminate bar while the server works on the file. */
export function UploadProgress({ percent }: { percent: number | null }) {
  const { t } = useTranslation();
  if (percent === null) return null;
  const uploading = percent < 100;
  return (
    <div data-testid="upload-progress">
      <Progress percent={percent} status="active" showInfo={uploading} size="small" />
      <Typography.Text type="secondary">{uploading ? t('import.uploading', { percent }) : t('import.processing')}</Typography.Text>
    </div>
  );
}
